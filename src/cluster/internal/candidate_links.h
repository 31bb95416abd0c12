// Candidate links for clustering: which pairs of statements are worth
// considering at all, read off the matching core's top-k lists.
//
//   std::vector<Link> links = CandidateLinks(cross, repeats, ladder_of,
//                                            rules);
//
// A cross-ladder pair (a, b) is a candidate when b is among a's
// `mutual_rank` best matches within b's ladder and a among b's within a's
// ladder. A same-ladder pair is a candidate when it scores at least
// `repeat_similarity`: the ladder repeats itself.
#ifndef LADDERMERGE_CLUSTER_INTERNAL_CANDIDATE_LINKS_H_
#define LADDERMERGE_CLUSTER_INTERNAL_CANDIDATE_LINKS_H_

#include <cstdint>
#include <vector>

#include "absl/types/span.h"

#include "match/match.h"

namespace laddermerge::internal {

// A pair of rows, a < b, and its score.
struct Link {
  double score = 0;
  uint32_t a = 0;
  uint32_t b = 0;
};

struct LinkRules {
  double min_score = 0;          // Links scoring less are dropped.
  int mutual_rank = 1;           // 0: no mutual filter.
  double repeat_similarity = 1;  // Same-ladder links need this score.
};

// The rank of every entry of `matches` among the entries of its row that
// belong to the same ladder: 0 for the row's best match in that ladder.
// Parallel to matches.neighbors. O(N k^2) worst case, O(N k) typically.
std::vector<uint32_t> RanksWithinLadder(const TopMatches& matches,
                                        absl::Span<const uint32_t> ladder_of);

// Candidate links from `cross` (top-k with the other-ladders mask) and
// `repeats` (top-k without a mask; only its same-ladder pairs are used),
// each pair once, sorted by (a, b). Requires both to have one row per entry
// of ladder_of.
std::vector<Link> CandidateLinks(const TopMatches& cross,
                                 const TopMatches& repeats,
                                 absl::Span<const uint32_t> ladder_of,
                                 const LinkRules& rules);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_CLUSTER_INTERNAL_CANDIDATE_LINKS_H_
