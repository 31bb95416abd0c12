// The proposed consolidated framework: one track per track name, its levels
// the columns of that track's joint level scale (named after the levels they
// join: "L3 / Engineer II / Lead Engineer"), and each cluster placed once,
// in the track most of its members belong to, at the median of the levels
// where each ladder first expects it.
#ifndef LADDERMERGE_CONSOLIDATE_INTERNAL_FRAMEWORK_H_
#define LADDERMERGE_CONSOLIDATE_INTERNAL_FRAMEWORK_H_

#include <vector>

#include "consolidate/consolidate.h"
#include "consolidate/internal/level_scales.h"

namespace laddermerge::internal {

// Needs result's statements, clusters (with areas) and ladders.
Framework BuildFramework(const std::vector<TrackGroup>& groups,
                         const MergeResult& result);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_CONSOLIDATE_INTERNAL_FRAMEWORK_H_
