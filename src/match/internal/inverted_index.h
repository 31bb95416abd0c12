// The sparse matrix by column: for each term, the rows that contain it with
// their weights, in increasing internal row order (see GroupLayout), plus the
// per-term and per-row maxima that the pruning bounds need.
#ifndef LADDERMERGE_MATCH_INTERNAL_INVERTED_INDEX_H_
#define LADDERMERGE_MATCH_INTERNAL_INVERTED_INDEX_H_

#include <cstdint>
#include <vector>

#include "common/matrix.h"
#include "match/internal/group_layout.h"

namespace laddermerge::internal {

struct Posting {
  uint32_t row;  // Internal row id.
  float value;
};

struct InvertedIndex {
  // Term t's postings are postings[offsets[t] .. offsets[t + 1]); zero
  // weights are left out.
  std::vector<uint64_t> offsets;
  std::vector<Posting> postings;
  std::vector<float> max_value;  // Largest weight of each term (0 if none).
  double max_row_norm = 0;       // Largest L2 norm of a row.
  bool non_negative = true;      // No weight is negative.
};

// Two counting passes over `m`: O(nnz + cols + rows).
InvertedIndex BuildInvertedIndex(const SparseMatrix& m,
                                 const GroupLayout& layout);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_MATCH_INTERNAL_INVERTED_INDEX_H_
