#include <cmath>
#include <memory>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "match/match.h"
#include "match_testing.h"

namespace laddermerge {
namespace {

using match_testing::BruteForce;
using match_testing::RandomDense;
using match_testing::RandomGroups;
using match_testing::RandomSparse;
using match_testing::RandomSparseSpec;
using match_testing::ReferenceScore;

// Dyadic weights make every sum exact, so the table and the matcher agree to
// the bit and ties are real ties.
StatementVectors Vectors(uint32_t rows, bool with_dense, uint32_t seed) {
  StatementVectors v;
  RandomSparseSpec spec;
  spec.rows = rows;
  spec.dyadic = true;
  spec.normalize = false;
  v.sparse = RandomSparse(spec, seed);
  if (with_dense) {
    v.dense = RandomDense(rows, 16, /*dyadic=*/true, seed + 1);
  } else {
    v.dense.rows = rows;
  }
  return v;
}

std::unique_ptr<PairScorer> Scorer(const StatementVectors& v,
                                   uint32_t max_table_rows, int threads = 1) {
  PairScorerOptions options;
  options.max_table_rows = max_table_rows;
  options.threads = threads;
  auto scorer = CreatePairScorer(v, options);
  EXPECT_TRUE(scorer.ok()) << scorer.status();
  return *std::move(scorer);
}

TEST(PairScorerTest, TableAndMatcherAgreeWithBruteForce) {
  for (const bool dense : {false, true}) {
    const StatementVectors v = Vectors(120, dense, 7);
    const std::vector<uint32_t> groups = RandomGroups(120, 4, false, 3);
    MatchOptions options;
    options.method = dense ? MatchMethod::kBlended : MatchMethod::kSparse;
    options.top_k = 5;
    options.min_score = 0.1f;
    const TopMatches want = BruteForce(v, groups, options);
    for (const uint32_t max_table : {0u, 4096u}) {
      const auto scorer = Scorer(v, max_table);
      auto got = scorer->FindMatches({}, groups, 5, 0.1f);
      ASSERT_TRUE(got.ok()) << got.status();
      EXPECT_EQ(got->row_ptr, want.row_ptr) << dense << " " << max_table;
      EXPECT_EQ(got->neighbors, want.neighbors) << dense << " " << max_table;
    }
  }
}

TEST(PairScorerTest, ScoresAreTheMethodsScores) {
  const StatementVectors v = Vectors(40, true, 11);
  const auto table = Scorer(v, 4096);
  const auto matcher = Scorer(v, 0);
  for (uint32_t a = 0; a < 40; a += 3) {
    for (uint32_t b = 0; b < 40; b += 5) {
      const double want = ReferenceScore(v, MatchMethod::kBlended, a, b);
      EXPECT_NEAR(table->Score(a, b), want, 1e-6);
      EXPECT_NEAR(matcher->Score(a, b), want, 1e-6);
    }
  }
}

TEST(PairScorerTest, SubsetSearchesIndexIntoTheSubset) {
  const StatementVectors v = Vectors(60, true, 5);
  const std::vector<uint32_t> subset = {50, 3, 17, 42, 8, 29};
  const std::vector<uint32_t> side = {0, 0, 0, 1, 1, 1};
  for (const uint32_t max_table : {0u, 4096u}) {
    const auto scorer = Scorer(v, max_table);
    auto got = scorer->FindMatches(subset, side, 1, 0.0f);
    ASSERT_TRUE(got.ok()) << got.status();
    ASSERT_EQ(got->rows(), subset.size());
    for (uint32_t i = 0; i < subset.size(); ++i) {
      // The best of the other side, by brute force over the subset.
      double best = 0;
      int64_t best_j = -1;
      for (uint32_t j = 0; j < subset.size(); ++j) {
        if (side[j] == side[i]) continue;
        const double s = scorer->Score(subset[i], subset[j]);
        if (s > best) best = s, best_j = j;
      }
      if (best_j < 0) {
        EXPECT_TRUE(got->of(i).empty());
      } else {
        ASSERT_EQ(got->of(i).size(), 1u);
        EXPECT_EQ(got->of(i)[0].statement, best_j) << max_table;
      }
    }
  }
}

TEST(PairScorerTest, SameResultForEveryThreadCount) {
  const StatementVectors v = Vectors(300, true, 9);
  const std::vector<uint32_t> groups = RandomGroups(300, 3, true, 1);
  auto one = Scorer(v, 4096, 1)->FindMatches({}, groups, 7, 0.0f);
  auto four = Scorer(v, 4096, 4)->FindMatches({}, groups, 7, 0.0f);
  ASSERT_TRUE(one.ok() && four.ok());
  EXPECT_EQ(one->row_ptr, four->row_ptr);
  EXPECT_EQ(one->neighbors, four->neighbors);
}

TEST(PairScorerTest, VectorsWithoutColumnsScoreNothing) {
  StatementVectors v;
  v.sparse.rows = 3;
  v.sparse.row_ptr = {0, 0, 0, 0};
  v.dense.rows = 3;
  for (const uint32_t max_table : {0u, 4096u}) {
    const auto scorer = Scorer(v, max_table);
    EXPECT_EQ(scorer->Score(0, 1), 0.0);
    auto got = scorer->FindMatches({}, {}, 2, 0.0f);
    ASSERT_TRUE(got.ok()) << got.status();
    EXPECT_EQ(got->row_ptr, (std::vector<uint64_t>{0, 0, 0, 0}));
  }
}

TEST(PairScorerTest, RejectsBadSearches) {
  const StatementVectors v = Vectors(10, true, 2);
  const auto scorer = Scorer(v, 4096);
  EXPECT_EQ(scorer->FindMatches({}, {}, 0, 0.0f).status().code(),
            absl::StatusCode::kInvalidArgument);
  const std::vector<uint32_t> bad_subset = {1, 99};
  EXPECT_EQ(scorer->FindMatches(bad_subset, {}, 1, 0.0f).status().code(),
            absl::StatusCode::kInvalidArgument);
  const std::vector<uint32_t> short_groups = {0, 1};
  EXPECT_EQ(scorer->FindMatches({}, short_groups, 1, 0.0f).status().code(),
            absl::StatusCode::kInvalidArgument);
  PairScorerOptions negative;
  negative.threads = -1;
  EXPECT_EQ(CreatePairScorer(v, negative).status().code(),
            absl::StatusCode::kInvalidArgument);
  StatementVectors lopsided = v;
  lopsided.sparse.cols = 0;
  lopsided.sparse.row_ptr.assign(11, 0);
  lopsided.sparse.col.clear();
  lopsided.sparse.value.clear();
  PairScorerOptions blended;
  blended.method = MatchMethod::kBlended;
  EXPECT_EQ(CreatePairScorer(lopsided, blended).status().code(),
            absl::StatusCode::kFailedPrecondition);
}

}  // namespace
}  // namespace laddermerge
