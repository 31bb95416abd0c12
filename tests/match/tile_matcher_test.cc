// kDense and kBlended against the brute-force reference: exactly on dyadic
// data (every sum is exact in float, whatever the order, and ties abound),
// up to float rounding on random data.
#include <string>
#include <vector>

#include "gtest/gtest.h"

#include "match/match.h"
#include "match_testing.h"

namespace laddermerge {
namespace {

using match_testing::BruteForce;
using match_testing::CompareUpToRounding;
using match_testing::RandomDense;
using match_testing::RandomGroups;
using match_testing::RandomSparse;
using match_testing::RandomSparseSpec;

constexpr MatchMethod kTileMethods[] = {MatchMethod::kDense,
                                        MatchMethod::kBlended};

StatementVectors Vectors(uint32_t rows, uint32_t depth, bool dyadic,
                         uint32_t seed) {
  RandomSparseSpec spec;
  spec.rows = rows;
  spec.cols = 40;
  spec.dyadic = dyadic;
  return StatementVectors{RandomSparse(spec, seed),
                          RandomDense(rows, depth, dyadic, seed + 100)};
}

MatchOptions Options(MatchMethod method, int k, float min_score) {
  MatchOptions options;
  options.method = method;
  options.top_k = k;
  options.min_score = min_score;
  options.block_size = 32;
  return options;
}

TEST(TileMatcherTest, DyadicDataGivesExactlyBruteForce) {
  for (MatchMethod method : kTileMethods) {
    for (bool contiguous : {true, false}) {
      // 1100 rows: several column blocks, some straddling groups.
      const StatementVectors v = Vectors(1100, 12, true, 5);
      const std::vector<uint32_t> groups = RandomGroups(1100, 3, contiguous, 5);
      const MatchOptions options = Options(method, 7, 0.0f);
      absl::StatusOr<TopMatches> top = FindTopMatches(v, groups, options);
      ASSERT_TRUE(top.ok()) << top.status();
      const TopMatches expected = BruteForce(v, groups, options);
      EXPECT_EQ(top->row_ptr, expected.row_ptr);
      EXPECT_EQ(top->neighbors, expected.neighbors)
          << MatchMethodName(method) << (contiguous ? " contiguous" : "");
    }
  }
}

struct TileCase {
  uint32_t rows;
  uint32_t depth;
  int top_k;
  float min_score;
  uint32_t groups;  // 0: no mask.
  bool contiguous;
};

TEST(TileMatcherTest, RandomDataEqualsBruteForceUpToRounding) {
  const TileCase cases[] = {
      {300, 16, 5, 0.0f, 4, true},   {300, 16, 5, 0.0f, 0, true},
      {257, 33, 1, 0.0f, 3, false},  {200, 8, 500, 0.0f, 2, true},
      {300, 16, 10, 0.25f, 4, true}, {1500, 24, 10, 0.0f, 5, true},
  };
  for (const TileCase& c : cases) {
    for (MatchMethod method : kTileMethods) {
      const StatementVectors v = Vectors(c.rows, c.depth, false, c.rows);
      std::vector<uint32_t> groups;
      if (c.groups > 0)
        groups = RandomGroups(c.rows, c.groups, c.contiguous, 1);
      const MatchOptions options = Options(method, c.top_k, c.min_score);
      absl::StatusOr<TopMatches> top = FindTopMatches(v, groups, options);
      ASSERT_TRUE(top.ok()) << top.status();
      const TopMatches expected = BruteForce(v, groups, options);
      EXPECT_EQ(CompareUpToRounding(v, groups, options, expected, *top, 1e-5),
                "")
          << MatchMethodName(method) << " rows " << c.rows;
    }
  }
}

TEST(TileMatcherTest, BlendedWithZeroDensePartIsSparseBitForBit) {
  StatementVectors v = Vectors(600, 8, false, 3);
  std::fill(v.dense.data.begin(), v.dense.data.end(), 0.0f);
  const std::vector<uint32_t> groups = RandomGroups(600, 3, true, 3);
  absl::StatusOr<TopMatches> blended =
      FindTopMatches(v, groups, Options(MatchMethod::kBlended, 6, 0.0f));
  absl::StatusOr<TopMatches> sparse =
      FindTopMatches(v, groups, Options(MatchMethod::kSparse, 6, 0.0f));
  ASSERT_TRUE(blended.ok()) << blended.status();
  ASSERT_TRUE(sparse.ok()) << sparse.status();
  EXPECT_EQ(blended->row_ptr, sparse->row_ptr);
  EXPECT_EQ(blended->neighbors, sparse->neighbors);
}

TEST(TileMatcherTest, SameBytesForAnyThreadCount) {
  const StatementVectors v = Vectors(1300, 20, false, 8);
  const std::vector<uint32_t> groups = RandomGroups(1300, 4, false, 8);
  for (MatchMethod method : kTileMethods) {
    MatchOptions options = Options(method, 5, 0.0f);
    options.threads = 1;
    absl::StatusOr<TopMatches> first = FindTopMatches(v, groups, options);
    ASSERT_TRUE(first.ok()) << first.status();
    for (int threads : {2, 8}) {
      options.threads = threads;
      absl::StatusOr<TopMatches> top = FindTopMatches(v, groups, options);
      ASSERT_TRUE(top.ok()) << top.status();
      EXPECT_EQ(top->row_ptr, first->row_ptr);
      EXPECT_EQ(top->neighbors, first->neighbors)
          << MatchMethodName(method) << " " << threads << " threads";
    }
  }
}

}  // namespace
}  // namespace laddermerge
