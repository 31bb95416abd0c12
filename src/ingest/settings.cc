// ReadDecisions and ReadConfig (ingest.h): small YAML files that steer a
// run, read through the same YAML tree as ladders.
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

#include "common/status_macros.h"
#include "ingest/ingest.h"
#include "ingest/internal/decode.h"
#include "ingest/internal/files.h"
#include "ingest/internal/reader.h"
#include "ingest/internal/tree.h"
#include "ingest/internal/yaml_tree.h"

namespace laddermerge {
namespace {

using internal::NodeType;
using internal::Tree;
using internal::TreeNode;

absl::StatusOr<Tree> LoadYaml(const std::string& path,
                              const IngestOptions& options) {
  LM_ASSIGN_OR_RETURN(std::string bytes,
                      internal::ReadFileBytes(path, options.max_file_bytes));
  LM_ASSIGN_OR_RETURN(internal::DecodedText decoded,
                      internal::DecodeBytes(path, bytes));
  const internal::SourceFile source{path, std::move(decoded.text), 1};
  LM_ASSIGN_OR_RETURN(Tree tree,
                      internal::ParseYamlTree(source, options.max_nesting));
  // Several documents come as a synthetic list: take the first one.
  if (tree.synthetic_root && tree.root >= 0) {
    const TreeNode& list = tree.nodes[tree.root];
    tree.root = list.items.empty() ? -1 : list.items[0];
  }
  return tree;
}

absl::Status Error(const std::string& path, int line, absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(path, ":", line, ": ", what));
}

class DecisionReader {
 public:
  DecisionReader(const std::string& path, const Tree& tree)
      : path_(path), tree_(tree) {}

  absl::StatusOr<std::vector<ReviewDecision>> Read() {
    std::vector<ReviewDecision> out;
    if (tree_.root < 0 || node(tree_.root).type == NodeType::kNull) return out;
    const TreeNode& root = node(tree_.root);
    if (root.type != NodeType::kMap) {
      return Error(path_, root.line,
                   "a decisions file is a map with together, apart or "
                   "canonical lists");
    }
    for (const auto& [key, value] : root.entries) {
      ReviewDecision::Kind kind;
      if (key == "together") {
        kind = ReviewDecision::Kind::kTogether;
      } else if (key == "apart") {
        kind = ReviewDecision::Kind::kApart;
      } else if (key == "canonical") {
        kind = ReviewDecision::Kind::kCanonical;
      } else {
        return Error(path_, node(value).line,
                     absl::StrCat("unknown decision '", key,
                                  "' (together, apart or canonical)"));
      }
      LM_RETURN_IF_ERROR(ReadList(kind, value, &out));
    }
    return out;
  }

 private:
  const TreeNode& node(int i) const { return tree_.nodes[i]; }

  absl::Status ReadList(ReviewDecision::Kind kind, int list,
                        std::vector<ReviewDecision>* out) {
    if (node(list).type == NodeType::kNull) return absl::OkStatus();
    if (node(list).type != NodeType::kList) {
      return Error(path_, node(list).line, "expected a list of decisions");
    }
    for (const int item : node(list).items) {
      ReviewDecision d;
      d.kind = kind;
      d.source = absl::StrCat(path_, ":", node(item).line);
      if (kind == ReviewDecision::Kind::kCanonical) {
        LM_RETURN_IF_ERROR(ReadCanonical(item, &d));
      } else {
        LM_RETURN_IF_ERROR(ReadGroup(item, &d));
      }
      out->push_back(std::move(d));
    }
    return absl::OkStatus();
  }

  // [ref, ref, ...] with at least two references.
  absl::Status ReadGroup(int item, ReviewDecision* d) {
    const TreeNode& n = node(item);
    if (n.type != NodeType::kList || n.items.size() < 2) {
      return Error(path_, n.line, "expected a list of two or more statements");
    }
    for (const int ref : n.items) {
      LM_ASSIGN_OR_RETURN(StatementReference r, ReadReference(ref));
      d->statements.push_back(std::move(r));
    }
    return absl::OkStatus();
  }

  // {statement: ref, text: "..."}.
  absl::Status ReadCanonical(int item, ReviewDecision* d) {
    const TreeNode& n = node(item);
    const int statement = Find(n, "statement");
    const int text = Find(n, "text");
    if (n.type != NodeType::kMap || statement < 0 || text < 0 ||
        node(text).type != NodeType::kString || node(text).value.empty()) {
      return Error(path_, n.line,
                   "expected {statement: <id>, text: \"wording\"}");
    }
    LM_ASSIGN_OR_RETURN(StatementReference r, ReadReference(statement));
    d->statements.push_back(std::move(r));
    d->text = node(text).value;
    return absl::OkStatus();
  }

  // "ladder:N", or {ladder: name, text: "..."}.
  absl::StatusOr<StatementReference> ReadReference(int i) {
    const TreeNode& n = node(i);
    StatementReference ref;
    if (n.type == NodeType::kString && absl::StrContains(n.value, ':')) {
      ref.id = n.value;
      return ref;
    }
    const int ladder = n.type == NodeType::kMap ? Find(n, "ladder") : -1;
    const int text = n.type == NodeType::kMap ? Find(n, "text") : -1;
    if (ladder < 0 || text < 0 || node(text).value.empty()) {
      return Error(path_, n.line,
                   "a statement is an id like northwind:12 or "
                   "{ladder: name, text: \"...\"}");
    }
    ref.ladder = node(ladder).value;
    ref.text = node(text).value;
    return ref;
  }

  int Find(const TreeNode& map, absl::string_view key) const {
    for (const auto& [k, v] : map.entries) {
      if (k == key) return v;
    }
    return -1;
  }

  const std::string& path_;
  const Tree& tree_;
};

// More settings than any real config has: the file expands aliases
// exponentially ("billion laughs") or is not a config file.
constexpr size_t kMaxSettings = 10000;

absl::Status Flatten(const std::string& path, const Tree& tree, int index,
                     const std::string& prefix,
                     std::vector<ConfigSetting>* out) {
  const TreeNode& n = tree.nodes[index];
  if (out->size() > kMaxSettings) {
    return Error(path, n.line, "too many settings (aliases expand too far)");
  }
  if (n.type == NodeType::kMap) {
    for (const auto& [key, value] : n.entries) {
      LM_RETURN_IF_ERROR(Flatten(
          path, tree, value, prefix.empty() ? key : prefix + "." + key, out));
    }
    return absl::OkStatus();
  }
  ConfigSetting setting;
  setting.key = prefix;
  setting.line = n.line;
  if (n.type == NodeType::kList) {
    setting.is_list = true;
    for (const int item : n.items) {
      const TreeNode& v = tree.nodes[item];
      if (v.type == NodeType::kList || v.type == NodeType::kMap) {
        return Error(path, v.line,
                     absl::StrCat("'", prefix, "' must list plain values"));
      }
      setting.values.push_back(v.value);
    }
  } else {
    setting.values.push_back(n.value);
  }
  if (prefix.empty()) {
    return Error(path, n.line, "a config file is a map of settings");
  }
  out->push_back(std::move(setting));
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::vector<ReviewDecision>> ReadDecisions(
    const std::string& path, const IngestOptions& options) {
  LM_ASSIGN_OR_RETURN(Tree tree, LoadYaml(path, options));
  return DecisionReader(path, tree).Read();
}

absl::StatusOr<std::vector<ConfigSetting>> ReadConfig(
    const std::string& path, const IngestOptions& options) {
  LM_ASSIGN_OR_RETURN(Tree tree, LoadYaml(path, options));
  std::vector<ConfigSetting> out;
  if (tree.root < 0 || tree.nodes[tree.root].type == NodeType::kNull) {
    return out;
  }
  LM_RETURN_IF_ERROR(Flatten(path, tree, tree.root, "", &out));
  return out;
}

}  // namespace laddermerge
