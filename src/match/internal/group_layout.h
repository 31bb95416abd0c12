// The "other ladders only" mask as ranges: rows are put in an internal order
// in which every group is one contiguous range, so a kernel skips a row's own
// group by skipping one range of an inverted list or of a score tile.
//
//   GroupLayout layout = GroupLayout::Build(rows, groups);
//   auto [begin, end] = layout.own_range(i);   // internal ids to skip
//   uint32_t row = layout.original(i);
#ifndef LADDERMERGE_MATCH_INTERNAL_GROUP_LAYOUT_H_
#define LADDERMERGE_MATCH_INTERNAL_GROUP_LAYOUT_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "absl/types/span.h"

namespace laddermerge::internal {

class GroupLayout {
 public:
  // Internal order: rows stably sorted by group, except that groups which
  // are already contiguous keep their places (then the order is the
  // identity, the common case of rows listed ladder by ladder). `groups` is
  // empty (no mask: every own range is empty) or has `rows` entries. O(N)
  // when contiguous, O(N log N) otherwise.
  static GroupLayout Build(uint32_t rows, absl::Span<const uint32_t> groups);

  bool identity() const { return to_original_.empty(); }
  uint32_t original(uint32_t internal) const {
    return identity() ? internal : to_original_[internal];
  }
  uint32_t internal(uint32_t original) const {
    return identity() ? original : to_internal_[original];
  }
  // The internal ids [first, second) in the group of internal row `i`
  // (itself included); empty when there is no mask.
  std::pair<uint32_t, uint32_t> own_range(uint32_t i) const {
    if (run_of_.empty()) return {0, 0};
    const uint32_t run = run_of_[i];
    return {run_begin_[run], run_begin_[run + 1]};
  }

 private:
  std::vector<uint32_t> to_original_;  // Empty for the identity order.
  std::vector<uint32_t> to_internal_;
  std::vector<uint32_t> run_of_;     // Group run of each internal row.
  std::vector<uint32_t> run_begin_;  // Runs + 1 entries.
};

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_MATCH_INTERNAL_GROUP_LAYOUT_H_
