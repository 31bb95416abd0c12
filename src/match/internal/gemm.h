// The one dense kernel of the match stage: a block of rows times another
// block of rows transposed. It is the only translation unit that includes
// Eigen, so that Eigen's compile cost and instruction set choice stay here.
#ifndef LADDERMERGE_MATCH_INTERNAL_GEMM_H_
#define LADDERMERGE_MATCH_INTERNAL_GEMM_H_

#include <cstdint>

namespace laddermerge::internal {

// out[i * rows_b + j] = dot(a + i * depth, b + j * depth) for i < rows_a,
// j < rows_b; a, b and out are row-major and must not overlap. Single
// threaded, thread-safe. 2 * rows_a * rows_b * depth flops.
void MultiplyTransposed(const float* a, int64_t rows_a, const float* b,
                        int64_t rows_b, int64_t depth, float* out);

// The instruction set the kernel was compiled for, e.g. "AVX2 FMA".
const char* GemmInstructionSet();

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_MATCH_INTERNAL_GEMM_H_
