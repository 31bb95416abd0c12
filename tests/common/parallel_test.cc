#include "common/parallel.h"

#include <numeric>
#include <vector>

#include "gtest/gtest.h"

namespace laddermerge {
namespace {

TEST(ParallelTest, NumBlocksRoundsUp) {
  EXPECT_EQ(NumBlocks(0, 4), 0u);
  EXPECT_EQ(NumBlocks(8, 4), 2u);
  EXPECT_EQ(NumBlocks(9, 4), 3u);
}

TEST(ParallelTest, EveryItemIsVisitedOnceForAnyThreadCount) {
  for (int threads : {1, 2, 3, 8}) {
    std::vector<int> visits(1001, 0);
    std::vector<size_t> block_sums(NumBlocks(visits.size(), 64), 0);
    ParallelForBlocks(visits.size(), 64, threads,
                      [&](size_t block, size_t begin, size_t end) {
                        for (size_t i = begin; i < end; ++i) {
                          ++visits[i];
                          block_sums[block] += i;
                        }
                      });
    for (int v : visits) EXPECT_EQ(v, 1) << threads << " threads";
    EXPECT_EQ(std::accumulate(block_sums.begin(), block_sums.end(), size_t{0}),
              1001u * 1000u / 2);
  }
}

TEST(ParallelTest, ResolveThreadCountKeepsExplicitValues) {
  EXPECT_EQ(ResolveThreadCount(3), 3);
  EXPECT_GE(ResolveThreadCount(0), 1);
}

}  // namespace
}  // namespace laddermerge
