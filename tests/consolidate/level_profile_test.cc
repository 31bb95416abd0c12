#include "consolidate/internal/level_profile.h"

#include <map>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace laddermerge::internal {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Evidence between every ordered pair of members, given for a < b and
// transposed for b > a.
class EvidenceTable {
 public:
  explicit EvidenceTable(std::vector<int> counts)
      : counts_(std::move(counts)) {}
  void Set(int a, int b, std::vector<double> matrix) {
    std::vector<double> t(matrix.size());
    for (int i = 0; i < counts_[a]; ++i) {
      for (int j = 0; j < counts_[b]; ++j) {
        t[j * counts_[a] + i] = matrix[i * counts_[b] + j];
      }
    }
    table_[{a, b}] = std::move(matrix);
    table_[{b, a}] = std::move(t);
  }
  LevelProfile Align(const ProfileOptions& options = {}) const {
    return AlignProfile(
        counts_,
        [this](int a, int b) -> const std::vector<double>& {
          return table_.at({a, b});
        },
        options);
  }
  const std::vector<int>& counts() const { return counts_; }

 private:
  std::vector<int> counts_;
  std::map<std::pair<int, int>, std::vector<double>> table_;
};

// The levels of `b` that share a column with level `level` of `a`.
std::vector<int> Partners(const LevelProfile& p, int a, int level, int b) {
  std::vector<int> out;
  for (const int c : ColumnsOfLevel(p, a, level)) {
    const int j = p.columns[c].level[b];
    if (j >= 0 && (out.empty() || out.back() != j)) out.push_back(j);
  }
  return out;
}

TEST(LevelProfileTest, EqualLaddersAlignLevelByLevel) {
  EvidenceTable t({3, 3});
  t.Set(0, 1, {0.3, 0.05, 0, 0.05, 0.3, 0.05, 0, 0.05, 0.3});
  const LevelProfile p = t.Align();
  ASSERT_EQ(p.columns.size(), 3u);
  for (int i = 0; i < 3; ++i) EXPECT_THAT(Partners(p, 0, i, 1), ElementsAre(i));
}

TEST(LevelProfileTest, MissingJuniorLevelHasNoCounterpart) {
  // Member 1 starts one level higher: its level 0 matches member 0's level
  // 1. Member 0's level 0 resembles it weakly (entry levels look alike).
  EvidenceTable t({4, 3});
  t.Set(0, 1,
        {0.05, 0, 0,     //
         0.14, 0, 0,     //
         0.02, 0.12, 0,  //
         0, 0.02, 0.15});
  const LevelProfile p = t.Align();
  EXPECT_THAT(Partners(p, 0, 0, 1), IsEmpty());
  EXPECT_THAT(Partners(p, 0, 1, 1), ElementsAre(0));
  EXPECT_THAT(Partners(p, 0, 3, 1), ElementsAre(2));
  EXPECT_THAT(Partners(p, 1, 0, 0), ElementsAre(1));
}

TEST(LevelProfileTest, TopLevelMaySpanTwoWhenEvidenceIsBalanced) {
  EvidenceTable t({3, 2});
  t.Set(0, 1,
        {0.2, 0,   //
         0, 0.11,  //
         0, 0.10});
  const LevelProfile p = t.Align();
  EXPECT_THAT(Partners(p, 1, 1, 0), ElementsAre(1, 2));
  EXPECT_THAT(Partners(p, 0, 2, 1), ElementsAre(1));
}

TEST(LevelProfileTest, WeakSecondPartnerIsPrunedFromASpan) {
  EvidenceTable t({3, 2});
  t.Set(0, 1,
        {0.2, 0,   //
         0, 0.15,  //
         0, 0.06});
  const LevelProfile p = t.Align();
  EXPECT_THAT(Partners(p, 1, 1, 0), ElementsAre(1));
  EXPECT_THAT(Partners(p, 0, 2, 1), IsEmpty());
}

TEST(LevelProfileTest, ThirdLadderAlignsThroughTheOthers) {
  // Members 0 and 1 share levels 1..3 (member 1 lacks level 0). Member 2's
  // level 1 has no direct evidence with member 1 but clear evidence with
  // member 0's level 1, which member 1's level 0 sits with.
  EvidenceTable t({4, 3, 3});
  t.Set(0, 1, {0.05, 0, 0, 0.14, 0, 0, 0, 0.12, 0, 0, 0, 0.15});
  t.Set(0, 2, {0.15, 0, 0, 0, 0.07, 0, 0, 0, 0.1, 0, 0, 0});
  t.Set(1, 2, {0.03, 0.01, 0, 0, 0, 0.05, 0, 0, 0});
  const LevelProfile p = t.Align();
  EXPECT_THAT(Partners(p, 1, 0, 2), ElementsAre(1));
  EXPECT_THAT(Partners(p, 2, 1, 1), ElementsAre(0));
  EXPECT_THAT(Partners(p, 2, 0, 1), IsEmpty());
}

TEST(LevelProfileTest, AlignmentAgreesBothWays) {
  EvidenceTable t({4, 3});
  t.Set(0, 1, {0.05, 0, 0, 0.14, 0, 0, 0.02, 0.12, 0, 0, 0.02, 0.15});
  const LevelProfile p = t.Align();
  for (int i = 0; i < 4; ++i) {
    for (const int j : Partners(p, 0, i, 1)) {
      EXPECT_THAT(Partners(p, 1, j, 0), ::testing::Contains(i));
    }
  }
}

TEST(LevelProfileTest, ColumnsKeepEveryLevelInOrder) {
  EvidenceTable t({3, 4});
  t.Set(0, 1, {0, 0.2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.2});
  const LevelProfile p = t.Align();
  for (int m = 0; m < 2; ++m) {
    int last = -1;
    for (const ProfileColumn& c : p.columns) {
      if (c.level[m] < 0) continue;
      EXPECT_GE(c.level[m], last);
      last = c.level[m];
    }
    EXPECT_EQ(last, t.counts()[m] - 1);
  }
}

TEST(LevelProfileTest, InteriorLevelsWithoutEvidenceStillGetACounterpart) {
  // Only the ends carry evidence; the middle levels pair in order, and the
  // extra level of member 0 joins its nearer neighbour.
  EvidenceTable t({5, 4});
  t.Set(0, 1, {0.2, 0, 0, 0,  //
               0,   0, 0, 0,  //
               0,   0, 0, 0,  //
               0,   0, 0, 0,  //
               0,   0, 0, 0.2});
  const LevelProfile p = t.Align();
  for (int i = 0; i < 5; ++i) {
    EXPECT_FALSE(Partners(p, 0, i, 1).empty()) << i;
  }
  EXPECT_THAT(Partners(p, 0, 0, 1), ElementsAre(0));
  EXPECT_THAT(Partners(p, 0, 4, 1), ElementsAre(3));
  for (int j = 0; j < 4; ++j) {
    EXPECT_FALSE(Partners(p, 1, j, 0).empty()) << j;
  }
}

TEST(LevelProfileTest, InsertedLevelKeepsASpanningLevelContiguous) {
  // Member 0's level 0 spans member 1's levels 0 and 1. Member 2 pairs its
  // levels 0 and 2 with those columns and has a level 1 in between with no
  // evidence: member 0's level 0 must cover it too.
  EvidenceTable t({2, 3, 3});
  t.Set(0, 1, {0.2, 0.2, 0, 0, 0, 0.2});
  t.Set(0, 2, {0.1, 0, 0.1, 0, 0, 0.2});
  t.Set(1, 2, {0.2, 0, 0, 0, 0, 0.2, 0, 0, 0});
  const LevelProfile p = t.Align();
  const std::vector<int> columns = ColumnsOfLevel(p, 0, 0);
  ASSERT_FALSE(columns.empty());
  for (size_t k = 1; k < columns.size(); ++k) {
    EXPECT_EQ(columns[k], columns[k - 1] + 1) << "not contiguous";
  }
}

TEST(LevelProfileTest, NoEvidenceLeavesLaddersUnpaired) {
  EvidenceTable t({2, 2});
  t.Set(0, 1, {0, 0, 0, 0});
  const LevelProfile p = t.Align();
  EXPECT_EQ(p.columns.size(), 4u);
  EXPECT_THAT(Partners(p, 0, 0, 1), IsEmpty());
}

TEST(LevelProfileTest, SingleMemberIsItsOwnScale) {
  EvidenceTable t({3});
  const LevelProfile p = t.Align();
  EXPECT_EQ(p.columns.size(), 3u);
  EXPECT_THAT(p.order, ElementsAre(0));
}

}  // namespace
}  // namespace laddermerge::internal
