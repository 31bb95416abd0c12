// Cluster: the sixth pipeline stage. Groups statements that express the same
// expectation, across ladders, into clusters: every statement in exactly one
// cluster, singletons included.
//
//   StatementVectors vectors = ...;           // from Vectorize
//   std::vector<uint32_t> ladder_of = ...;    // ladder index of every row
//   LM_ASSIGN_OR_RETURN(Clustering clustering,
//                       ClusterStatements(vectors, ladder_of,
//                                         ClusterConstraints(),
//                                         ClusterOptions()));
//   for (const std::vector<uint32_t>& members : clustering.clusters) ...
//
// How. Candidate links come from the matching core: for every statement its
// top-k statements of the other ladders, kept only when the two are each
// other's best match within each other's ladder (a mutual best match, the
// precision filter that keeps clusters from chaining), plus near-identical
// statements of the same ladder (a ladder that repeats a bullet at several
// levels). Clusters then merge agglomeratively, best link first, while their
// linkage (average or complete, over every pair of members, scored exactly)
// stays at or above `min_similarity`. Two statements of one ladder may share a
// cluster only when they truly repeat (score >= `repeat_similarity`), so a
// cluster never absorbs a ladder's neighbouring, merely related bullets.
//
// Determinism: links are processed in order of (score, then statement
// indices), scores are summed in member order, so the result is the same for
// every thread count.
#ifndef LADDERMERGE_CLUSTER_CLUSTER_H_
#define LADDERMERGE_CLUSTER_CLUSTER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

#include "match/match.h"
#include "vectorize/vectorize.h"

namespace laddermerge {

// How the similarity of two clusters is computed from their members' pair
// scores.
enum class Linkage {
  kAverage,   // Mean over all member pairs.
  kComplete,  // Minimum over all member pairs (the strictest).
};

// "average" or "complete" -> the linkage; InvalidArgument otherwise.
absl::StatusOr<Linkage> ParseLinkage(absl::string_view name);

struct ClusterOptions {
  // Cluster linkage and the score it must reach for two clusters to merge.
  // Defaults measured with scripts/eval_ladders.sh on corpora/ and checked
  // on real ladders (see README, "Measured quality").
  Linkage linkage = Linkage::kAverage;
  double min_similarity = 0.25;
  // Candidate links need a score of at least this (before linkage).
  double min_link_score = 0.25;
  // Two statements of the same ladder share a cluster only when their score
  // is at least this: the ladder repeats itself (the same bullet at several
  // levels), rather than saying two related things.
  double repeat_similarity = 0.90;
  // A cross-ladder link is a candidate only when each statement is among the
  // other's `mutual_rank` best matches within the other's ladder; 0 turns the
  // filter off (every top-k match is a candidate).
  int mutual_rank = 1;
  // Matches searched per statement (at least 2 per other ladder are used).
  int neighbors = 10;
  // Worker threads for the match searches; 0 means all hardware threads.
  int threads = 0;
};

// Reviewers' decisions, as statement index pairs (see SPEC "decisions").
struct ClusterConstraints {
  // Pairs that must share a cluster, whatever their scores.
  std::vector<std::pair<uint32_t, uint32_t>> together;
  // Pairs that must never share a cluster. A pair in both lists is kept apart.
  std::vector<std::pair<uint32_t, uint32_t>> apart;
};

// A partition of the statements (rows) into clusters.
struct Clustering {
  // Members of each cluster in increasing row order; clusters ordered by
  // their first member. Every row is in exactly one cluster.
  std::vector<std::vector<uint32_t>> clusters;
  // cluster_of[row]: index into `clusters`.
  std::vector<uint32_t> cluster_of;
};

// One clustering algorithm. Immutable after construction: one object may
// serve several threads at once.
class Clusterer {
 public:
  virtual ~Clusterer() = default;

  // Clusters the rows `scorer` scores; `ladder_of[row]` is each row's
  // ladder. Errors: InvalidArgument when ladder_of has the wrong length or a
  // constraint names a row out of range; those of the scorer's searches.
  virtual absl::StatusOr<Clustering> Cluster(
      const PairScorer& scorer, absl::Span<const uint32_t> ladder_of,
      const ClusterConstraints& constraints) const = 0;
};

// The agglomerative clusterer configured by `options`. InvalidArgument when
// an option is out of range (negative neighbours or threads, mutual_rank < 0,
// thresholds not finite).
absl::StatusOr<std::unique_ptr<Clusterer>> CreateClusterer(
    const ClusterOptions& options);

// CreateClusterer(options) then Cluster(...). Cost: two top-k searches
// (see match.h), then O(links * log links) heap work plus, per merge, the
// member pairs of the two clusters scored (O(|A| |B|) scorer calls).
absl::StatusOr<Clustering> ClusterStatements(
    const PairScorer& scorer, absl::Span<const uint32_t> ladder_of,
    const ClusterConstraints& constraints, const ClusterOptions& options);

// The same on `vectors`, through a scorer that uses all their parts.
absl::StatusOr<Clustering> ClusterStatements(
    const StatementVectors& vectors, absl::Span<const uint32_t> ladder_of,
    const ClusterConstraints& constraints, const ClusterOptions& options);

// The same agglomeration over any n items: merges clusters joined by a
// candidate pair, best linkage first, while the linkage of `score` over all
// member pairs stays at or above min_similarity. No ladder rule, no
// constraints. Used to group competency headings into areas. `score` must be
// symmetric; pairs must be < n. Deterministic.
Clustering ClusterItems(size_t n,
                        absl::Span<const std::pair<uint32_t, uint32_t>> pairs,
                        absl::FunctionRef<double(uint32_t, uint32_t)> score,
                        Linkage linkage, double min_similarity);

}  // namespace laddermerge

#endif  // LADDERMERGE_CLUSTER_CLUSTER_H_
