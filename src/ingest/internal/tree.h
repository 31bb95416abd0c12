// A neutral document tree shared by the YAML, JSON and JavaScript-literal
// readers: maps, lists and scalars, each with the file line it starts on.
// The format adapters build it with TreeBuilder; the structure walker
// (structure_walker.h) finds tracks, levels, sections and statements in it.
//
//   TreeBuilder builder("f.json", /*max_nesting=*/256);
//   LM_RETURN_IF_ERROR(builder.StartMap(1));
//   LM_RETURN_IF_ERROR(builder.AddScalar(ScalarType::kString, "criteria", 1));
//   LM_RETURN_IF_ERROR(builder.StartList(1));
//   ...
//   LM_ASSIGN_OR_RETURN(Tree tree, builder.Finish());
//
// Nodes live in one vector and refer to each other by index, so a YAML alias
// is a second reference to an existing node (the tree is a DAG, never a
// cycle) and building stays linear in the input however aliases nest.
#ifndef LADDERMERGE_INGEST_INTERNAL_TREE_H_
#define LADDERMERGE_INGEST_INTERNAL_TREE_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace laddermerge::internal {

enum class NodeType {
  kNull,    // YAML `~` or an empty value, JSON/JS null or undefined.
  kString,  // Text that may be a statement.
  kOther,   // Numbers and booleans: never statements, usable as level ids.
  kList,
  kMap,
};

struct TreeNode {
  NodeType type = NodeType::kNull;
  std::string value;  // Scalar text (also for kOther: "2", "true").
  // File line of the node's first character; for a YAML block scalar
  // (`|`, `>`), the line of its first content line.
  int line = 0;
  // For a scalar whose text spans several source lines: the file line of
  // each '\n'-separated line of `value`. Empty when all of it is on `line`
  // (JSON and JavaScript strings, where "\n" is an escape).
  std::vector<int> value_lines;
  std::vector<std::pair<std::string, int>> entries;  // kMap, in source order.
  std::vector<int> items;                            // kList.
};

struct Tree {
  std::vector<TreeNode> nodes;
  int root = -1;  // -1 for an empty document.
  // The root was made by the reader to group several documents or
  // declarations: its keys are variable names, not names of anything in the
  // ladder (`export const tracks = {...}` still counts as a `tracks` key).
  bool synthetic_root = false;
};

// Moves the nodes of `part` into `into` (fixing their indices) and returns
// the new index of part's root. O(nodes of part).
int AppendTree(Tree part, Tree* into);

// The file line of the text at byte `offset` of scalar `node`'s value, given
// `newlines_before`, the number of '\n' in value[0, offset).
int ScalarLine(const TreeNode& node, int newlines_before);

// Builds a Tree from a stream of parse events. In a map, events alternate
// between a key (a scalar) and its value. Errors are InvalidArgument
// "path:line: what"; after one, the builder must not be used further.
// Not thread-safe. O(1) amortized per event.
class TreeBuilder {
 public:
  TreeBuilder(std::string path, int max_nesting);
  // A builder is a one-shot stream consumer; copying it would duplicate a
  // half-built tree.
  TreeBuilder(const TreeBuilder&) = delete;
  TreeBuilder& operator=(const TreeBuilder&) = delete;

  // Opens a container. InvalidArgument when it would nest deeper than
  // max_nesting, or when a map key is expected (complex keys are not
  // supported).
  absl::Status StartMap(int line);
  absl::Status StartList(int line);
  // Closes the innermost open container. With `merge_keys`, YAML merge keys
  // (`<<: *base`) of a map are replaced by the entries they bring in;
  // InvalidArgument "too many merged keys" when all merges of the tree would
  // copy more than 100,000 + 4 per node entries.
  absl::Status End(bool merge_keys = false);
  // Adds a scalar: a key when the innermost container is a map expecting
  // one, otherwise a value. Returns the new node's index.
  absl::StatusOr<int> AddScalar(NodeType type, std::string value, int line,
                                std::vector<int> value_lines = {});
  // Adds a reference to the finished node `index` as a value (YAML alias).
  absl::Status AddReference(int index, int line);
  // Index of the innermost open container, or -1.
  int current() const { return open_.empty() ? -1 : open_.back().index; }
  // True while `index` is an open (unfinished) container.
  bool IsOpen(int index) const;
  // True once StartMap/StartList failed because of max_nesting.
  bool nesting_exceeded() const { return nesting_exceeded_; }
  // The finished tree. InvalidArgument if containers are still open.
  absl::StatusOr<Tree> Finish();

 private:
  struct Open {
    int index;
    std::string pending_key;
    bool expecting_key;
  };
  absl::Status Attach(int index, int line);
  absl::Status Start(NodeType type, int line);
  absl::Status MergeKeys(TreeNode* map);
  bool MergeBudgetExceeded() const;
  absl::Status Error(int line, absl::string_view what) const;

  std::string path_;
  int max_nesting_;
  bool nesting_exceeded_ = false;
  int64_t merged_entries_ = 0;  // Entries merge keys brought in so far.
  Tree tree_;
  std::vector<Open> open_;
};

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_TREE_H_
