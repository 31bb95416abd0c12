// yaml-cpp's parser throws; every call into it is inside ParseYamlTree's try
// block.
#include "ingest/internal/yaml_tree.h"

#include <algorithm>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

#include "common/status_macros.h"
#include "ingest/internal/line_index.h"
#include "yaml-cpp/depthguard.h"
#include "yaml-cpp/eventhandler.h"
#include "yaml-cpp/exceptions.h"
#include "yaml-cpp/mark.h"
#include "yaml-cpp/parser.h"

namespace laddermerge::internal {
namespace {

size_t SkipDigits(absl::string_view s, size_t i) {
  while (i < s.size() && (absl::ascii_isdigit(s[i]) || s[i] == '_')) ++i;
  return i;
}

// YAML numbers: [-+] digits [. digits] [e [-+] digits], hex, .inf, .nan.
bool IsYamlNumber(absl::string_view s) {
  if (s == ".inf" || s == "-.inf" || s == ".nan") return true;
  if (absl::StartsWith(s, "0x") || absl::StartsWith(s, "0o")) {
    return s.size() > 2 && std::all_of(s.begin() + 2, s.end(), [](char c) {
             return absl::ascii_isxdigit(c);
           });
  }
  size_t i = !s.empty() && (s[0] == '-' || s[0] == '+') ? 1 : 0;
  const size_t integer = SkipDigits(s, i);
  size_t end = integer;
  if (end < s.size() && s[end] == '.') end = SkipDigits(s, end + 1);
  if (end == i || (end == i + 1 && s[i] == '.')) return false;
  if (end < s.size() && (s[end] == 'e' || s[end] == 'E')) {
    size_t exponent = end + 1;
    if (exponent < s.size() && (s[exponent] == '-' || s[exponent] == '+')) {
      ++exponent;
    }
    end = SkipDigits(s, exponent);
    if (end == exponent) return false;
  }
  return end == s.size();
}

// Plain (unquoted) scalars that YAML resolves to null, booleans or numbers.
NodeType PlainScalarType(absl::string_view s) {
  const std::string lower = absl::AsciiStrToLower(s);
  if (lower.empty() || lower == "~" || lower == "null") return NodeType::kNull;
  for (absl::string_view b : {"true", "false", "yes", "no", "on", "off"}) {
    if (lower == b) return NodeType::kOther;
  }
  return IsYamlNumber(lower) ? NodeType::kOther : NodeType::kString;
}

// File lines of each '\n'-separated line of a multi-line scalar's value,
// found by matching each value line's first word against the source lines
// at and after `start` (a 0-based text line). Folding only changes line
// ends, so a value line starts where some source line's content starts; the
// search window grows with the words of the previous value line, which keeps
// the whole search linear in the scalar's size.
std::vector<int> LocateValueLines(absl::string_view text,
                                  const LineIndex& index, int start,
                                  absl::string_view value) {
  std::vector<int> lines;
  int cursor = start;
  int window = 2;
  for (absl::string_view v : absl::StrSplit(value, '\n')) {
    const absl::string_view content = absl::StripLeadingAsciiWhitespace(v);
    const absl::string_view word = content.substr(0, content.find(' '));
    int found = -1;
    for (int k = cursor;
         !word.empty() && k < index.num_lines() && k < cursor + window; ++k) {
      const size_t begin = index.StartOf(k);
      const absl::string_view line = absl::StripLeadingAsciiWhitespace(
          text.substr(begin, text.find('\n', begin) - begin));
      if (absl::StartsWith(line, word)) {
        found = k;
        break;
      }
    }
    lines.push_back(index.first_line() + (found >= 0 ? found : cursor));
    if (found >= 0) cursor = found + 1;
    window = (found >= 0 ? 2 : window + 1) +
             static_cast<int>(std::count(v.begin(), v.end(), ' '));
  }
  return lines;
}

// Builds one Tree per YAML document from yaml-cpp's events. The first error
// is kept and every later event ignored, so parsing never has to unwind
// through yaml-cpp.
class TreeHandler : public YAML::EventHandler {
 public:
  TreeHandler(const SourceFile& source, int max_nesting)
      : source_(source),
        lines_(source.text, source.first_line),
        max_nesting_(max_nesting) {}

  absl::Status status() const { return status_; }
  bool nesting_exceeded() const {
    return builder_ != nullptr && builder_->nesting_exceeded();
  }
  std::vector<Tree> TakeDocuments() { return std::move(documents_); }
  int LineOf(const YAML::Mark& mark) const {
    return source_.first_line + std::max(mark.line, 0);
  }

  void OnDocumentStart(const YAML::Mark& mark) override;
  void OnDocumentEnd() override {
    if (!status_.ok()) return;
    absl::StatusOr<Tree> tree = builder_->Finish();
    Keep(tree.status());
    if (tree.ok()) documents_.push_back(*std::move(tree));
  }
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (!status_.ok()) return;
    Remember(anchor, builder_->AddScalar(NodeType::kNull, "", LineOf(mark)));
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override;
  void OnScalar(const YAML::Mark& mark, const std::string& tag,
                YAML::anchor_t anchor, const std::string& value) override;
  void OnSequenceStart(const YAML::Mark& mark, const std::string&,
                       YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    if (!status_.ok()) return;
    Open(builder_->StartList(LineOf(mark)), anchor);
  }
  void OnSequenceEnd() override {
    if (status_.ok()) Keep(builder_->End());
  }
  void OnMapStart(const YAML::Mark& mark, const std::string&,
                  YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
    if (!status_.ok()) return;
    Open(builder_->StartMap(LineOf(mark)), anchor);
  }
  void OnMapEnd() override {
    if (status_.ok()) Keep(builder_->End(/*merge_keys=*/true));
  }

 private:
  void Keep(absl::Status s) {
    if (status_.ok()) status_ = std::move(s);
  }
  void Open(absl::Status s, YAML::anchor_t anchor) {
    Keep(std::move(s));
    if (status_.ok() && anchor != YAML::NullAnchor) {
      anchors_[anchor] = builder_->current();
    }
  }
  void Remember(YAML::anchor_t anchor, absl::StatusOr<int> index) {
    Keep(index.status());
    if (index.ok() && *index >= 0 && anchor != YAML::NullAnchor) {
      anchors_[anchor] = *index;
    }
  }

  const SourceFile& source_;
  LineIndex lines_;
  const int max_nesting_;
  int last_document_pos_ = -1;  // Where the previous document started.
  std::unique_ptr<TreeBuilder> builder_;
  std::map<YAML::anchor_t, int> anchors_;
  std::vector<Tree> documents_;
  absl::Status status_;
};

// Every document consumes at least one token, so a document that starts
// where the previous one did means yaml-cpp 0.7 is stuck on a token it
// cannot place (a ',' outside a flow collection, say) and would report
// empty documents there forever.
void TreeHandler::OnDocumentStart(const YAML::Mark& mark) {
  if (!status_.ok()) return;
  if (mark.pos <= last_document_pos_) {
    const size_t at = static_cast<size_t>(std::max(mark.pos, 0));
    const char c = at < source_.text.size() ? source_.text[at] : ' ';
    Keep(absl::InvalidArgumentError(absl::StrCat(
        source_.path, ":", LineOf(mark), ": unexpected ",
        absl::ascii_isgraph(c) ? absl::StrCat("'", std::string(1, c), "'")
                               : std::string("text"))));
    return;
  }
  last_document_pos_ = mark.pos;
  builder_ = std::make_unique<TreeBuilder>(source_.path, max_nesting_);
  anchors_.clear();
}

void TreeHandler::OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) {
  if (!status_.ok()) return;
  const auto it = anchors_.find(anchor);
  if (it == anchors_.end() || builder_->IsOpen(it->second)) {
    Keep(absl::InvalidArgumentError(absl::StrCat(
        source_.path, ":", LineOf(mark), ": alias refers to itself")));
    return;
  }
  Keep(builder_->AddReference(it->second, LineOf(mark)));
}

void TreeHandler::OnScalar(const YAML::Mark& mark, const std::string& tag,
                           YAML::anchor_t anchor, const std::string& value) {
  if (!status_.ok()) return;
  const NodeType type = tag == "?" ? PlainScalarType(value) : NodeType::kString;
  const int text_line = std::max(mark.line, 0);
  const size_t at =
      lines_.StartOf(std::min(text_line, lines_.num_lines() - 1)) +
      std::max(mark.column, 0);
  const bool block = at < source_.text.size() &&
                     (source_.text[at] == '|' || source_.text[at] == '>');
  std::vector<int> value_lines;
  if (block || absl::StrContains(value, '\n')) {
    value_lines = LocateValueLines(source_.text, lines_,
                                   text_line + (block ? 1 : 0), value);
  }
  const int line = value_lines.empty() ? LineOf(mark) : value_lines[0];
  Remember(anchor,
           builder_->AddScalar(type, value, line, std::move(value_lines)));
}

// yaml-cpp's message without its own "error at line L, column C" prefix,
// which our "file:line: " replaces.
std::string ParserMessage(const YAML::Exception& e) {
  return e.msg.empty() ? std::string(e.what()) : e.msg;
}

// One document is the tree itself; several become a list of documents.
Tree JoinDocuments(std::vector<Tree> documents, int first_line) {
  if (documents.size() == 1) return std::move(documents[0]);
  Tree tree;
  TreeNode list;
  list.type = NodeType::kList;
  list.line = first_line;
  for (Tree& document : documents) {
    if (document.root >= 0) {
      list.items.push_back(AppendTree(std::move(document), &tree));
    }
  }
  if (list.items.empty()) return tree;
  tree.root = static_cast<int>(tree.nodes.size());
  tree.nodes.push_back(std::move(list));
  tree.synthetic_root = true;
  return tree;
}

}  // namespace

absl::StatusOr<Tree> ParseYamlTree(const SourceFile& source, int max_nesting,
                                   absl::string_view parser_prefix) {
  TreeHandler handler(source, max_nesting);
  try {
    std::istringstream in(source.text);
    YAML::Parser parser(in);
    while (handler.status().ok() && parser.HandleNextDocument(handler)) {
    }
  } catch (const YAML::DeepRecursion& e) {
    if (handler.nesting_exceeded()) return handler.status();
    return absl::InvalidArgumentError(
        absl::StrCat(source.path, ":", handler.LineOf(e.mark),
                     ": nesting too deep for the YAML parser"));
  } catch (const YAML::Exception& e) {
    // The parser's own message describes malformed input better than what
    // our builder made of the events before it (say, a "complex key").
    return absl::InvalidArgumentError(
        absl::StrCat(source.path, ":", handler.LineOf(e.mark), ": ",
                     parser_prefix, ParserMessage(e)));
  } catch (const std::exception& e) {
    return absl::InternalError(
        absl::StrCat(source.path, ":1: YAML parser failed: ", e.what()));
  }
  LM_RETURN_IF_ERROR(handler.status());
  return JoinDocuments(handler.TakeDocuments(), source.first_line);
}

}  // namespace laddermerge::internal
