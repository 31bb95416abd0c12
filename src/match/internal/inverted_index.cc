#include "match/internal/inverted_index.h"

#include <algorithm>
#include <cmath>

namespace laddermerge::internal {

InvertedIndex BuildInvertedIndex(const SparseMatrix& m,
                                 const GroupLayout& layout) {
  InvertedIndex index;
  index.offsets.assign(size_t{m.cols} + 1, 0);
  index.max_value.assign(m.cols, 0.0f);
  for (uint64_t p = 0; p < m.nnz(); ++p) {
    if (m.value[p] != 0.0f) ++index.offsets[m.col[p] + 1];
  }
  for (uint32_t t = 0; t < m.cols; ++t) {
    index.offsets[t + 1] += index.offsets[t];
  }
  index.postings.resize(index.offsets.back());
  std::vector<uint64_t> next(index.offsets.begin(), index.offsets.end() - 1);
  for (uint32_t i = 0; i < m.rows; ++i) {
    const uint32_t row = layout.original(i);
    double norm2 = 0;
    for (uint64_t p = m.row_ptr[row]; p < m.row_ptr[row + 1]; ++p) {
      const float v = m.value[p];
      norm2 += double{v} * v;
      if (v == 0.0f) continue;
      const uint32_t t = m.col[p];
      index.postings[next[t]++] = Posting{i, v};
      index.max_value[t] = std::max(index.max_value[t], v);
      if (v < 0.0f) index.non_negative = false;
    }
    index.max_row_norm = std::max(index.max_row_norm, std::sqrt(norm2));
  }
  return index;
}

}  // namespace laddermerge::internal
