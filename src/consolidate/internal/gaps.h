// Gaps and overlap: what each ladder lacks that others have, and how much
// of each ladder has a counterpart in each other ladder.
#ifndef LADDERMERGE_CONSOLIDATE_INTERNAL_GAPS_H_
#define LADDERMERGE_CONSOLIDATE_INTERNAL_GAPS_H_

#include <cstdint>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"

#include "consolidate/consolidate.h"

namespace laddermerge::internal {

// For every statement and ladder, the best-scoring statement of that ladder
// (exact, from one top-1 search per ladder), or none.
struct BestPerLadder {
  size_t ladders = 0;
  std::vector<float> score;        // [statement * ladders + ladder]
  std::vector<int64_t> statement;  // Same layout; -1 when none.
};

// Errors: those of FindTopMatches. O(ladders) searches over all rows.
absl::StatusOr<BestPerLadder> FindBestPerLadder(
    const PairScorer& scorer, absl::Span<const uint32_t> ladder_of,
    size_t ladders);

// Fills result->gaps: for each ladder, every cluster it has no member in,
// with confidence 1 - (the ladder's best score to any member) /
// options.gap_covered_score (clamped to [0, 1]), those below
// options.gap_min_confidence left out; ordered by area, then most ladders
// first, then most confident, then cluster order.
void BuildGaps(const BestPerLadder& best, const ConsolidateOptions& options,
               MergeResult* result);

// Fills result->overlap from the clusters and areas.
void BuildOverlap(MergeResult* result);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_CONSOLIDATE_INTERNAL_GAPS_H_
