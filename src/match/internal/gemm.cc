#include "match/internal/gemm.h"

#include <Eigen/Core>

namespace laddermerge::internal {

void MultiplyTransposed(const float* a, int64_t rows_a, const float* b,
                        int64_t rows_b, int64_t depth, float* out) {
  using RowMajor =
      Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  const Eigen::Map<const RowMajor> lhs(a, rows_a, depth);
  const Eigen::Map<const RowMajor> rhs(b, rows_b, depth);
  Eigen::Map<RowMajor> result(out, rows_a, rows_b);
  result.noalias() = lhs * rhs.transpose();
}

const char* GemmInstructionSet() { return Eigen::SimdInstructionSetsInUse(); }

}  // namespace laddermerge::internal
