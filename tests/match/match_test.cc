#include "match/match.h"

#include <cmath>
#include <limits>
#include <vector>

#include "gtest/gtest.h"

#include "match_testing.h"

namespace laddermerge {
namespace {

using match_testing::RandomDense;
using match_testing::RandomSparse;

constexpr MatchMethod kAllMethods[] = {
    MatchMethod::kSparse, MatchMethod::kDense, MatchMethod::kBlended};

StatementVectors SmallVectors(uint32_t rows) {
  match_testing::RandomSparseSpec spec;
  spec.rows = rows;
  return StatementVectors{RandomSparse(spec, 1),
                          RandomDense(rows, 8, false, 2)};
}

MatchOptions WithMethod(MatchMethod method) {
  MatchOptions options;
  options.method = method;
  return options;
}

TEST(MatchMethodTest, ParsesEveryNameItPrints) {
  for (MatchMethod method : kAllMethods) {
    absl::StatusOr<MatchMethod> parsed =
        ParseMatchMethod(MatchMethodName(method));
    ASSERT_TRUE(parsed.ok()) << parsed.status();
    EXPECT_EQ(*parsed, method);
  }
}

TEST(MatchMethodTest, RejectsUnknownName) {
  absl::StatusOr<MatchMethod> parsed = ParseMatchMethod("fuzzy");
  EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(parsed.status().message().find("fuzzy"), absl::string_view::npos);
}

TEST(CreateMatcherTest, RejectsOptionsOutOfRange) {
  MatchOptions zero_k;
  zero_k.top_k = 0;
  MatchOptions negative_threads;
  negative_threads.threads = -1;
  MatchOptions negative_block;
  negative_block.block_size = -4;
  MatchOptions nan_score;
  nan_score.min_score = std::numeric_limits<float>::quiet_NaN();
  for (const MatchOptions& o :
       {zero_k, negative_threads, negative_block, nan_score}) {
    EXPECT_EQ(CreateMatcher(o).status().code(),
              absl::StatusCode::kInvalidArgument);
  }
}

TEST(FindTopMatchesTest, RejectsGroupsOfWrongLength) {
  const StatementVectors v = SmallVectors(10);
  const std::vector<uint32_t> groups(9, 0);
  for (MatchMethod method : kAllMethods) {
    EXPECT_EQ(FindTopMatches(v, groups, WithMethod(method)).status().code(),
              absl::StatusCode::kInvalidArgument)
        << MatchMethodName(method);
  }
}

TEST(FindTopMatchesTest, RejectsMalformedSparseMatrix) {
  StatementVectors v = SmallVectors(10);
  v.sparse.col[0] = v.sparse.cols;  // Out of range.
  EXPECT_EQ(
      FindTopMatches(v, {}, WithMethod(MatchMethod::kSparse)).status().code(),
      absl::StatusCode::kInvalidArgument);
  StatementVectors short_ptr = SmallVectors(10);
  short_ptr.sparse.row_ptr.pop_back();
  EXPECT_EQ(FindTopMatches(short_ptr, {}, WithMethod(MatchMethod::kBlended))
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(FindTopMatchesTest, RejectsUnsortedColumns) {
  SparseMatrix m;
  m.rows = 1;
  m.cols = 5;
  m.row_ptr = {0, 2};
  m.col = {3, 1};
  m.value = {0.5f, 0.5f};
  absl::StatusOr<TopMatches> top = FindTopMatches(
      StatementVectors{m, {}}, {}, WithMethod(MatchMethod::kSparse));
  EXPECT_EQ(top.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(top.status().message().find("sparse row 0"),
            absl::string_view::npos);
}

TEST(FindTopMatchesTest, RejectsDenseDataOfWrongSize) {
  StatementVectors v = SmallVectors(10);
  v.dense.data.pop_back();
  EXPECT_EQ(
      FindTopMatches(v, {}, WithMethod(MatchMethod::kDense)).status().code(),
      absl::StatusCode::kInvalidArgument);
}

TEST(FindTopMatchesTest, DenseMethodsNeedDenseColumns) {
  StatementVectors v = SmallVectors(10);
  v.dense = DenseMatrix{10, 0, {}};
  for (MatchMethod method : {MatchMethod::kDense, MatchMethod::kBlended}) {
    EXPECT_EQ(FindTopMatches(v, {}, WithMethod(method)).status().code(),
              absl::StatusCode::kFailedPrecondition);
  }
}

TEST(FindTopMatchesTest, SparseMethodNeedsTerms) {
  StatementVectors v;
  v.sparse.rows = 2;
  v.sparse.row_ptr = {0, 0, 0};
  EXPECT_EQ(
      FindTopMatches(v, {}, WithMethod(MatchMethod::kSparse)).status().code(),
      absl::StatusCode::kFailedPrecondition);
}

TEST(FindTopMatchesTest, BlendedRejectsPartsOfDifferentLengths) {
  StatementVectors v = SmallVectors(10);
  v.dense = RandomDense(11, 8, false, 3);
  EXPECT_EQ(
      FindTopMatches(v, {}, WithMethod(MatchMethod::kBlended)).status().code(),
      absl::StatusCode::kInvalidArgument);
}

TEST(FindTopMatchesTest, NoStatementsGiveNoLists) {
  for (MatchMethod method : kAllMethods) {
    absl::StatusOr<TopMatches> top =
        FindTopMatches(StatementVectors(), {}, WithMethod(method));
    ASSERT_TRUE(top.ok()) << top.status();
    EXPECT_EQ(top->rows(), 0u);
    EXPECT_TRUE(top->neighbors.empty());
  }
}

TEST(FindTopMatchesTest, OneStatementHasNoMatch) {
  const StatementVectors v = SmallVectors(1);
  for (MatchMethod method : kAllMethods) {
    absl::StatusOr<TopMatches> top = FindTopMatches(v, {}, WithMethod(method));
    ASSERT_TRUE(top.ok()) << top.status();
    ASSERT_EQ(top->rows(), 1u);
    EXPECT_TRUE(top->of(0).empty());
  }
}

TEST(FindTopMatchesTest, OneLadderHasNoMatchAcrossLadders) {
  const StatementVectors v = SmallVectors(40);
  const std::vector<uint32_t> groups(40, 7);
  for (MatchMethod method : kAllMethods) {
    absl::StatusOr<TopMatches> top =
        FindTopMatches(v, groups, WithMethod(method));
    ASSERT_TRUE(top.ok()) << top.status();
    EXPECT_EQ(top->rows(), 40u);
    EXPECT_TRUE(top->neighbors.empty()) << MatchMethodName(method);
  }
}

TEST(FindTopMatchesTest, IdenticalStatementsMatchWithScoreOne) {
  SparseMatrix m;
  m.rows = 3;
  m.cols = 2;
  m.row_ptr = {0, 1, 2, 3};
  m.col = {0, 0, 1};
  m.value = {1.0f, 1.0f, 1.0f};
  const StatementVectors v{m, {}};
  absl::StatusOr<TopMatches> top =
      FindTopMatches(v, {}, WithMethod(MatchMethod::kSparse));
  ASSERT_TRUE(top.ok()) << top.status();
  EXPECT_EQ(top->of(0), (std::vector<Neighbor>{{1, 1.0f}}));
  EXPECT_EQ(top->of(1), (std::vector<Neighbor>{{0, 1.0f}}));
  EXPECT_TRUE(top->of(2).empty());  // Nothing in common: score 0.
}

}  // namespace
}  // namespace laddermerge
