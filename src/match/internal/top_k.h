// Bounded selection of the k best (statement, score) pairs of one row, in the
// order MatchLists promise: higher score first, then lower statement index.
//
//   TopK top(k);
//   for (...) if (top.Admits(score)) top.Push(statement, score);
//   top.AppendBestFirst(out);  // and clears
#ifndef LADDERMERGE_MATCH_INTERNAL_TOP_K_H_
#define LADDERMERGE_MATCH_INTERNAL_TOP_K_H_

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include "match/match.h"

namespace laddermerge::internal {

// True when `a` ranks before `b`.
inline bool RanksBefore(const Neighbor& a, const Neighbor& b) {
  return a.score > b.score || (a.score == b.score && a.statement < b.statement);
}

// A heap whose top is the worst of the kept pairs. Push is O(log k); the
// common rejection is one comparison against threshold().
class TopK {
 public:
  explicit TopK(int k) : k_(static_cast<size_t>(k)) { heap_.reserve(k_); }

  bool full() const { return heap_.size() == k_; }
  size_t size() const { return heap_.size(); }

  // The score a new pair must reach to have a chance: the worst kept score
  // once full (an equal score wins only with a lower statement index),
  // -infinity before.
  float threshold() const {
    return full() ? heap_.front().score
                  : -std::numeric_limits<float>::infinity();
  }

  // Cheap pre-test: false means Push would certainly drop the pair.
  bool Admits(float score) const { return score >= threshold(); }

  void Push(uint32_t statement, float score) {
    const Neighbor n{statement, score};
    if (!full()) {
      heap_.push_back(n);
      std::push_heap(heap_.begin(), heap_.end(), RanksBefore);
    } else if (RanksBefore(n, heap_.front())) {
      std::pop_heap(heap_.begin(), heap_.end(), RanksBefore);
      heap_.back() = n;
      std::push_heap(heap_.begin(), heap_.end(), RanksBefore);
    }
  }

  // Appends the kept pairs best first to `out` and empties the selection.
  void AppendBestFirst(std::vector<Neighbor>& out) {
    std::sort_heap(heap_.begin(), heap_.end(), RanksBefore);
    out.insert(out.end(), heap_.begin(), heap_.end());
    heap_.clear();
  }

 private:
  size_t k_;
  std::vector<Neighbor> heap_;  // Max-heap under RanksBefore: worst on top.
};

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_MATCH_INTERNAL_TOP_K_H_
