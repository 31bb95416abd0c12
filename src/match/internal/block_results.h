// Per-block top-k lists and their assembly into one TopMatches in row order,
// which is what makes the output independent of the thread count.
#ifndef LADDERMERGE_MATCH_INTERNAL_BLOCK_RESULTS_H_
#define LADDERMERGE_MATCH_INTERNAL_BLOCK_RESULTS_H_

#include <cstdint>
#include <vector>

#include "match/internal/group_layout.h"
#include "match/match.h"

namespace laddermerge::internal {

// The lists of the consecutive rows of one block, best first per row.
struct BlockResults {
  std::vector<uint32_t> counts;  // Matches of each row of the block.
  std::vector<Neighbor> neighbors;
};

// Concatenates the blocks in order; O(N k).
TopMatches AssembleBlocks(std::vector<BlockResults>& blocks);

// `in_internal_order` has one list per internal row of `layout`; returns the
// lists in original row order. O(N k).
TopMatches ToOriginalOrder(TopMatches in_internal_order,
                           const GroupLayout& layout);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_MATCH_INTERNAL_BLOCK_RESULTS_H_
