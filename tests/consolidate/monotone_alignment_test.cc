#include "consolidate/internal/monotone_alignment.h"

#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace laddermerge::internal {
namespace {

using ::testing::ElementsAre;

// Builds a row-major gain matrix from rows of initializer lists.
std::vector<double> Matrix(std::initializer_list<std::vector<double>> rows) {
  std::vector<double> m;
  for (const auto& r : rows) m.insert(m.end(), r.begin(), r.end());
  return m;
}

MATCHER_P2(Cell, a, b, "") { return arg.a == a && arg.b == b; }

TEST(MonotoneAlignmentTest, DiagonalOfPositiveGainsPairsInOrder) {
  const auto g = Matrix({{1, -1, -1}, {-1, 1, -1}, {-1, -1, 1}});
  EXPECT_THAT(BestMonotoneAlignment(g, 3, 3, 2),
              ElementsAre(Cell(0, 0), Cell(1, 1), Cell(2, 2)));
}

TEST(MonotoneAlignmentTest, LevelWithNoCounterpartStaysUnpaired) {
  // The first row (a junior level the other ladder lacks) gains nothing.
  const auto g = Matrix({{-0.2, -0.5}, {0.8, -0.3}, {-0.4, 0.9}});
  EXPECT_THAT(BestMonotoneAlignment(g, 3, 2, 2),
              ElementsAre(Cell(1, 0), Cell(2, 1)));
}

TEST(MonotoneAlignmentTest, OneLevelMaySpanTwoOfTheOther) {
  const auto g = Matrix({{0.9, 0.7, -1}, {-1, -1, 0.8}});
  EXPECT_THAT(BestMonotoneAlignment(g, 2, 3, 2),
              ElementsAre(Cell(0, 0), Cell(0, 1), Cell(1, 2)));
}

TEST(MonotoneAlignmentTest, SpanIsLimitedByMaxSpan) {
  const auto g = Matrix({{0.5, 0.5, 0.5}});
  EXPECT_EQ(BestMonotoneAlignment(g, 1, 3, 2).size(), 2u);
  EXPECT_EQ(BestMonotoneAlignment(g, 1, 3, 3).size(), 3u);
  EXPECT_EQ(BestMonotoneAlignment(g, 1, 3, 1).size(), 1u);
}

TEST(MonotoneAlignmentTest, CrossingPairsAreNeverBothChosen) {
  // (0,1) and (1,0) cross; the better of the two wins.
  const auto g = Matrix({{-1, 0.9}, {0.8, -1}});
  EXPECT_THAT(BestMonotoneAlignment(g, 2, 2, 2), ElementsAre(Cell(0, 1)));
}

TEST(MonotoneAlignmentTest, AllNegativeGainsGiveAnEmptyChain) {
  const auto g = Matrix({{-0.1, -0.2}, {-0.3, -0.1}});
  EXPECT_TRUE(BestMonotoneAlignment(g, 2, 2, 2).empty());
  EXPECT_TRUE(BestMonotoneAlignment({}, 0, 0, 2).empty());
  EXPECT_TRUE(BestMonotoneAlignment({}, 0, 3, 2).empty());
}

TEST(MonotoneAlignmentTest, TransposedGainsGiveTheTransposedChain) {
  const auto g =
      Matrix({{0.9, 0.2, -1, -1}, {-0.5, 0.6, 0.4, -1}, {-1, -1, 0.1, 0.7}});
  std::vector<double> t(12);
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 4; ++j) t[j * 3 + i] = g[i * 4 + j];
  }
  const auto forward = BestMonotoneAlignment(g, 3, 4, 2);
  const auto backward = BestMonotoneAlignment(t, 4, 3, 2);
  ASSERT_EQ(forward.size(), backward.size());
  for (size_t k = 0; k < forward.size(); ++k) {
    EXPECT_EQ(forward[k].a, backward[k].b);
    EXPECT_EQ(forward[k].b, backward[k].a);
  }
}

TEST(MonotoneAlignmentTest, TiesAreBrokenDeterministically) {
  const auto g = Matrix({{0.5, 0.5}, {0.5, 0.5}});
  const auto first = BestMonotoneAlignment(g, 2, 2, 2);
  for (int run = 0; run < 5; ++run) {
    EXPECT_EQ(BestMonotoneAlignment(g, 2, 2, 2), first);
  }
  // Three cells (an L-shaped staircase) beat the two-cell diagonal.
  EXPECT_EQ(first.size(), 3u);
}

// Exhaustive check against brute force on small random matrices.
double ChainValue(const std::vector<double>& g, int cols,
                  const std::vector<AlignmentCell>& chain) {
  double v = 0;
  for (const auto& c : chain) v += g[c.a * cols + c.b];
  return v;
}

bool IsValidChain(const std::vector<AlignmentCell>& chain, int span) {
  for (size_t k = 1; k < chain.size(); ++k) {
    const auto& p = chain[k - 1];
    const auto& c = chain[k];
    const bool row_step = c.a == p.a && c.b == p.b + 1;
    const bool col_step = c.b == p.b && c.a == p.a + 1;
    const bool jump = c.a > p.a && c.b > p.b;
    if (!row_step && !col_step && !jump) return false;
  }
  for (size_t k = 0; k < chain.size(); ++k) {
    int same_row = 0, same_col = 0;
    for (const auto& o : chain) {
      same_row += o.a == chain[k].a;
      same_col += o.b == chain[k].b;
    }
    if (same_row > span || same_col > span) return false;
  }
  return true;
}

double BruteForceBest(const std::vector<double>& g, int rows, int cols,
                      int span) {
  const int cells = rows * cols;
  double best = 0;
  for (int mask = 1; mask < (1 << cells); ++mask) {
    std::vector<AlignmentCell> chain;
    for (int c = 0; c < cells; ++c) {
      if (mask & (1 << c)) chain.push_back({c / cols, c % cols});
    }
    if (IsValidChain(chain, span))
      best = std::max(best, ChainValue(g, cols, chain));
  }
  return best;
}

TEST(MonotoneAlignmentTest, MatchesBruteForceOnRandomMatrices) {
  uint32_t seed = 12345;
  auto next = [&seed] {
    seed = seed * 1664525u + 1013904223u;
    return static_cast<double>(seed >> 8) / double(1 << 24) - 0.4;
  };
  for (int trial = 0; trial < 200; ++trial) {
    const int rows = 1 + trial % 3, cols = 1 + (trial / 3) % 4;
    const int span = 1 + trial % 2;
    std::vector<double> g(rows * cols);
    for (double& x : g) x = next();
    const auto chain = BestMonotoneAlignment(g, rows, cols, span);
    EXPECT_TRUE(IsValidChain(chain, span));
    EXPECT_NEAR(ChainValue(g, cols, chain), BruteForceBest(g, rows, cols, span),
                1e-9)
        << "trial " << trial;
  }
}

}  // namespace
}  // namespace laddermerge::internal
