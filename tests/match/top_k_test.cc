#include "match/internal/top_k.h"

#include <vector>

#include "gtest/gtest.h"

namespace laddermerge::internal {
namespace {

std::vector<Neighbor> Drain(TopK& top) {
  std::vector<Neighbor> out;
  top.AppendBestFirst(out);
  return out;
}

TEST(TopKTest, KeepsBestByScoreThenLowerIndex) {
  TopK top(3);
  top.Push(5, 0.5f);
  top.Push(9, 0.9f);
  top.Push(7, 0.5f);
  top.Push(2, 0.5f);
  top.Push(1, 0.1f);
  EXPECT_EQ(Drain(top),
            (std::vector<Neighbor>{{9, 0.9f}, {2, 0.5f}, {5, 0.5f}}));
}

TEST(TopKTest, ThresholdIsWorstKeptOnceFull) {
  TopK top(2);
  EXPECT_TRUE(top.Admits(-1e30f));
  top.Push(1, 0.3f);
  EXPECT_FALSE(top.full());
  top.Push(2, 0.7f);
  EXPECT_TRUE(top.full());
  EXPECT_EQ(top.threshold(), 0.3f);
  EXPECT_FALSE(top.Admits(0.2f));
  EXPECT_TRUE(top.Admits(0.3f));
}

TEST(TopKTest, DrainingEmptiesIt) {
  TopK top(2);
  top.Push(1, 0.3f);
  EXPECT_EQ(Drain(top).size(), 1u);
  EXPECT_EQ(top.size(), 0u);
  EXPECT_TRUE(Drain(top).empty());
}

}  // namespace
}  // namespace laddermerge::internal
