#include "match/internal/block_results.h"

#include <utility>

namespace laddermerge::internal {

TopMatches AssembleBlocks(std::vector<BlockResults>& blocks) {
  TopMatches top;
  size_t rows = 0;
  size_t total = 0;
  for (const BlockResults& b : blocks) {
    rows += b.counts.size();
    total += b.neighbors.size();
  }
  top.row_ptr.reserve(rows + 1);
  top.neighbors.reserve(total);
  for (BlockResults& b : blocks) {
    for (uint32_t count : b.counts) {
      top.row_ptr.push_back(top.row_ptr.back() + count);
    }
    top.neighbors.insert(top.neighbors.end(), b.neighbors.begin(),
                         b.neighbors.end());
    b = BlockResults();  // Frees memory as we go.
  }
  return top;
}

TopMatches ToOriginalOrder(TopMatches in_internal_order,
                           const GroupLayout& layout) {
  if (layout.identity()) return in_internal_order;
  const TopMatches& in = in_internal_order;
  const uint32_t rows = in.rows();
  TopMatches out;
  out.row_ptr.assign(size_t{rows} + 1, 0);
  for (uint32_t r = 0; r < rows; ++r) {
    out.row_ptr[r + 1] = out.row_ptr[r] + in.of(layout.internal(r)).size();
  }
  out.neighbors.reserve(in.neighbors.size());
  for (uint32_t r = 0; r < rows; ++r) {
    const absl::Span<const Neighbor> list = in.of(layout.internal(r));
    out.neighbors.insert(out.neighbors.end(), list.begin(), list.end());
  }
  return out;
}

}  // namespace laddermerge::internal
