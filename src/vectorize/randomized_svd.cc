#include "vectorize/randomized_svd.h"

#include <algorithm>
#include <cmath>

#include <Eigen/Dense>
#include <Eigen/SparseCore>

namespace laddermerge {
namespace {

using Matrix = Eigen::MatrixXd;
using Sparse = Eigen::SparseMatrix<double, Eigen::RowMajor, int64_t>;

Sparse ToEigen(const SparseMatrix& a) {
  std::vector<Eigen::Triplet<double, int64_t>> triplets;
  triplets.reserve(a.nnz());
  for (uint32_t r = 0; r < a.rows; ++r) {
    for (uint64_t p = a.row_ptr[r]; p < a.row_ptr[r + 1]; ++p) {
      triplets.emplace_back(r, a.col[p], a.value[p]);
    }
  }
  Sparse m(a.rows, a.cols);
  m.setFromTriplets(triplets.begin(), triplets.end());
  return m;
}

// Standard normal numbers from splitmix64 + Box-Muller: the same on every
// platform, unlike std::normal_distribution.
Matrix GaussianMatrix(int64_t rows, int64_t cols, uint64_t seed) {
  uint64_t state = seed;
  auto next_uniform = [&state] {
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return (static_cast<double>(z >> 11) + 0.5) * 0x1.0p-53;
  };
  Matrix m(rows, cols);
  for (int64_t c = 0; c < cols; ++c) {
    for (int64_t r = 0; r < rows; ++r) {
      const double u1 = next_uniform();
      const double u2 = next_uniform();
      m(r, c) =
          std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
  }
  return m;
}

// An orthonormal basis of the column space of y via its Gram matrix
// (Cholesky-QR done with a symmetric eigensolver, applied twice for
// stability); directions with negligible energy are dropped.
Matrix Orthonormalize(const Matrix& y) {
  Matrix q = y;
  for (int pass = 0; pass < 2; ++pass) {
    const Matrix gram = q.transpose() * q;
    Eigen::SelfAdjointEigenSolver<Matrix> eig(gram);
    const double top = eig.eigenvalues().maxCoeff();
    std::vector<int64_t> keep;
    for (int64_t i = 0; i < gram.rows(); ++i) {
      if (eig.eigenvalues()(i) > top * 1e-12) keep.push_back(i);
    }
    Matrix scale(gram.rows(), static_cast<int64_t>(keep.size()));
    for (size_t k = 0; k < keep.size(); ++k) {
      scale.col(static_cast<int64_t>(k)) =
          eig.eigenvectors().col(keep[k]) /
          std::sqrt(eig.eigenvalues()(keep[k]));
    }
    q = q * scale;
  }
  return q;
}

}  // namespace

TruncatedSvd RandomizedSvd(const SparseMatrix& a,
                           const RandomizedSvdOptions& options) {
  const Sparse m = ToEigen(a);
  const Sparse mt = m.transpose();
  const int64_t limit = std::min<int64_t>(a.rows, a.cols);
  const int64_t rank = std::min<int64_t>(options.rank, limit);
  const int64_t width = std::min<int64_t>(rank + options.oversampling, limit);
  TruncatedSvd result;
  if (rank <= 0) return result;
  Matrix q = Orthonormalize(m * GaussianMatrix(a.cols, width, options.seed));
  for (int i = 0; i < options.power_iterations; ++i) {
    q = Orthonormalize(m * Orthonormalize(mt * q));
  }
  const Matrix z = mt * q;  // (Q^T A)^T
  Eigen::SelfAdjointEigenSolver<Matrix> eig(z.transpose() * z);
  const int64_t n = eig.eigenvalues().size();
  const int64_t kept = std::min<int64_t>(rank, n);
  // Eigenvalues come in increasing order; take the largest.
  Matrix u_small(n, kept);
  for (int64_t k = 0; k < kept; ++k) {
    u_small.col(k) = eig.eigenvectors().col(n - 1 - k);
    result.singular_values.push_back(
        std::sqrt(std::max(0.0, eig.eigenvalues()(n - 1 - k))));
  }
  const Matrix u = q * u_small;
  result.u.rows = a.rows;
  result.u.cols = static_cast<uint32_t>(kept);
  result.u.data.resize(size_t{a.rows} * kept);
  for (uint32_t r = 0; r < a.rows; ++r) {
    for (int64_t k = 0; k < kept; ++k) {
      result.u.row(r)[k] = static_cast<float>(u(r, k));
    }
  }
  return result;
}

}  // namespace laddermerge
