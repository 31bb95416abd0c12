// Constrained agglomerative clustering over a sparse set of candidate links.
//
//   Clustering c = Agglomerate(n, links, ladder_of, constraints, rules,
//                              [&](uint32_t a, uint32_t b) {
//                                return Score(vectors, a, b);
//                              });
//
// Starts from singletons (after joining the `together` pairs), then
// repeatedly takes the pair of clusters with the highest linkage among those
// joined by a candidate link and merges them if
//   - their linkage is at least rules.min_similarity,
//   - no `apart` pair would end up in one cluster, and
//   - every two members of the same ladder score at least
//     rules.repeat_similarity.
// A blocked pair is never retried: growing clusters only adds conflicts.
// Linkages are kept in a max-heap keyed by their value when pushed; an entry
// whose clusters have changed since is rescored when it comes to the top and
// pushed again. Merged clusters are linked only through their members'
// candidate links, which keeps the work proportional to the links, not n^2.
#ifndef LADDERMERGE_CLUSTER_INTERNAL_AGGLOMERATE_H_
#define LADDERMERGE_CLUSTER_INTERNAL_AGGLOMERATE_H_

#include <cstdint>

#include "absl/functional/function_ref.h"
#include "absl/types/span.h"

#include "cluster/cluster.h"
#include "cluster/internal/candidate_links.h"

namespace laddermerge::internal {

struct AgglomerationRules {
  Linkage linkage = Linkage::kAverage;
  double min_similarity = 0;
  double repeat_similarity = 1;
};

// Clusters rows [0, n). `score(a, b)` must be symmetric and deterministic.
// Requires ladder_of.size() == n and constraint rows < n. Ties between equal
// linkages are broken by the smaller (a, b) of the link, so the result is
// deterministic. Cost: O(links log links) heap operations, each merge or
// recomputation O(|A| |B|) score calls.
Clustering Agglomerate(size_t n, absl::Span<const Link> links,
                       absl::Span<const uint32_t> ladder_of,
                       const ClusterConstraints& constraints,
                       const AgglomerationRules& rules,
                       absl::FunctionRef<double(uint32_t, uint32_t)> score);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_CLUSTER_INTERNAL_AGGLOMERATE_H_
