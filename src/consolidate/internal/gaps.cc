#include "consolidate/internal/gaps.h"

#include <algorithm>
#include <tuple>

#include "common/status_macros.h"
#include "match/match.h"

namespace laddermerge::internal {

absl::StatusOr<BestPerLadder> FindBestPerLadder(
    const PairScorer& scorer, absl::Span<const uint32_t> ladder_of,
    size_t ladders) {
  BestPerLadder out;
  out.ladders = ladders;
  out.score.assign(ladder_of.size() * ladders, 0.0f);
  out.statement.assign(ladder_of.size() * ladders, -1);
  std::vector<uint32_t> in_ladder(ladder_of.size());
  for (size_t l = 0; l < ladders; ++l) {
    for (size_t s = 0; s < ladder_of.size(); ++s) {
      in_ladder[s] = ladder_of[s] == l ? 1 : 0;
    }
    LM_ASSIGN_OR_RETURN(TopMatches top,
                        scorer.FindMatches({}, in_ladder, 1, 0.0f));
    for (uint32_t s = 0; s < ladder_of.size(); ++s) {
      if (ladder_of[s] == l || top.of(s).empty()) continue;
      out.score[s * ladders + l] = top.of(s)[0].score;
      out.statement[s * ladders + l] = top.of(s)[0].statement;
    }
  }
  return out;
}

void BuildGaps(const BestPerLadder& best, const ConsolidateOptions& options,
               MergeResult* result) {
  result->gaps.clear();
  const double covered = std::max(options.gap_covered_score, 1e-9);
  for (uint32_t l = 0; l < result->ladders.size(); ++l) {
    LadderGaps gaps;
    gaps.ladder = l;
    for (int c = 0; c < static_cast<int>(result->clusters.size()); ++c) {
      const Cluster& cluster = result->clusters[c];
      if (std::binary_search(cluster.ladders.begin(), cluster.ladders.end(),
                             l)) {
        continue;
      }
      Gap gap;
      gap.cluster = c;
      for (const ClusterMember& m : cluster.members) {
        const size_t at = size_t{m.statement} * best.ladders + l;
        if (best.statement[at] >= 0 && best.score[at] > gap.closest_score) {
          gap.closest_score = best.score[at];
          gap.closest_statement = best.statement[at];
        }
      }
      gap.confidence = static_cast<float>(
          std::clamp(1.0 - gap.closest_score / covered, 0.0, 1.0));
      if (gap.confidence < options.gap_min_confidence) continue;
      gaps.missing.push_back(gap);
    }
    std::stable_sort(gaps.missing.begin(), gaps.missing.end(),
                     [&](const Gap& a, const Gap& b) {
                       const Cluster& ca = result->clusters[a.cluster];
                       const Cluster& cb = result->clusters[b.cluster];
                       return std::make_tuple(ca.area, -int(ca.ladders.size()),
                                              -a.confidence, a.cluster) <
                              std::make_tuple(cb.area, -int(cb.ladders.size()),
                                              -b.confidence, b.cluster);
                     });
    result->gaps.push_back(std::move(gaps));
  }
}

void BuildOverlap(MergeResult* result) {
  const size_t n = result->ladders.size();
  std::vector<std::vector<float>> counts(n, std::vector<float>(n, 0));
  std::vector<float> totals(n, 0);
  for (const Cluster& c : result->clusters) {
    for (const ClusterMember& m : c.members) {
      const uint32_t own = result->statement_ladder[m.statement];
      ++totals[own];
      for (const uint32_t other : c.ladders) ++counts[own][other];
    }
  }
  result->overlap.shared.assign(n, std::vector<float>(n, 0));
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) {
      result->overlap.shared[i][j] =
          totals[i] == 0 ? 0 : counts[i][j] / totals[i];
    }
  }
  result->overlap.area_coverage.clear();
  for (const Area& area : result->areas) {
    std::vector<float> coverage(n, 0);
    float shared = 0;
    for (const int c : area.clusters) {
      if (result->clusters[c].ladders.size() < 2) continue;
      ++shared;
      for (const uint32_t l : result->clusters[c].ladders) ++coverage[l];
    }
    for (float& v : coverage) v = shared == 0 ? 0 : v / shared;
    result->overlap.area_coverage.push_back(std::move(coverage));
  }
}

}  // namespace laddermerge::internal
