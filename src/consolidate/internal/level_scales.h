// The level scales of a merge: every track name shared by the ladders gets
// one joint scale (a LevelProfile over all ladders with that track), and
// tracks that can only be compared across names (a ladder with a single
// track against another's tracks) get a scale of their own two members.
// From the scales come the level alignments, the level shifts and the
// framework's levels.
#ifndef LADDERMERGE_CONSOLIDATE_INTERNAL_LEVEL_SCALES_H_
#define LADDERMERGE_CONSOLIDATE_INTERNAL_LEVEL_SCALES_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"

#include "common/ladder.h"
#include "consolidate/consolidate.h"
#include "consolidate/internal/level_evidence.h"
#include "consolidate/internal/level_profile.h"

namespace laddermerge::internal {

struct TrackGroup {
  bool joint = false;                // All members share one track name.
  std::vector<TrackMember> members;  // In ladder order.
  // evidence[a * members.size() + b]: a's levels x b's levels (a != b).
  std::vector<LevelEvidence> evidence;
  LevelProfile profile;

  const LevelEvidence& Evidence(int a, int b) const {
    return evidence[size_t(a) * members.size() + b];
  }
};

// Every track of every ladder with its levels (Ladder::tracks order, then
// levels found only on statements) and rows. Statements without a level are
// left out. O(statements).
std::vector<TrackMember> CollectTrackMembers(const Corpus& corpus);

// The joint group of every track name (first-seen order; a name only one
// ladder has gives a one-member group), then the cross-name pairs. Errors:
// those of the match stage.
absl::StatusOr<std::vector<TrackGroup>> BuildTrackGroups(
    const Corpus& corpus, const PairScorer& scorer,
    const LevelOptions& options);

// The alignment of members a and b of `group` (a's levels -> b's).
LevelAlignment AlignmentBetween(const TrackGroup& group, int a, int b);

// Every alignment between members of different ladders, pairs in ladder
// order (a's ladder before b's).
std::vector<LevelAlignment> AllAlignments(
    const std::vector<TrackGroup>& groups);

// Clusters whose members sit at levels that do not overlap in a joint scale:
// one ladder expects the same thing earlier than another. Only pairs scoring
// at least min_score; most similar first, then most levels apart. Needs
// result.clusters, statements and statement_ladder.
std::vector<LevelShift> FindLevelShifts(const std::vector<TrackGroup>& groups,
                                        const MergeResult& result,
                                        const PairScorer& scorer,
                                        double min_score);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_CONSOLIDATE_INTERNAL_LEVEL_SCALES_H_
