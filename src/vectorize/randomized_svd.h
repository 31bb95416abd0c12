// Truncated SVD of a sparse matrix by randomized range finding (Halko,
// Martinsson & Tropp 2011): Y = A * Omega with a Gaussian Omega, a few power
// iterations, an orthonormal basis Q of Y, then the small eigenproblem of
// (Q^T A)(Q^T A)^T. Used to build word vectors (tools/) and for LSA.
//
//   TruncatedSvd svd = RandomizedSvd(ppmi, {.rank = 256});
//   // svd.u: ppmi.rows x 256, svd.singular_values: 256, largest first
//
// Deterministic: Omega comes from a fixed-seed generator of our own, and
// Eigen runs single-threaded here.
#ifndef LADDERMERGE_VECTORIZE_RANDOMIZED_SVD_H_
#define LADDERMERGE_VECTORIZE_RANDOMIZED_SVD_H_

#include <cstdint>
#include <vector>

#include "common/matrix.h"

namespace laddermerge {

struct RandomizedSvdOptions {
  uint32_t rank = 256;         // Singular triplets kept.
  uint32_t oversampling = 16;  // Extra random directions for accuracy.
  int power_iterations = 3;    // Passes of A A^T to sharpen the spectrum.
  uint64_t seed = 20240611;    // Seed of Omega.
};

struct TruncatedSvd {
  DenseMatrix u;                        // rows x rank, orthonormal columns.
  std::vector<double> singular_values;  // rank values, largest first.
};

// The leading min(rank, rows, cols) singular triplets' left vectors and
// values of `a`. O(nnz(a) * (rank + oversampling) * (2 * power_iterations +
// 2) + rows * (rank + oversampling)^2).
TruncatedSvd RandomizedSvd(const SparseMatrix& a,
                           const RandomizedSvdOptions& options);

}  // namespace laddermerge

#endif  // LADDERMERGE_VECTORIZE_RANDOMIZED_SVD_H_
