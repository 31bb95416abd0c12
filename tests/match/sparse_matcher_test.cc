// kSparse against the brute-force reference. Sparse scores are defined to the
// bit (summed in increasing term order), so the comparison is exact.
#include <ostream>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

#include "match/match.h"
#include "match_testing.h"

namespace laddermerge {
namespace {

using match_testing::BruteForce;
using match_testing::RandomGroups;
using match_testing::RandomSparse;
using match_testing::RandomSparseSpec;

enum class Mask { kNone, kContiguous, kShuffled };

struct SparseCase {
  std::string name;
  RandomSparseSpec spec;
  Mask mask = Mask::kContiguous;
  int top_k = 5;
  float min_score = 0.0f;
};

void PrintTo(const SparseCase& c, std::ostream* os) { *os << c.name; }

std::vector<SparseCase> SparseCases() {
  std::vector<SparseCase> cases;
  auto add = [&](std::string name, auto edit) {
    SparseCase c;
    c.name = std::move(name);
    edit(c);
    cases.push_back(c);
  };
  add("Default", [](SparseCase&) {});
  add("NoMask", [](SparseCase& c) { c.mask = Mask::kNone; });
  add("ShuffledGroups", [](SparseCase& c) { c.mask = Mask::kShuffled; });
  add("TopOne", [](SparseCase& c) { c.top_k = 1; });
  add("KLargerThanCandidates", [](SparseCase& c) { c.top_k = 500; });
  add("MinScore", [](SparseCase& c) { c.min_score = 0.3f; });
  add("HighMinScore", [](SparseCase& c) { c.min_score = 0.9f; });
  add("DyadicTies", [](SparseCase& c) {
    c.spec.dyadic = true;
    c.spec.cols = 12;
    c.spec.density = 0.3;
  });
  add("DyadicTiesNoMask", [](SparseCase& c) {
    c.spec.dyadic = true;
    c.spec.cols = 8;
    c.mask = Mask::kNone;
  });
  add("ManyDuplicatesAndEmptyRows", [](SparseCase& c) {
    c.spec.duplicate_rows = 0.5;
    c.spec.empty_rows = 0.2;
  });
  add("DenseRows", [](SparseCase& c) { c.spec.density = 0.8; });
  add("VerySparse", [](SparseCase& c) {
    c.spec.density = 0.01;
    c.spec.cols = 400;
  });
  add("SignedWeights", [](SparseCase& c) { c.spec.signed_values = true; });
  add("SignedDyadic", [](SparseCase& c) {
    c.spec.signed_values = true;
    c.spec.dyadic = true;
  });
  add("UnnormalizedRows", [](SparseCase& c) { c.spec.normalize = false; });
  return cases;
}

class SparseMatcherTest
    : public testing::TestWithParam<std::tuple<SparseCase, bool>> {};

TEST_P(SparseMatcherTest, EqualsBruteForceExactly) {
  const auto& [c, prune] = GetParam();
  for (uint32_t seed : {1u, 2u, 3u}) {
    SparseCase local = c;
    local.spec.rows = 60 + 40 * seed;
    StatementVectors v{RandomSparse(local.spec, seed), {}};
    std::vector<uint32_t> groups;
    if (c.mask != Mask::kNone) {
      groups = RandomGroups(local.spec.rows, 1 + seed,
                            c.mask == Mask::kContiguous, seed);
    }
    MatchOptions options;
    options.top_k = c.top_k;
    options.min_score = c.min_score;
    options.prune = prune;
    options.block_size = 16;
    absl::StatusOr<TopMatches> top = FindTopMatches(v, groups, options);
    ASSERT_TRUE(top.ok()) << top.status();
    const TopMatches expected = BruteForce(v, groups, options);
    EXPECT_EQ(top->row_ptr, expected.row_ptr) << "seed " << seed;
    EXPECT_EQ(top->neighbors, expected.neighbors) << "seed " << seed;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, SparseMatcherTest,
    testing::Combine(testing::ValuesIn(SparseCases()), testing::Bool()),
    [](const testing::TestParamInfo<SparseMatcherTest::ParamType>& param) {
      return std::get<0>(param.param).name +
             (std::get<1>(param.param) ? "Walk" : "Tiles");
    });

TEST(SparseMatcherDeterminismTest, SameBytesForAnyThreadCountAndBlockSize) {
  RandomSparseSpec spec;
  spec.rows = 5000;  // Two column tiles.
  spec.cols = 300;
  spec.density = 0.02;
  const StatementVectors v{RandomSparse(spec, 9), {}};
  const std::vector<uint32_t> groups = RandomGroups(5000, 4, false, 9);
  MatchOptions options;
  options.threads = 1;
  absl::StatusOr<TopMatches> first = FindTopMatches(v, groups, options);
  ASSERT_TRUE(first.ok()) << first.status();
  for (int threads : {2, 8}) {
    for (int block : {1, 7, 0}) {
      options.threads = threads;
      options.block_size = block;
      options.prune = block == 7;
      absl::StatusOr<TopMatches> top = FindTopMatches(v, groups, options);
      ASSERT_TRUE(top.ok()) << top.status();
      EXPECT_EQ(top->row_ptr, first->row_ptr);
      EXPECT_EQ(top->neighbors, first->neighbors)
          << threads << " threads, block " << block;
    }
  }
}

TEST(SparseMatcherTest, LargeInputAcrossTilesEqualsBruteForce) {
  RandomSparseSpec spec;
  spec.rows = 5000;  // Two column tiles, groups straddling them.
  spec.cols = 2000;
  spec.density = 0.004;
  const StatementVectors v{RandomSparse(spec, 4), {}};
  const std::vector<uint32_t> groups = RandomGroups(5000, 3, true, 4);
  for (bool prune : {false, true}) {
    MatchOptions options;
    options.prune = prune;
    absl::StatusOr<TopMatches> top = FindTopMatches(v, groups, options);
    ASSERT_TRUE(top.ok()) << top.status();
    const TopMatches expected = BruteForce(v, groups, options);
    EXPECT_EQ(top->row_ptr, expected.row_ptr);
    EXPECT_EQ(top->neighbors, expected.neighbors) << "prune " << prune;
  }
}

}  // namespace
}  // namespace laddermerge
