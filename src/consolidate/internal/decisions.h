// Applying reviewers' decisions to a MergeResult (see ResolveDecisions in
// consolidate.h for the first half).
#ifndef LADDERMERGE_CONSOLIDATE_INTERNAL_DECISIONS_H_
#define LADDERMERGE_CONSOLIDATE_INTERNAL_DECISIONS_H_

#include "consolidate/consolidate.h"

namespace laddermerge::internal {

// Sets the canonical wording of every pinned cluster (later pins win).
void ApplyPinnedWordings(const ResolvedDecisions& decisions,
                         MergeResult* result);

// Copies the decisions into result->decisions and settles `applied` and
// `note` against the final clusters.
void SettleDecisions(const ResolvedDecisions& decisions, MergeResult* result);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_CONSOLIDATE_INTERNAL_DECISIONS_H_
