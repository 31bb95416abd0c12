#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "consolidate/internal/areas.h"
#include "consolidate/internal/cluster_details.h"

namespace laddermerge::internal {
namespace {

TEST(CompetencyNameTest, TakesTheDeepestComponentThatReadsLikeAName) {
  struct Case {
    const char* section;
    const char* name;
  };
  const Case cases[] = {
      {"", ""},
      {"Delivery", "Delivery"},
      {"Technical > Code quality", "Code quality"},
      {"Code Craft > You keep your pull requests easy to review", "Code Craft"},
      {"Impact > Scope:", "Impact"},
      {"Results > Ships reliably.", "Results"},
      {"  People  >  Mentorship ", "Mentorship"},
      {"A very long sentence that is certainly not a heading at all",
       "A very long sentence that is certainly not a heading at all"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(CompetencyName(c.section), c.name) << c.section;
  }
}

TEST(ContainmentLinkTest, ClassifiesByWordContainment) {
  const std::vector<std::string> small = {"mentor", "team"};
  const std::vector<std::string> large = {"across", "engin", "junior", "mentor",
                                          "team"};
  const std::vector<std::string> other = {"hire", "plan"};
  EXPECT_EQ(ContainmentLink(small, large, 0.8, 3), LinkType::kNarrower);
  EXPECT_EQ(ContainmentLink(large, small, 0.8, 3), LinkType::kBroader);
  EXPECT_EQ(ContainmentLink(small, other, 0.8, 3), LinkType::kSame);
  EXPECT_EQ(ContainmentLink(small, small, 0.8, 3), LinkType::kSame);
  EXPECT_EQ(ContainmentLink({}, large, 0.8, 3), LinkType::kSame);
}

TEST(MostCentralTest, PrefersTheMostSimilarThenTheShorter) {
  // Three statements on one dense axis each: 0 and 1 agree, 2 is apart.
  StatementVectors v;
  v.sparse.rows = 3;
  v.sparse.row_ptr = {0, 0, 0, 0};
  v.dense.rows = 3;
  v.dense.cols = 2;
  v.dense.data = {1, 0, 0.8f, 0.6f, 0, 1};
  std::vector<Statement> statements(3);
  // (Move-assigned strings: GCC 12 warns falsely about assigning literals.)
  statements[0].text = std::string("long text here");
  statements[1].text = std::string("short");
  statements[2].text = std::string("x");
  auto score = [&v](uint32_t a, uint32_t b) { return Score(v, a, b); };
  // Row 1 is most similar to the others (0.8 + 0.6).
  EXPECT_EQ(MostCentral({0, 1, 2}, statements, score), 1u);
  // With two members the sums tie: the shorter text wins.
  EXPECT_EQ(MostCentral({0, 1}, statements, score), 1u);
  EXPECT_EQ(MostCentral({2}, statements, score), 2u);
}

}  // namespace
}  // namespace laddermerge::internal
