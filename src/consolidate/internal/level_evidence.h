// How strongly the levels of two ladders' tracks correspond, measured from
// their statements: mutual best matches between the two tracks vote for the
// pair of levels they sit at.
//
//   LM_ASSIGN_OR_RETURN(LevelEvidence e,
//                       MeasureLevelEvidence(scorer, a, b, 0.25));
//   e.normalized[i * b.levels.size() + j];  // level i of a vs level j of b
#ifndef LADDERMERGE_CONSOLIDATE_INTERNAL_LEVEL_EVIDENCE_H_
#define LADDERMERGE_CONSOLIDATE_INTERNAL_LEVEL_EVIDENCE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"

#include "match/match.h"

namespace laddermerge::internal {

// One track of one ladder: its levels in order and their statements' rows.
struct TrackMember {
  uint32_t ladder = 0;
  std::string track;
  std::vector<std::string> levels;                // Junior first.
  std::vector<std::vector<uint32_t>> level_rows;  // Rows per level.
};

struct LevelEvidence {
  // levels(a) x levels(b), row-major.
  std::vector<double> votes;       // Summed scores of the mutual best pairs.
  std::vector<double> normalized;  // votes / sqrt(|level i| |level j|).
};

// Pairs each statement of `a` with its best match in `b` and back; a pair
// that is mutual and scores at least min_vote_score adds its score to its
// levels' cell. Errors: those of FindTopMatches.
absl::StatusOr<LevelEvidence> MeasureLevelEvidence(const PairScorer& scorer,
                                                   const TrackMember& a,
                                                   const TrackMember& b,
                                                   double min_vote_score);

// The transpose of `e` (b's view of a), given a's and b's level counts.
LevelEvidence Transposed(const LevelEvidence& e, size_t levels_a,
                         size_t levels_b);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_CONSOLIDATE_INTERNAL_LEVEL_EVIDENCE_H_
