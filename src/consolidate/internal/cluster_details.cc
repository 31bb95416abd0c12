#include "consolidate/internal/cluster_details.h"

#include <algorithm>
#include <set>
#include <utility>

#include "absl/strings/str_cat.h"

#include "common/parallel.h"

namespace laddermerge::internal {
namespace {

// Shared terms and concepts of the pair, most important first, each once.
std::vector<std::string> Evidence(const ConsolidateInput& input, uint32_t a,
                                  uint32_t b, int limit) {
  std::vector<std::string> out;
  if (limit <= 0) return out;
  const PairExplanation why =
      input.model.Explain(input.tokens, a, b, size_t(limit) * 2);
  for (const PairExplanation::Contribution& c : why.top) {
    if (c.score <= 0 || c.what.empty()) continue;
    if (std::find(out.begin(), out.end(), c.what) != out.end()) continue;
    out.push_back(c.what);
    if (static_cast<int>(out.size()) == limit) break;
  }
  return out;
}

double MeanPairScore(absl::Span<const uint32_t> members,
                     const PairScorer& scorer) {
  if (members.size() < 2) return 1.0;
  double sum = 0;
  for (size_t i = 0; i < members.size(); ++i) {
    for (size_t j = i + 1; j < members.size(); ++j) {
      sum += scorer.Score(members[i], members[j]);
    }
  }
  return sum / (members.size() * (members.size() - 1) / 2.0);
}

}  // namespace

std::vector<std::vector<std::string>> ContentTermSets(
    const TokenCorpus& content) {
  std::vector<std::vector<std::string>> out(content.num_statements());
  for (size_t i = 0; i < out.size(); ++i) {
    std::vector<std::string> terms = content.terms.Get(i);
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    out[i] = std::move(terms);
  }
  return out;
}

LinkType ContainmentLink(absl::Span<const std::string> member,
                         absl::Span<const std::string> canonical,
                         double containment, int extra_words) {
  std::vector<std::string> shared;
  std::set_intersection(member.begin(), member.end(), canonical.begin(),
                        canonical.end(), std::back_inserter(shared));
  const double n = static_cast<double>(shared.size());
  const int m = static_cast<int>(member.size());
  const int c = static_cast<int>(canonical.size());
  if (m > 0 && n / m >= containment && c >= m + extra_words) {
    return LinkType::kNarrower;
  }
  if (c > 0 && n / c >= containment && m >= c + extra_words) {
    return LinkType::kBroader;
  }
  return LinkType::kSame;
}

uint32_t MostCentral(absl::Span<const uint32_t> members,
                     const std::vector<Statement>& statements,
                     absl::FunctionRef<double(uint32_t, uint32_t)> score) {
  uint32_t best = members[0];
  double best_sum = -1;
  for (const uint32_t m : members) {
    double sum = 0;
    for (const uint32_t o : members) {
      if (o != m) sum += score(m, o);
    }
    bool better = sum > best_sum + 1e-9;
    if (!better && sum >= best_sum - 1e-9) {
      better = statements[m].text.size() < statements[best].text.size();
    }
    if (better) {
      best = m;
      best_sum = sum;
    }
  }
  return best;
}

Cluster DescribeCluster(const ConsolidateInput& input,
                        const std::vector<std::vector<std::string>>& terms,
                        const ConsolidateOptions& options,
                        const MergeResult& result, size_t index) {
  const std::vector<uint32_t>& members = input.clustering.clusters[index];
  Cluster cluster;
  cluster.id = absl::StrCat("c", index + 1);
  cluster.canonical = MostCentral(
      members, result.statements,
      [&](uint32_t a, uint32_t b) { return input.scorer.Score(a, b); });
  cluster.canonical_text = result.statements[cluster.canonical].text;
  cluster.cohesion = static_cast<float>(MeanPairScore(members, input.scorer));
  std::set<uint32_t> ladders;
  cluster.members.push_back(
      {cluster.canonical, LinkType::kCanonical, 1.0f, {}});
  for (const uint32_t m : members) {
    ladders.insert(result.statement_ladder[m]);
    if (m == cluster.canonical) continue;
    ClusterMember member;
    member.statement = m;
    member.link =
        ContainmentLink(terms[m], terms[cluster.canonical], options.containment,
                        options.containment_extra_words);
    member.score = static_cast<float>(input.scorer.Score(m, cluster.canonical));
    member.evidence =
        Evidence(input, m, cluster.canonical, options.evidence_terms);
    cluster.members.push_back(std::move(member));
  }
  cluster.ladders.assign(ladders.begin(), ladders.end());
  return cluster;
}

void BuildClusters(const ConsolidateInput& input,
                   const std::vector<std::vector<std::string>>& content_terms,
                   const ConsolidateOptions& options, MergeResult* result) {
  // Clusters are independent: described in parallel, each into its slot.
  constexpr size_t kClustersPerBlock = 32;
  const size_t n = input.clustering.clusters.size();
  std::vector<Cluster> clusters(n);
  ParallelForBlocks(n, kClustersPerBlock, options.threads,
                    [&](size_t, size_t begin, size_t end) {
                      for (size_t i = begin; i < end; ++i) {
                        clusters[i] = DescribeCluster(input, content_terms,
                                                      options, *result, i);
                      }
                    });
  result->clusters = std::move(clusters);
}

}  // namespace laddermerge::internal
