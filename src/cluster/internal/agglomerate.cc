#include "cluster/internal/agglomerate.h"

#include <algorithm>
#include <limits>
#include <queue>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"

#include "common/check.h"

namespace laddermerge::internal {
namespace {

uint64_t PairKey(uint32_t a, uint32_t b) {
  if (a > b) std::swap(a, b);
  return (uint64_t{a} << 32) | b;
}

// What scoring every member pair of two clusters tells.
struct PairSummary {
  double linkage = 0;
  bool same_ladder_conflict = false;  // Two same-ladder members too unlike.
};

struct HeapEntry {
  double linkage = 0;
  uint32_t a = 0;  // The link's rows; their clusters may have changed since.
  uint32_t b = 0;
  uint32_t version_a = 0;
  uint32_t version_b = 0;
};

// Max-heap order: higher linkage first, then the smaller link.
struct HeapLess {
  bool operator()(const HeapEntry& x, const HeapEntry& y) const {
    if (x.linkage != y.linkage) return x.linkage < y.linkage;
    if (x.a != y.a) return x.a > y.a;
    return x.b > y.b;
  }
};

class Agglomeration {
 public:
  Agglomeration(size_t n, absl::Span<const uint32_t> ladder_of,
                const ClusterConstraints& constraints,
                const AgglomerationRules& rules,
                absl::FunctionRef<double(uint32_t, uint32_t)> score)
      : ladder_of_(ladder_of),
        rules_(rules),
        score_(score),
        root_of_(n),
        members_(n),
        version_(n, 0) {
    for (uint32_t row = 0; row < n; ++row) {
      root_of_[row] = row;
      members_[row] = {row};
    }
    for (const auto& [a, b] : constraints.apart) apart_.insert(PairKey(a, b));
  }

  void JoinTogether(const ClusterConstraints& constraints) {
    for (const auto& [a, b] : constraints.together) {
      if (apart_.contains(PairKey(a, b))) continue;
      const uint32_t ra = root_of_[a];
      const uint32_t rb = root_of_[b];
      if (ra != rb && !HasApartPair(ra, rb)) Merge(ra, rb);
    }
  }

  void Run(absl::Span<const Link> links) {
    std::priority_queue<HeapEntry, std::vector<HeapEntry>, HeapLess> heap;
    for (const Link& link : links) Push(link.a, link.b, &heap);
    while (!heap.empty()) {
      const HeapEntry top = heap.top();
      heap.pop();
      const uint32_t ra = root_of_[top.a];
      const uint32_t rb = root_of_[top.b];
      if (ra == rb) continue;
      if (version_[ra] != top.version_a || version_[rb] != top.version_b) {
        Push(top.a, top.b, &heap);  // Stale: rescore the current clusters.
        continue;
      }
      if (!HasApartPair(ra, rb) && !Summarize(ra, rb).same_ladder_conflict) {
        Merge(ra, rb);
      }
    }
  }

  Clustering Result() const {
    Clustering out;
    out.cluster_of.assign(root_of_.size(), 0);
    for (uint32_t row = 0; row < root_of_.size(); ++row) {
      if (root_of_[row] != row) continue;  // Roots are their first member.
      for (const uint32_t m : members_[row]) {
        out.cluster_of[m] = static_cast<uint32_t>(out.clusters.size());
      }
      out.clusters.push_back(members_[row]);
    }
    return out;
  }

 private:
  template <typename Heap>
  void Push(uint32_t a, uint32_t b, Heap* heap) {
    const uint32_t ra = root_of_[a];
    const uint32_t rb = root_of_[b];
    if (ra == rb) return;
    const PairSummary summary = Summarize(ra, rb);
    if (summary.same_ladder_conflict) return;
    if (summary.linkage < rules_.min_similarity) return;
    heap->push({summary.linkage, a, b, version_[ra], version_[rb]});
  }

  PairSummary Summarize(uint32_t ra, uint32_t rb) const {
    PairSummary out;
    double sum = 0;
    double min = std::numeric_limits<double>::infinity();
    for (const uint32_t x : members_[ra]) {
      for (const uint32_t y : members_[rb]) {
        const double s = score_(x, y);
        sum += s;
        min = std::min(min, s);
        if (ladder_of_[x] == ladder_of_[y] && s < rules_.repeat_similarity) {
          out.same_ladder_conflict = true;
        }
      }
    }
    const double pairs =
        static_cast<double>(members_[ra].size() * members_[rb].size());
    out.linkage = rules_.linkage == Linkage::kComplete ? min : sum / pairs;
    return out;
  }

  bool HasApartPair(uint32_t ra, uint32_t rb) const {
    if (apart_.empty()) return false;
    for (const uint32_t x : members_[ra]) {
      for (const uint32_t y : members_[rb]) {
        if (apart_.contains(PairKey(x, y))) return true;
      }
    }
    return false;
  }

  // The cluster keeps the smaller root, so a root is always its first member.
  void Merge(uint32_t ra, uint32_t rb) {
    if (rb < ra) std::swap(ra, rb);
    for (const uint32_t m : members_[rb]) root_of_[m] = ra;
    std::vector<uint32_t> merged;
    merged.reserve(members_[ra].size() + members_[rb].size());
    std::merge(members_[ra].begin(), members_[ra].end(), members_[rb].begin(),
               members_[rb].end(), std::back_inserter(merged));
    members_[ra] = std::move(merged);
    members_[rb].clear();
    members_[rb].shrink_to_fit();
    ++version_[ra];
    ++version_[rb];
  }

  absl::Span<const uint32_t> ladder_of_;
  AgglomerationRules rules_;
  absl::FunctionRef<double(uint32_t, uint32_t)> score_;
  std::vector<uint32_t> root_of_;
  std::vector<std::vector<uint32_t>> members_;  // Non-empty for roots only.
  std::vector<uint32_t> version_;               // Bumped by every merge.
  absl::flat_hash_set<uint64_t> apart_;
};

}  // namespace

Clustering Agglomerate(size_t n, absl::Span<const Link> links,
                       absl::Span<const uint32_t> ladder_of,
                       const ClusterConstraints& constraints,
                       const AgglomerationRules& rules,
                       absl::FunctionRef<double(uint32_t, uint32_t)> score) {
  LM_CHECK(ladder_of.size() == n) << "one ladder per row expected";
  Agglomeration agglomeration(n, ladder_of, constraints, rules, score);
  agglomeration.JoinTogether(constraints);
  agglomeration.Run(links);
  return agglomeration.Result();
}

}  // namespace laddermerge::internal
