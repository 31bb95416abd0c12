// SelectRows (matchers.h).
#include "match/internal/matchers.h"

namespace laddermerge::internal {

StatementVectors SelectRows(const StatementVectors& vectors,
                            absl::Span<const uint32_t> rows) {
  StatementVectors out;
  out.sparse.rows = static_cast<uint32_t>(rows.size());
  out.sparse.cols = vectors.sparse.cols;
  out.dense.rows = static_cast<uint32_t>(rows.size());
  out.dense.cols = vectors.dense.cols;
  out.dense.data.reserve(rows.size() * vectors.dense.cols);
  for (const uint32_t row : rows) {
    const SparseMatrix& s = vectors.sparse;
    if (row < s.rows) {
      for (uint64_t p = s.row_ptr[row]; p < s.row_ptr[row + 1]; ++p) {
        out.sparse.col.push_back(s.col[p]);
        out.sparse.value.push_back(s.value[p]);
      }
    }
    out.sparse.row_ptr.push_back(out.sparse.col.size());
    if (vectors.dense.cols > 0) {
      const float* d = vectors.dense.row(row);
      out.dense.data.insert(out.dense.data.end(), d, d + vectors.dense.cols);
    }
  }
  return out;
}

}  // namespace laddermerge::internal
