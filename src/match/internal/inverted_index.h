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

// Ends every list, so that a scan bounded by a row id needs no end test.
inline constexpr Posting kSentinel = {0xFFFFFFFFu, 0.0f};

struct InvertedIndex {
  // Term t's postings are [begin(t), end(t)), and *end(t) is kSentinel; zero
  // weights are left out.
  std::vector<uint64_t> offsets;  // Start of each list; cols + 1 entries.
  std::vector<Posting> postings;

  const Posting* begin(uint32_t t) const {
    return postings.data() + offsets[t];
  }
  const Posting* end(uint32_t t) const {
    return postings.data() + offsets[t + 1] - 1;
  }
  uint64_t length(uint32_t t) const { return offsets[t + 1] - offsets[t] - 1; }

  std::vector<float> max_value;  // Largest weight of each term (0 if none).
  double max_row_norm = 0;       // Largest L2 norm of a row.
  bool non_negative = true;      // No weight is negative.

  // Heavy terms are the frequent ones (df >= max(16, rows / 128)), whose
  // long lists a pruned search would rather not walk. heavy_norm[i] is the
  // L2 norm of internal row i restricted to heavy terms: the pruned search
  // bounds what heavy terms can add to a candidate by it.
  std::vector<uint8_t> heavy;     // 1 for heavy terms, by term.
  std::vector<float> heavy_norm;  // By internal row.
  double max_heavy_norm = 0;
};

// Two counting passes over `m`: O(nnz + cols + rows).
InvertedIndex BuildInvertedIndex(const SparseMatrix& m,
                                 const GroupLayout& layout);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_MATCH_INTERNAL_INVERTED_INDEX_H_
