#include "cluster/internal/candidate_links.h"

#include <algorithm>
#include <limits>

#include "common/check.h"

namespace laddermerge::internal {
namespace {

constexpr uint32_t kUnranked = std::numeric_limits<uint32_t>::max();

// The within-ladder rank of `target` in `row`'s list, or kUnranked.
uint32_t RankOf(const TopMatches& matches, absl::Span<const uint32_t> ranks,
                uint32_t row, uint32_t target) {
  for (uint64_t p = matches.row_ptr[row]; p < matches.row_ptr[row + 1]; ++p) {
    if (matches.neighbors[p].statement == target) return ranks[p];
  }
  return kUnranked;
}

bool MutualWithin(const TopMatches& matches, absl::Span<const uint32_t> ranks,
                  uint32_t a, uint32_t b, int mutual_rank) {
  if (mutual_rank <= 0) return true;
  const uint32_t limit = static_cast<uint32_t>(mutual_rank);
  return RankOf(matches, ranks, a, b) < limit &&
         RankOf(matches, ranks, b, a) < limit;
}

}  // namespace

std::vector<uint32_t> RanksWithinLadder(const TopMatches& matches,
                                        absl::Span<const uint32_t> ladder_of) {
  std::vector<uint32_t> ranks(matches.neighbors.size(), 0);
  for (uint32_t row = 0; row < matches.rows(); ++row) {
    const uint64_t begin = matches.row_ptr[row];
    for (uint64_t p = begin; p < matches.row_ptr[row + 1]; ++p) {
      const uint32_t ladder = ladder_of[matches.neighbors[p].statement];
      uint32_t rank = 0;
      for (uint64_t q = begin; q < p; ++q) {
        rank += ladder_of[matches.neighbors[q].statement] == ladder;
      }
      ranks[p] = rank;
    }
  }
  return ranks;
}

std::vector<Link> CandidateLinks(const TopMatches& cross,
                                 const TopMatches& repeats,
                                 absl::Span<const uint32_t> ladder_of,
                                 const LinkRules& rules) {
  LM_CHECK(cross.rows() == ladder_of.size() &&
           repeats.rows() == ladder_of.size())
      << "top-k lists and ladder_of disagree on the number of rows";
  const std::vector<uint32_t> ranks = RanksWithinLadder(cross, ladder_of);
  std::vector<Link> links;
  for (uint32_t a = 0; a < cross.rows(); ++a) {
    for (const Neighbor& n : cross.of(a)) {
      if (n.statement < a || n.score < rules.min_score) continue;
      if (!MutualWithin(cross, ranks, a, n.statement, rules.mutual_rank)) {
        continue;
      }
      links.push_back({n.score, a, n.statement});
    }
    for (const Neighbor& n : repeats.of(a)) {
      if (n.statement <= a || ladder_of[n.statement] != ladder_of[a]) continue;
      if (n.score < rules.repeat_similarity) continue;
      links.push_back({n.score, a, n.statement});
    }
  }
  std::sort(links.begin(), links.end(), [](const Link& x, const Link& y) {
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });
  links.erase(std::unique(links.begin(), links.end(),
                          [](const Link& x, const Link& y) {
                            return x.a == y.a && x.b == y.b;
                          }),
              links.end());
  return links;
}

}  // namespace laddermerge::internal
