// The one dense kernel of the match stage: a block of rows times another
// block of rows transposed. It is the only translation unit that includes
// Eigen, so that Eigen's compile cost and instruction set choice stay here.
//
// Instruction set. The library is built for LADDERMERGE_SIMD (CMake option):
// portable (x86-64-v2, SSE4.2, the default), avx2 (x86-64-v3) or avx512
// (x86-64-v4). Measured on the 2-core AMD EPYC (Zen 4) build machine with
// bench/match_benchmark.cc, 4096 x 256 blocks, one thread: portable 33,
// avx2 81, avx512 92 GFLOP/s; the all-pairs top-k at N = 20k, d = 256 runs at
// 90-95% of that in each build. Building with -DLADDERMERGE_SIMD=avx512 (or
// avx2 on CPUs without AVX-512) makes the dense path 2.5-3x faster.
// There is no run-time dispatch: compiling Eigen into several translation
// units with different -march flags would give its inline functions and
// template instances one name with different code (an ODR violation: the
// linker keeps any one copy, possibly an AVX one on the portable path).
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
