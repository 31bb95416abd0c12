#include "cluster/cluster.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "cluster/internal/agglomerate.h"
#include "cluster/internal/candidate_links.h"
#include "common/status_macros.h"
#include "match/match.h"

namespace laddermerge {
namespace {

// Matches kept per same-ladder search: enough to find a bullet repeated at
// several levels (the rest join through the links of those found).
constexpr int kRepeatNeighbors = 5;

absl::Status ValidateInput(uint32_t rows, absl::Span<const uint32_t> ladder_of,
                           const ClusterConstraints& constraints) {
  if (ladder_of.size() != rows) {
    return absl::InvalidArgumentError(
        absl::StrCat("clustering: ", ladder_of.size(), " ladder ids for ", rows,
                     " statements"));
  }
  for (const auto* pairs : {&constraints.together, &constraints.apart}) {
    for (const auto& [a, b] : *pairs) {
      if (a >= rows || b >= rows) {
        return absl::InvalidArgumentError(
            absl::StrCat("clustering: a decision names statement ",
                         std::max(a, b) + 1, " of ", rows));
      }
    }
  }
  return absl::OkStatus();
}

size_t CountLadders(absl::Span<const uint32_t> ladder_of) {
  absl::flat_hash_set<uint32_t> ladders(ladder_of.begin(), ladder_of.end());
  return ladders.size();
}

class AgglomerativeClusterer : public Clusterer {
 public:
  explicit AgglomerativeClusterer(const ClusterOptions& options)
      : options_(options) {}

  absl::StatusOr<Clustering> Cluster(
      const PairScorer& scorer, absl::Span<const uint32_t> ladder_of,
      const ClusterConstraints& constraints) const override {
    LM_RETURN_IF_ERROR(ValidateInput(scorer.rows(), ladder_of, constraints));
    LM_ASSIGN_OR_RETURN(std::vector<internal::Link> links,
                        FindLinks(scorer, ladder_of));
    const internal::AgglomerationRules rules = {
        options_.linkage, options_.min_similarity, options_.repeat_similarity};
    return internal::Agglomerate(
        ladder_of.size(), links, ladder_of, constraints, rules,
        [&scorer](uint32_t a, uint32_t b) { return scorer.Score(a, b); });
  }

 private:
  absl::StatusOr<std::vector<internal::Link>> FindLinks(
      const PairScorer& scorer, absl::Span<const uint32_t> ladder_of) const {
    const int other_ladders = static_cast<int>(CountLadders(ladder_of)) - 1;
    const int top_k = std::max({options_.neighbors, 2 * other_ladders, 1});
    LM_ASSIGN_OR_RETURN(
        TopMatches cross,
        scorer.FindMatches({}, ladder_of, top_k,
                           static_cast<float>(options_.min_link_score)));
    LM_ASSIGN_OR_RETURN(
        TopMatches repeats,
        scorer.FindMatches({}, {}, kRepeatNeighbors,
                           static_cast<float>(options_.repeat_similarity)));
    const internal::LinkRules rules = {options_.min_link_score,
                                       options_.mutual_rank,
                                       options_.repeat_similarity};
    return internal::CandidateLinks(cross, repeats, ladder_of, rules);
  }

  ClusterOptions options_;
};

}  // namespace

absl::StatusOr<Linkage> ParseLinkage(absl::string_view name) {
  if (name == "average") return Linkage::kAverage;
  if (name == "complete") return Linkage::kComplete;
  return absl::InvalidArgumentError(
      absl::StrCat("unknown linkage '", name, "' (average or complete)"));
}

absl::StatusOr<std::unique_ptr<Clusterer>> CreateClusterer(
    const ClusterOptions& options) {
  for (const double value : {options.min_similarity, options.min_link_score,
                             options.repeat_similarity}) {
    if (!std::isfinite(value)) {
      return absl::InvalidArgumentError("cluster thresholds must be finite");
    }
  }
  if (options.neighbors < 1 || options.threads < 0 || options.mutual_rank < 0) {
    return absl::InvalidArgumentError(
        "cluster options: neighbors must be >= 1, threads and mutual rank "
        ">= 0");
  }
  return std::make_unique<AgglomerativeClusterer>(options);
}

Clustering ClusterItems(size_t n,
                        absl::Span<const std::pair<uint32_t, uint32_t>> pairs,
                        absl::FunctionRef<double(uint32_t, uint32_t)> score,
                        Linkage linkage, double min_similarity) {
  std::vector<internal::Link> links;
  links.reserve(pairs.size());
  for (auto [a, b] : pairs) {
    if (a == b) continue;
    if (a > b) std::swap(a, b);
    links.push_back({score(a, b), a, b});
  }
  std::vector<uint32_t> distinct(n);
  for (uint32_t i = 0; i < n; ++i) distinct[i] = i;  // No ladder rule.
  return internal::Agglomerate(n, links, distinct, {},
                               {linkage, min_similarity, 0.0}, score);
}

absl::StatusOr<Clustering> ClusterStatements(
    const PairScorer& scorer, absl::Span<const uint32_t> ladder_of,
    const ClusterConstraints& constraints, const ClusterOptions& options) {
  LM_ASSIGN_OR_RETURN(std::unique_ptr<Clusterer> clusterer,
                      CreateClusterer(options));
  return clusterer->Cluster(scorer, ladder_of, constraints);
}

absl::StatusOr<Clustering> ClusterStatements(
    const StatementVectors& vectors, absl::Span<const uint32_t> ladder_of,
    const ClusterConstraints& constraints, const ClusterOptions& options) {
  PairScorerOptions scoring;
  scoring.threads = options.threads;
  LM_ASSIGN_OR_RETURN(std::unique_ptr<PairScorer> scorer,
                      CreatePairScorer(vectors, scoring));
  return ClusterStatements(*scorer, ladder_of, constraints, options);
}

}  // namespace laddermerge
