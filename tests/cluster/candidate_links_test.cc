#include "cluster/internal/candidate_links.h"

#include <cstdint>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace laddermerge::internal {
namespace {

using ::testing::ElementsAre;

// Top-k lists from rows of (neighbor, score), best first.
TopMatches Lists(const std::vector<std::vector<Neighbor>>& rows) {
  TopMatches m;
  for (const auto& row : rows) {
    m.neighbors.insert(m.neighbors.end(), row.begin(), row.end());
    m.row_ptr.push_back(m.neighbors.size());
  }
  return m;
}

TopMatches Empty(size_t rows) {
  return Lists(std::vector<std::vector<Neighbor>>(rows));
}

TEST(CandidateLinksTest, RanksCountOnlyTheSameLadder) {
  // Ladders: 0 -> {0}, 1 -> {1, 2}, 2 -> {3}.
  const TopMatches m = Lists({{{1, 0.9f}, {3, 0.8f}, {2, 0.7f}}, {}, {}, {}});
  EXPECT_THAT(RanksWithinLadder(m, {0, 1, 1, 2}), ElementsAre(0, 0, 1));
}

TEST(CandidateLinksTest, KeepsOnlyMutualBestMatches) {
  // Row 0 (ladder 0) prefers 2; row 2 (ladder 1) prefers 1 (ladder 0).
  // Row 1 and 2 are each other's best: the only mutual pair.
  const TopMatches cross = Lists({{{2, 0.6f}, {3, 0.5f}},
                                  {{2, 0.8f}},
                                  {{1, 0.8f}, {0, 0.6f}},
                                  {{0, 0.5f}}});
  const std::vector<uint32_t> ladders = {0, 0, 1, 1};
  const std::vector<Link> links =
      CandidateLinks(cross, Empty(4), ladders, {0.1, 1, 0.9});
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].a, 1u);
  EXPECT_EQ(links[0].b, 2u);
  EXPECT_FLOAT_EQ(links[0].score, 0.8f);
}

TEST(CandidateLinksTest, MutualRankZeroKeepsEveryMatchAboveMinScore) {
  const TopMatches cross = Lists({{{2, 0.6f}, {3, 0.05f}},
                                  {{2, 0.8f}},
                                  {{1, 0.8f}, {0, 0.6f}},
                                  {{0, 0.05f}}});
  const std::vector<Link> links =
      CandidateLinks(cross, Empty(4), {0, 0, 1, 1}, {0.1, 0, 0.9});
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(links[0].a, 0u);
  EXPECT_EQ(links[0].b, 2u);
  EXPECT_EQ(links[1].a, 1u);
  EXPECT_EQ(links[1].b, 2u);
}

TEST(CandidateLinksTest, SameLadderLinksNeedTheRepeatScore) {
  const TopMatches repeats =
      Lists({{{1, 0.95f}, {2, 0.99f}}, {{0, 0.95f}, {2, 0.5f}}, {{0, 0.99f}}});
  // Rows 0 and 1 are ladder 0, row 2 is ladder 1 (never a repeat link).
  const std::vector<Link> links =
      CandidateLinks(Empty(3), repeats, {0, 0, 1}, {0.1, 1, 0.9});
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].a, 0u);
  EXPECT_EQ(links[0].b, 1u);
}

}  // namespace
}  // namespace laddermerge::internal
