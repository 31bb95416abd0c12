// Matrix value types shared by vectorize (which builds them) and match (which
// multiplies them). Plain storage, no Eigen in this header, so that only the
// few translation units doing dense math pay Eigen's compile cost.
//
//   SparseMatrix m = ...;                     // one L2-normalized row per
//   statement for (uint64_t p = m.row_ptr[r]; p < m.row_ptr[r + 1]; ++p)
//     Use(m.col[p], m.value[p]);
#ifndef LADDERMERGE_COMMON_MATRIX_H_
#define LADDERMERGE_COMMON_MATRIX_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace laddermerge {

// Compressed sparse rows. Within a row, column ids are strictly increasing.
struct SparseMatrix {
  uint32_t rows = 0;
  uint32_t cols = 0;
  std::vector<uint64_t> row_ptr = {0};  // rows + 1 entries; row_ptr[0] == 0.
  std::vector<uint32_t> col;            // row_ptr[rows] entries.
  std::vector<float> value;             // Same length as col.

  uint64_t nnz() const { return row_ptr.back(); }
};

// Dense rows, row-major: element (r, c) is data[r * cols + c].
struct DenseMatrix {
  uint32_t rows = 0;
  uint32_t cols = 0;
  std::vector<float> data;

  const float* row(uint32_t r) const { return data.data() + size_t{r} * cols; }
  float* row(uint32_t r) { return data.data() + size_t{r} * cols; }
};

}  // namespace laddermerge

#endif  // LADDERMERGE_COMMON_MATRIX_H_
