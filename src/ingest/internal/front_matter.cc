#include "ingest/internal/front_matter.h"

#include <algorithm>
#include <exception>
#include <initializer_list>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include <yaml-cpp/yaml.h>

#include "ingest/internal/markup_text.h"

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

std::string ScalarOf(const YAML::Node& map, const char* key) {
  const YAML::Node value = map[key];
  if (!value.IsDefined() || !value.IsScalar()) return "";
  return std::string(TrimSpace(value.Scalar()));
}

// Whether `value`, at nesting depth 2 below the front matter's mapping, holds
// prose; found iteratively. Fails when nesting exceeds `max_nesting`.
absl::StatusOr<bool> HoldsProse(const YAML::Node& value, int max_nesting,
                                const SourceFile& source, int yaml_line) {
  std::vector<std::pair<YAML::Node, int>> stack = {{value, 2}};
  bool prose = false;
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    if (depth > max_nesting) {
      return Invalid(
          source, yaml_line + node.Mark().line,
          absl::StrCat("nesting deeper than ", max_nesting, " levels"));
    }
    if (node.IsScalar()) {
      prose = prose || CountWords(node.Scalar()) >= 3;
    } else if (node.IsSequence()) {
      for (const YAML::Node& child : node) stack.push_back({child, depth + 1});
    } else if (node.IsMap()) {
      for (const auto& kv : node) stack.push_back({kv.second, depth + 1});
    }
  }
  return prose;
}

absl::StatusOr<bool> HoldsContent(const YAML::Node& map, int max_nesting,
                                  const SourceFile& source, int yaml_line) {
  bool content = false;
  for (const auto& kv : map) {
    const std::string key =
        kv.first.IsScalar() ? absl::AsciiStrToLower(kv.first.Scalar()) : "";
    if (IsPageMetadataKey(key) || kv.second.IsScalar()) continue;
    absl::StatusOr<bool> prose =
        HoldsProse(kv.second, max_nesting, source, yaml_line);
    if (!prose.ok()) return prose.status();
    content = content || *prose;
  }
  return content;
}

absl::StatusOr<FrontMatter> ParseYaml(FrontMatter fm, const SourceFile& source,
                                      int max_nesting) {
  const int opening = fm.yaml_line - 1;
  try {
    const YAML::Node root = YAML::Load(fm.yaml);
    if (root.IsNull() || !root.IsDefined()) return fm;
    if (!root.IsMap()) {
      return Invalid(source, opening, "front matter is not a YAML mapping");
    }
    fm.title = ScalarOf(root, "title");
    fm.level = ScalarOf(root, "level");
    fm.track = ScalarOf(root, "track");
    fm.company = ScalarOf(root, "company");
    absl::StatusOr<bool> content =
        HoldsContent(root, max_nesting, source, fm.yaml_line);
    if (!content.ok()) return content.status();
    fm.holds_content = *content;
    return fm;
  } catch (const YAML::Exception& e) {
    const int line = e.mark.is_null() ? opening : fm.yaml_line + e.mark.line;
    return Invalid(source, line,
                   absl::StrCat("malformed front matter: ", e.msg));
  } catch (const std::exception& e) {
    return Invalid(source, opening,
                   absl::StrCat("malformed front matter: ", e.what()));
  }
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
