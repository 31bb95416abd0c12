#include "match/internal/group_layout.h"

#include <algorithm>
#include <numeric>

#include "absl/container/flat_hash_set.h"

namespace laddermerge::internal {
namespace {

// True when every group id occupies one contiguous run of rows.
bool GroupsAreContiguous(absl::Span<const uint32_t> groups) {
  absl::flat_hash_set<uint32_t> finished;
  for (size_t i = 1; i < groups.size(); ++i) {
    if (groups[i] == groups[i - 1]) continue;
    if (!finished.insert(groups[i - 1]).second) return false;
    if (finished.contains(groups[i])) return false;
  }
  return true;
}

}  // namespace

GroupLayout GroupLayout::Build(uint32_t rows,
                               absl::Span<const uint32_t> groups) {
  GroupLayout layout;
  if (groups.empty()) return layout;
  std::vector<uint32_t> order;
  if (!GroupsAreContiguous(groups)) {
    order.resize(rows);
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      return groups[a] < groups[b];
    });
    layout.to_internal_.resize(rows);
    for (uint32_t i = 0; i < rows; ++i) layout.to_internal_[order[i]] = i;
    layout.to_original_ = order;
  }
  layout.run_of_.resize(rows);
  layout.run_begin_.push_back(0);
  for (uint32_t i = 0; i < rows; ++i) {
    const uint32_t g = groups[layout.original(i)];
    if (i > 0 && g != groups[layout.original(i - 1)]) {
      layout.run_begin_.push_back(i);
    }
    layout.run_of_[i] = static_cast<uint32_t>(layout.run_begin_.size() - 1);
  }
  layout.run_begin_.push_back(rows);
  return layout;
}

}  // namespace laddermerge::internal
