#include "match/internal/group_layout.h"

#include <utility>
#include <vector>

#include "gtest/gtest.h"

namespace laddermerge::internal {
namespace {

using RangePair = std::pair<uint32_t, uint32_t>;

TEST(GroupLayoutTest, NoGroupsMeansNoOwnRange) {
  const GroupLayout layout = GroupLayout::Build(4, {});
  EXPECT_TRUE(layout.identity());
  EXPECT_EQ(layout.own_range(2), RangePair(0, 0));
}

TEST(GroupLayoutTest, ContiguousGroupsKeepTheirOrder) {
  const std::vector<uint32_t> groups = {3, 3, 1, 1, 1, 2};
  const GroupLayout layout = GroupLayout::Build(6, groups);
  EXPECT_TRUE(layout.identity());
  EXPECT_EQ(layout.own_range(0), RangePair(0, 2));
  EXPECT_EQ(layout.own_range(3), RangePair(2, 5));
  EXPECT_EQ(layout.own_range(5), RangePair(5, 6));
}

TEST(GroupLayoutTest, InterleavedGroupsAreSortedStably) {
  const std::vector<uint32_t> groups = {1, 0, 1, 0, 2};
  const GroupLayout layout = GroupLayout::Build(5, groups);
  ASSERT_FALSE(layout.identity());
  const std::vector<uint32_t> expected = {1, 3, 0, 2, 4};
  for (uint32_t i = 0; i < 5; ++i) {
    EXPECT_EQ(layout.original(i), expected[i]);
    EXPECT_EQ(layout.internal(expected[i]), i);
  }
  EXPECT_EQ(layout.own_range(layout.internal(2)), RangePair(2, 4));
  EXPECT_EQ(layout.own_range(layout.internal(4)), RangePair(4, 5));
}

}  // namespace
}  // namespace laddermerge::internal
