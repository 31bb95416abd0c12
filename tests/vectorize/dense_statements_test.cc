#include "vectorize/internal/dense_statements.h"

#include <cmath>
#include <vector>

#include "gtest/gtest.h"

namespace laddermerge::internal {
namespace {

constexpr double kTolerance = 1e-6;

// Rows that all lean along (1, 1, 0) and differ along the third axis.
DenseMatrix SharedDirectionRows(uint32_t n) {
  DenseMatrix m;
  m.rows = n;
  m.cols = 3;
  for (uint32_t r = 0; r < n; ++r) {
    const float z = (r % 4 < 2 ? 0.3f : -0.3f);
    m.data.insert(m.data.end(), {1, 1, z});
  }
  return m;
}

TEST(PrincipalComponentTest, FindsTheDirectionEveryRowShares) {
  // 50 rows: every other row, which keeps the +z and -z rows balanced.
  for (size_t max_rows : {size_t{1000}, size_t{50}}) {
    const std::vector<double> pc =
        PrincipalComponent(SharedDirectionRows(100), max_rows);
    ASSERT_EQ(pc.size(), 3u);
    EXPECT_NEAR(std::fabs(pc[0]), std::sqrt(0.5), 1e-4) << max_rows;
    EXPECT_NEAR(std::fabs(pc[1]), std::sqrt(0.5), 1e-4) << max_rows;
    EXPECT_NEAR(pc[2], 0.0, 1e-4) << max_rows;
  }
}

TEST(PrincipalComponentTest, AllZeroRowsHaveNone) {
  DenseMatrix m;
  m.rows = 4;
  m.cols = 2;
  m.data.assign(8, 0.0f);
  EXPECT_TRUE(PrincipalComponent(m, 10).empty());
}

TEST(EmbedStatementsTest, RemovesComponentsAndNormalizes) {
  const Components components = {{1, 0, 0}, {0, 1, 0}};
  std::vector<double> v = {3, 4, 5};
  RemoveComponents(components, absl::MakeSpan(v));
  EXPECT_NEAR(v[0], 0.0, kTolerance);
  EXPECT_NEAR(v[1], 0.0, kTolerance);
  EXPECT_NEAR(v[2], 5.0, kTolerance);
  const DenseMatrix rows =
      EmbedStatements(3, 3, {{1, 0, 0}}, 2, [](size_t s, double* row) {
        if (s == 1) return;  // Stays a zero row.
        row[0] = 7;
        row[1] = 3.0 * static_cast<double>(s + 1);
        row[2] = 4.0 * static_cast<double>(s + 1);
      });
  ASSERT_EQ(rows.rows, 3u);
  EXPECT_NEAR(rows.row(0)[0], 0.0, kTolerance);
  EXPECT_NEAR(rows.row(0)[1], 0.6, kTolerance);
  EXPECT_NEAR(rows.row(0)[2], 0.8, kTolerance);
  EXPECT_EQ(rows.row(1)[1], 0.0f);
  EXPECT_NEAR(rows.row(2)[2], 0.8, kTolerance);
}

}  // namespace
}  // namespace laddermerge::internal
