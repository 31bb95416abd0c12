#include "ingest/internal/tree.h"

#include <algorithm>
#include <set>

#include "absl/strings/str_cat.h"

namespace laddermerge::internal {
namespace {

// Merged entries a tree may copy beyond 4 per node, as the structure
// walker's visit budget allows.
constexpr int64_t kBaseMergeBudget = 100000;

}  // namespace

int ScalarLine(const TreeNode& node, int newlines_before) {
  if (node.value_lines.empty()) return node.line;
  const int last = static_cast<int>(node.value_lines.size()) - 1;
  return node.value_lines[std::clamp(newlines_before, 0, last)];
}

int AppendTree(Tree part, Tree* into) {
  const int offset = static_cast<int>(into->nodes.size());
  for (TreeNode& node : part.nodes) {
    for (auto& entry : node.entries) entry.second += offset;
    for (int& item : node.items) item += offset;
    into->nodes.push_back(std::move(node));
  }
  return part.root + offset;
}

TreeBuilder::TreeBuilder(std::string path, int max_nesting)
    : path_(std::move(path)), max_nesting_(max_nesting) {}

absl::Status TreeBuilder::Error(int line, absl::string_view what) const {
  return absl::InvalidArgumentError(absl::StrCat(path_, ":", line, ": ", what));
}

bool TreeBuilder::IsOpen(int index) const {
  return std::any_of(open_.begin(), open_.end(),
                     [index](const Open& o) { return o.index == index; });
}

// Links node `index` into the innermost container (or makes it the root).
absl::Status TreeBuilder::Attach(int index, int line) {
  if (open_.empty()) {
    if (tree_.root >= 0) return Error(line, "more than one document root");
    tree_.root = index;
    return absl::OkStatus();
  }
  Open& parent = open_.back();
  TreeNode& container = tree_.nodes[parent.index];
  if (container.type == NodeType::kList) {
    container.items.push_back(index);
  } else {
    container.entries.emplace_back(std::move(parent.pending_key), index);
    parent.pending_key.clear();
    parent.expecting_key = true;
  }
  return absl::OkStatus();
}

absl::Status TreeBuilder::Start(NodeType type, int line) {
  if (!open_.empty() && open_.back().expecting_key) {
    return Error(line, "complex mapping keys are not supported");
  }
  if (static_cast<int>(open_.size()) >= max_nesting_) {
    nesting_exceeded_ = true;
    return Error(line,
                 absl::StrCat("nesting deeper than ", max_nesting_, " levels"));
  }
  const int index = static_cast<int>(tree_.nodes.size());
  TreeNode node;
  node.type = type;
  node.line = line;
  tree_.nodes.push_back(std::move(node));
  if (absl::Status s = Attach(index, line); !s.ok()) return s;
  open_.push_back(Open{index, "", type == NodeType::kMap});
  return absl::OkStatus();
}

absl::Status TreeBuilder::StartMap(int line) {
  return Start(NodeType::kMap, line);
}

absl::Status TreeBuilder::StartList(int line) {
  return Start(NodeType::kList, line);
}

absl::Status TreeBuilder::End(bool merge_keys) {
  if (open_.empty()) return Error(0, "unbalanced end of container");
  TreeNode& node = tree_.nodes[open_.back().index];
  if (node.type == NodeType::kMap && !open_.back().expecting_key) {
    return Error(node.line, "mapping key without a value");
  }
  if (merge_keys && node.type == NodeType::kMap) {
    if (absl::Status s = MergeKeys(&node); !s.ok()) return s;
  }
  open_.pop_back();
  return absl::OkStatus();
}

bool TreeBuilder::MergeBudgetExceeded() const {
  return merged_entries_ >
         kBaseMergeBudget + 4 * static_cast<int64_t>(tree_.nodes.size());
}

// YAML 1.1 merge keys: `<<: *base` (or a list of aliases) brings in the
// entries of the referenced maps that the map does not set itself. Merging
// copies entries, so like an alias bomb a few lines can ask for billions of
// them; more than the budget is an error.
absl::Status TreeBuilder::MergeKeys(TreeNode* map) {
  std::set<std::string> own;
  for (const auto& [key, index] : map->entries) {
    if (key != "<<") own.insert(key);
  }
  std::vector<std::pair<std::string, int>> merged;
  const auto bring_in = [&](int source) {
    if (tree_.nodes[source].type != NodeType::kMap) return;
    merged_entries_ += static_cast<int64_t>(tree_.nodes[source].entries.size());
    if (MergeBudgetExceeded()) return;
    for (const auto& entry : tree_.nodes[source].entries) {
      if (own.insert(entry.first).second) merged.push_back(entry);
    }
  };
  for (const auto& entry : map->entries) {
    if (entry.first != "<<") {
      merged.push_back(entry);
      continue;
    }
    const TreeNode& value = tree_.nodes[entry.second];
    if (value.type == NodeType::kList) {
      for (int item : value.items) bring_in(item);
    } else {
      bring_in(entry.second);
    }
  }
  if (MergeBudgetExceeded()) {
    return Error(map->line, "too many merged keys (merge key expansion?)");
  }
  map->entries = std::move(merged);
  return absl::OkStatus();
}

absl::StatusOr<int> TreeBuilder::AddScalar(NodeType type, std::string value,
                                           int line,
                                           std::vector<int> value_lines) {
  if (!open_.empty() && open_.back().expecting_key) {
    open_.back().pending_key = std::move(value);
    open_.back().expecting_key = false;
    return -1;
  }
  const int index = static_cast<int>(tree_.nodes.size());
  TreeNode node;
  node.type = type;
  node.value = std::move(value);
  node.line = line;
  node.value_lines = std::move(value_lines);
  tree_.nodes.push_back(std::move(node));
  if (absl::Status s = Attach(index, line); !s.ok()) return s;
  return index;
}

absl::Status TreeBuilder::AddReference(int index, int line) {
  if (!open_.empty() && open_.back().expecting_key) {
    return Error(line, "an alias as a mapping key is not supported");
  }
  return Attach(index, line);
}

absl::StatusOr<Tree> TreeBuilder::Finish() {
  if (!open_.empty()) {
    return Error(tree_.nodes[open_.back().index].line, "unclosed container");
  }
  return std::move(tree_);
}

}  // namespace laddermerge::internal
