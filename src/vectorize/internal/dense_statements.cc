#include "vectorize/internal/dense_statements.h"

#include <algorithm>
#include <cmath>

#include "common/parallel.h"

namespace laddermerge::internal {
namespace {

constexpr size_t kBlockSize = 1024;
constexpr int kPowerIterations = 30;

}  // namespace

void RemoveComponents(const Components& components, absl::Span<double> v) {
  for (const std::vector<double>& component : components) {
    double dot = 0;
    for (size_t c = 0; c < v.size(); ++c) dot += v[c] * component[c];
    for (size_t c = 0; c < v.size(); ++c) v[c] -= dot * component[c];
  }
}

DenseMatrix EmbedStatements(size_t num_statements, uint32_t dims,
                            const Components& components, int threads,
                            EmbedStatementFn embed) {
  DenseMatrix out;
  out.rows = static_cast<uint32_t>(num_statements);
  out.cols = dims;
  out.data.assign(size_t{out.rows} * out.cols, 0.0f);
  ParallelForBlocks(out.rows, kBlockSize, ResolveThreadCount(threads),
                    [&](size_t, size_t begin, size_t end) {
                      std::vector<double> e(dims);
                      for (size_t s = begin; s < end; ++s) {
                        std::fill(e.begin(), e.end(), 0.0);
                        embed(s, e.data());
                        RemoveComponents(components, absl::MakeSpan(e));
                        double norm2 = 0;
                        for (double x : e) norm2 += x * x;
                        const double inv =
                            norm2 > 1e-24 ? 1 / std::sqrt(norm2) : 0;
                        float* row = out.row(static_cast<uint32_t>(s));
                        for (uint32_t c = 0; c < dims; ++c) {
                          row[c] = static_cast<float>(e[c] * inv);
                        }
                      }
                    });
  return out;
}

std::vector<double> PrincipalComponent(const DenseMatrix& m, size_t max_rows) {
  const size_t step =
      std::max<size_t>(1, (size_t{m.rows} + max_rows - 1) / max_rows);
  std::vector<double> u(m.cols, 1.0 / std::sqrt(static_cast<double>(m.cols)));
  for (int iteration = 0; iteration < kPowerIterations; ++iteration) {
    std::vector<double> next(m.cols, 0.0);
    for (size_t r = 0; r < m.rows; r += step) {
      const float* row = m.row(static_cast<uint32_t>(r));
      double dot = 0;
      for (uint32_t c = 0; c < m.cols; ++c) dot += row[c] * u[c];
      for (uint32_t c = 0; c < m.cols; ++c) next[c] += dot * row[c];
    }
    double norm2 = 0;
    for (double x : next) norm2 += x * x;
    if (norm2 == 0) return {};
    for (uint32_t c = 0; c < m.cols; ++c) u[c] = next[c] / std::sqrt(norm2);
  }
  return u;
}

}  // namespace laddermerge::internal
