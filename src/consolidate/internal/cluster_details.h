// From a Clustering to the clusters a reviewer reads: the canonical wording
// (the most central member), cohesion, and for every member its link to the
// canonical statement (same, broader, narrower), its score and the shared
// terms that drove the score.
#ifndef LADDERMERGE_CONSOLIDATE_INTERNAL_CLUSTER_DETAILS_H_
#define LADDERMERGE_CONSOLIDATE_INTERNAL_CLUSTER_DETAILS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/types/span.h"

#include "consolidate/consolidate.h"

namespace laddermerge::internal {

// The content words of every statement: case-folded, stemmed, stop words
// removed, each word once, sorted. From a tokenization with English stop
// words on.
std::vector<std::vector<std::string>> ContentTermSets(
    const TokenCorpus& content);

// How `member` relates to `canonical` by word containment: narrower when the
// canonical statement holds at least `containment` of the member's content
// words and has `extra_words` more; broader in the opposite case; else same.
LinkType ContainmentLink(absl::Span<const std::string> member,
                         absl::Span<const std::string> canonical,
                         double containment, int extra_words);

// The member with the largest summed score to the others; ties go to the
// shorter text, then the lower index. `members` is non-empty.
uint32_t MostCentral(absl::Span<const uint32_t> members,
                     const std::vector<Statement>& statements,
                     absl::FunctionRef<double(uint32_t, uint32_t)> score);

// The cluster input.clustering.clusters[index] as a reviewer reads it: id
// "c<index + 1>", canonical statement, cohesion, and each member's link,
// score and evidence. Needs result.statements and statement_ladder.
Cluster DescribeCluster(const ConsolidateInput& input,
                        const std::vector<std::vector<std::string>>& terms,
                        const ConsolidateOptions& options,
                        const MergeResult& result, size_t index);

// Fills result->clusters with every cluster of input.clustering, described
// in parallel (options.threads); the result does not depend on threads.
void BuildClusters(const ConsolidateInput& input,
                   const std::vector<std::vector<std::string>>& content_terms,
                   const ConsolidateOptions& options, MergeResult* result);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_CONSOLIDATE_INTERNAL_CLUSTER_DETAILS_H_
