#include "ingest/internal/front_matter.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

#include "common/status_macros.h"
#include "ingest/internal/markup_text.h"
#include "ingest/internal/tree.h"
#include "ingest/internal/yaml_tree.h"

namespace laddermerge::internal {
namespace {

absl::Status Invalid(const SourceFile& source, int line,
                     absl::string_view what) {
  return absl::InvalidArgumentError(
      absl::StrCat(source.path, ":", line, ": ", what));
}

bool IsFence(absl::string_view line, bool closing) {
  line = absl::StripTrailingAsciiWhitespace(line);
  return line == "---" || (closing && line == "...");
}

bool IsPageMetadataKey(absl::string_view key) {
  for (absl::string_view k :
       {"tags",    "categories", "category",      "keywords",    "authors",
        "author",  "aliases",    "redirect_from", "redirect_to", "nav",
        "menu",    "sidebar",    "toc",           "layout",      "permalink",
        "date",    "image",      "images",        "header",      "footer",
        "seo",     "og",         "meta",          "css",         "js",
        "scripts", "styles"}) {
    if (key == k) return true;
  }
  return false;
}

// The first value of `key` in `map` when it is a scalar, trimmed; else "".
std::string ScalarOf(const Tree& tree, const TreeNode& map,
                     absl::string_view key) {
  for (const auto& [name, index] : map.entries) {
    if (name != key) continue;
    const TreeNode& value = tree.nodes[index];
    const bool scalar =
        value.type == NodeType::kString || value.type == NodeType::kOther;
    return scalar ? std::string(TrimSpace(value.value)) : "";
  }
  return "";
}

// Whether the nodes reachable from `start` hold prose: a string of three or
// more words. Each node is visited once, however often aliases refer to it.
bool HoldsProse(const Tree& tree, int start, std::vector<bool>* visited) {
  std::vector<int> stack = {start};
  while (!stack.empty()) {
    const int index = stack.back();
    stack.pop_back();
    if ((*visited)[index]) continue;
    (*visited)[index] = true;
    const TreeNode& node = tree.nodes[index];
    if (node.type == NodeType::kString && CountWords(node.value) >= 3) {
      return true;
    }
    stack.insert(stack.end(), node.items.begin(), node.items.end());
    for (const auto& entry : node.entries) stack.push_back(entry.second);
  }
  return false;
}

// Whether a key other than page metadata holds a list or map with prose.
bool HoldsContent(const Tree& tree, const TreeNode& map) {
  std::vector<bool> visited(tree.nodes.size(), false);
  for (const auto& [key, index] : map.entries) {
    const NodeType type = tree.nodes[index].type;
    if (IsPageMetadataKey(absl::AsciiStrToLower(key)) ||
        (type != NodeType::kList && type != NodeType::kMap)) {
      continue;
    }
    if (HoldsProse(tree, index, &visited)) return true;
  }
  return false;
}

absl::StatusOr<FrontMatter> ParseYaml(FrontMatter fm, const SourceFile& source,
                                      int max_nesting) {
  const int opening = fm.yaml_line - 1;
  LM_ASSIGN_OR_RETURN(
      const Tree tree,
      ParseYamlTree(SourceFile{source.path, fm.yaml, fm.yaml_line}, max_nesting,
                    "malformed front matter: "));
  if (tree.root < 0 || tree.nodes[tree.root].type == NodeType::kNull) {
    return fm;
  }
  const TreeNode& root = tree.nodes[tree.root];
  if (root.type != NodeType::kMap || tree.synthetic_root) {
    return Invalid(source, opening, "front matter is not a YAML mapping");
  }
  fm.title = ScalarOf(tree, root, "title");
  fm.level = ScalarOf(tree, root, "level");
  fm.track = ScalarOf(tree, root, "track");
  fm.company = ScalarOf(tree, root, "company");
  fm.holds_content = HoldsContent(tree, root);
  return fm;
}

}  // namespace

absl::StatusOr<FrontMatter> ReadFrontMatter(const SourceFile& source,
                                            int max_nesting) {
  FrontMatter fm;
  const absl::string_view text = source.text;
  size_t end = text.find('\n');
  if (end == absl::string_view::npos || !IsFence(text.substr(0, end), false)) {
    return fm;
  }
  fm.present = true;
  fm.yaml_line = source.first_line + 1;
  int line = 1;
  for (size_t start = end + 1; start <= text.size(); start = end + 1) {
    ++line;
    end = std::min(text.find('\n', start), text.size());
    if (IsFence(text.substr(start, end - start), true)) {
      const size_t yaml_start = text.find('\n') + 1;
      fm.yaml = std::string(text.substr(yaml_start, start - yaml_start));
      fm.body_line = line + 1;
      return ParseYaml(std::move(fm), source, max_nesting);
    }
    if (end == text.size()) break;
  }
  return Invalid(source, source.first_line, "unterminated front matter");
}

}  // namespace laddermerge::internal
