#include "match/internal/inverted_index.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace laddermerge::internal {

InvertedIndex BuildInvertedIndex(const SparseMatrix& m,
                                 const GroupLayout& layout) {
  InvertedIndex index;
  index.offsets.assign(size_t{m.cols} + 1, 0);
  index.max_value.assign(m.cols, 0.0f);
  for (uint64_t p = 0; p < m.nnz(); ++p) {
    if (m.value[p] != 0.0f) ++index.offsets[m.col[p] + 1];
  }
  const uint64_t heavy_df = std::max<uint64_t>(16, m.rows / 128);
  index.heavy.resize(m.cols);
  for (uint32_t t = 0; t < m.cols; ++t) {
    index.heavy[t] = index.offsets[t + 1] >= heavy_df;
    index.offsets[t + 1] += index.offsets[t] + 1;  // + 1 for the sentinel.
  }
  index.postings.assign(index.offsets.back(), kSentinel);
  index.heavy_norm.resize(m.rows);
  std::vector<uint64_t> next(index.offsets.begin(), index.offsets.end() - 1);
  for (uint32_t i = 0; i < m.rows; ++i) {
    const uint32_t row = layout.original(i);
    double norm2 = 0, heavy2 = 0;
    for (uint64_t p = m.row_ptr[row]; p < m.row_ptr[row + 1]; ++p) {
      const float v = m.value[p];
      const uint32_t t = m.col[p];
      norm2 += double{v} * v;
      if (index.heavy[t]) heavy2 += double{v} * v;
      if (v == 0.0f) continue;
      index.postings[next[t]++] = Posting{i, v};
      index.max_value[t] = std::max(index.max_value[t], v);
      if (v < 0.0f) index.non_negative = false;
    }
    index.max_row_norm = std::max(index.max_row_norm, std::sqrt(norm2));
    // Rounded up so that the float never understates the norm.
    index.heavy_norm[i] = std::nextafter(static_cast<float>(std::sqrt(heavy2)),
                                         std::numeric_limits<float>::max());
    index.max_heavy_norm =
        std::max<double>(index.max_heavy_norm, index.heavy_norm[i]);
  }
  return index;
}

}  // namespace laddermerge::internal
