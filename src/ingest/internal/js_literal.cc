#include "ingest/internal/js_literal.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

#include "common/status_macros.h"
#include "ingest/internal/line_index.h"
#include "ingest/internal/structure_walker.h"

namespace laddermerge::internal {
namespace {

struct Declaration {
  std::string name;
  size_t literal = 0;  // Offset of the literal's '{' or '['.
};

bool IsIdentifierStart(char c) {
  return absl::ascii_isalpha(c) || c == '_' || c == '$' ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool IsIdentifierPart(char c) {
  return IsIdentifierStart(c) || absl::ascii_isdigit(c);
}

void AppendUtf8(uint32_t c, std::string* out) {
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// Parses one literal into a Tree. Errors are InvalidArgument; not_data()
// tells a literal that turned out to be code from a malformed one.
class LiteralParser {
 public:
  LiteralParser(const SourceFile& source, const LineIndex& lines, size_t start,
                int max_nesting)
      : source_(source),
        text_(source.text),
        lines_(lines),
        pos_(start),
        builder_(source.path, max_nesting) {}

  absl::StatusOr<Tree> Parse() {
    LM_RETURN_IF_ERROR(Value());
    return builder_.Finish();
  }
  bool not_data() const { return not_data_; }

 private:
  int Line(size_t at) const { return lines_.LineOf(at); }
  bool AtEnd() const { return pos_ >= text_.size(); }
  char Peek() const { return AtEnd() ? '\0' : text_[pos_]; }
  absl::Status Syntax(size_t at, absl::string_view what) const {
    return absl::InvalidArgumentError(
        absl::StrCat(source_.path, ":", Line(at), ": ", what));
  }
  absl::Status NotData() {
    not_data_ = true;
    return Syntax(pos_, "not a data literal");
  }
  absl::Status Skip();
  std::string Identifier();
  absl::Status Value();
  absl::Status Word();
  absl::Status Number();
  absl::Status Object();
  absl::Status Array();
  absl::StatusOr<std::string> Key();
  absl::StatusOr<std::string> Quoted(std::vector<int>* value_lines);
  absl::Status Escape(std::string* out, std::vector<int>* value_lines);
  absl::StatusOr<uint32_t> UnicodeEscape();
  uint32_t Hex(size_t digits);

  const SourceFile& source_;
  absl::string_view text_;
  const LineIndex& lines_;
  size_t pos_;
  TreeBuilder builder_;
  bool not_data_ = false;
};

// Skips whitespace and comments.
absl::Status LiteralParser::Skip() {
  while (!AtEnd()) {
    if (absl::ascii_isspace(Peek())) {
      ++pos_;
    } else if (absl::StartsWith(text_.substr(pos_), "//")) {
      pos_ = text_.find('\n', pos_);
      if (pos_ == absl::string_view::npos) pos_ = text_.size();
    } else if (absl::StartsWith(text_.substr(pos_), "/*")) {
      const size_t end = text_.find("*/", pos_ + 2);
      if (end == absl::string_view::npos) {
        return Syntax(pos_, "unterminated comment");
      }
      pos_ = end + 2;
    } else {
      break;
    }
  }
  return absl::OkStatus();
}

std::string LiteralParser::Identifier() {
  const size_t start = pos_;
  while (!AtEnd() && IsIdentifierPart(Peek())) ++pos_;
  return std::string(text_.substr(start, pos_ - start));
}

absl::Status LiteralParser::Value() {
  LM_RETURN_IF_ERROR(Skip());
  if (AtEnd()) return Syntax(pos_, "unexpected end of file in a literal");
  const char c = Peek();
  const size_t start = pos_;
  if (c == '{') return Object();
  if (c == '[') return Array();
  if (c == '"' || c == '\'' || c == '`') {
    std::vector<int> value_lines;
    LM_ASSIGN_OR_RETURN(std::string s, Quoted(&value_lines));
    if (value_lines.size() <= 1) value_lines.clear();
    return builder_
        .AddScalar(NodeType::kString, std::move(s), Line(start),
                   std::move(value_lines))
        .status();
  }
  if (absl::ascii_isdigit(c) || c == '-' || c == '+' || c == '.') {
    return Number();
  }
  if (IsIdentifierStart(c)) return Word();
  return NotData();
}

absl::Status LiteralParser::Word() {
  const size_t start = pos_;
  const std::string word = Identifier();
  NodeType type = NodeType::kOther;
  if (word == "null" || word == "undefined") {
    type = NodeType::kNull;
  } else if (word != "true" && word != "false" && word != "NaN" &&
             word != "Infinity") {
    pos_ = start;
    return NotData();
  }
  return builder_.AddScalar(type, word, Line(start)).status();
}

absl::Status LiteralParser::Number() {
  const size_t start = pos_;
  ++pos_;
  while (!AtEnd()) {
    const char c = Peek();
    const char before = text_[pos_ - 1];
    if (absl::ascii_isalnum(c) || c == '.' || c == '_' ||
        ((c == '-' || c == '+') && (before == 'e' || before == 'E'))) {
      ++pos_;
    } else {
      break;
    }
  }
  return builder_
      .AddScalar(NodeType::kOther,
                 std::string(text_.substr(start, pos_ - start)), Line(start))
      .status();
}

absl::Status LiteralParser::Object() {
  LM_RETURN_IF_ERROR(builder_.StartMap(Line(pos_)));
  ++pos_;
  while (true) {
    LM_RETURN_IF_ERROR(Skip());
    if (Peek() == '}') {
      ++pos_;
      return builder_.End();
    }
    const size_t key_start = pos_;
    LM_ASSIGN_OR_RETURN(std::string key, Key());
    LM_RETURN_IF_ERROR(Skip());
    if (Peek() != ':') {
      // `{a, b}` (shorthand) and `{f() {}}` (method) are code.
      if (Peek() == ',' || Peek() == '}' || Peek() == '(') return NotData();
      return Syntax(pos_, "expected ':' after a property name");
    }
    ++pos_;
    LM_RETURN_IF_ERROR(
        builder_.AddScalar(NodeType::kString, std::move(key), Line(key_start))
            .status());
    LM_RETURN_IF_ERROR(Value());
    LM_RETURN_IF_ERROR(Skip());
    if (Peek() == ',') {
      ++pos_;
    } else if (Peek() != '}') {
      return AtEnd() ? Syntax(key_start, "unterminated object")
                     : Syntax(pos_, "expected ',' or '}' in an object");
    }
  }
}

absl::StatusOr<std::string> LiteralParser::Key() {
  const char c = Peek();
  if (c == '"' || c == '\'') {
    std::vector<int> unused;
    return Quoted(&unused);
  }
  if (IsIdentifierStart(c)) return Identifier();
  if (absl::ascii_isdigit(c)) {
    const size_t start = pos_;
    while (!AtEnd() && absl::ascii_isalnum(Peek())) ++pos_;
    return std::string(text_.substr(start, pos_ - start));
  }
  if (c == '[' || c == '.' || c == '`') return NotData();
  return AtEnd() ? Syntax(pos_, "unexpected end of file in an object")
                 : Syntax(pos_, "expected a property name");
}

absl::Status LiteralParser::Array() {
  const size_t start = pos_;
  LM_RETURN_IF_ERROR(builder_.StartList(Line(pos_)));
  ++pos_;
  while (true) {
    LM_RETURN_IF_ERROR(Skip());
    if (Peek() == ']') {
      ++pos_;
      return builder_.End();
    }
    if (Peek() == ',') return NotData();  // A hole: `[1, , 2]`.
    if (absl::StartsWith(text_.substr(pos_), "...")) return NotData();
    LM_RETURN_IF_ERROR(Value());
    LM_RETURN_IF_ERROR(Skip());
    if (Peek() == ',') {
      ++pos_;
    } else if (Peek() != ']') {
      return AtEnd() ? Syntax(start, "unterminated array")
                     : Syntax(pos_, "expected ',' or ']' in an array");
    }
  }
}

// A '…', "…" or `…` string. Raw line breaks are only allowed in templates;
// each one starts a new entry of `value_lines`.
absl::StatusOr<std::string> LiteralParser::Quoted(
    std::vector<int>* value_lines) {
  const size_t start = pos_;
  const char quote = text_[pos_++];
  std::string out;
  value_lines->push_back(Line(start));
  while (true) {
    if (AtEnd()) return Syntax(start, "unterminated string");
    const char c = text_[pos_];
    if (c == quote) {
      ++pos_;
      return out;
    }
    if (c == '\\') {
      LM_RETURN_IF_ERROR(Escape(&out, value_lines));
      continue;
    }
    if (c == '\n' && quote != '`') return Syntax(start, "unterminated string");
    if (quote == '`' && absl::StartsWith(text_.substr(pos_), "${")) {
      return NotData();
    }
    out.push_back(c);
    ++pos_;
    if (c == '\n') value_lines->push_back(Line(pos_));
  }
}

uint32_t LiteralParser::Hex(size_t digits) {
  uint32_t value = 0;
  for (size_t i = 0; i < digits && !AtEnd(); ++i, ++pos_) {
    const char c = absl::ascii_tolower(Peek());
    if (!absl::ascii_isxdigit(c)) return 0xFFFD;
    value = value * 16 + (absl::ascii_isdigit(c) ? c - '0' : c - 'a' + 10);
  }
  return value;
}

absl::Status LiteralParser::Escape(std::string* out,
                                   std::vector<int>* value_lines) {
  ++pos_;  // The backslash.
  if (AtEnd()) return Syntax(pos_, "unterminated string");
  const char c = text_[pos_++];
  switch (c) {
    case 'n':
      out->push_back('\n');
      value_lines->push_back(Line(pos_));
      return absl::OkStatus();
    case 't':
      out->push_back('\t');
      return absl::OkStatus();
    case 'r':
    case 'b':
    case 'f':
    case 'v':
    case '0':
      out->push_back(' ');
      return absl::OkStatus();
    case '\n':  // A line continuation.
      return absl::OkStatus();
    case 'x':
      AppendUtf8(Hex(2), out);
      return absl::OkStatus();
    case 'u': {
      LM_ASSIGN_OR_RETURN(const uint32_t code, UnicodeEscape());
      AppendUtf8(code, out);
      return absl::OkStatus();
    }
    default:
      out->push_back(c);
      return absl::OkStatus();
  }
}

// The code point of a \uXXXX (with a following low surrogate) or \u{X…}
// escape whose "\u" has been read.
absl::StatusOr<uint32_t> LiteralParser::UnicodeEscape() {
  if (Peek() == '{') {
    const size_t close = text_.find('}', pos_);
    if (close == absl::string_view::npos) {
      return Syntax(pos_, "bad \\u{} escape");
    }
    ++pos_;
    const uint32_t code = Hex(close - pos_);
    pos_ = close + 1;
    return code;
  }
  uint32_t code = Hex(4);
  if (code >= 0xD800 && code <= 0xDBFF &&
      absl::StartsWith(text_.substr(pos_), "\\u")) {
    pos_ += 2;
    code = 0x10000 + ((code - 0xD800) << 10) + (Hex(4) - 0xDC00);
  }
  return code;
}

// Skips a type annotation (`: Tracks`, `: {[string]: number}`) up to the
// `=` of the initializer; npos if the declaration has none.
size_t SkipToInitializer(absl::string_view text, size_t pos) {
  int depth = 0;
  for (; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (c == '=' && pos + 1 < text.size() && text[pos + 1] == '>') {
      ++pos;  // An arrow in a function type.
      continue;
    }
    if (c == '(' || c == '[' || c == '{' || c == '<') ++depth;
    if (c == ')' || c == ']' || c == '}' || c == '>') --depth;
    if (depth > 0) continue;
    if (c == '=') return pos + 1;
    if (c == ';' || c == '\n' || depth < 0) break;
  }
  return absl::string_view::npos;
}

// The name declared by a line starting at `pos`, and where its initializer
// expression starts; {"", npos} if the line declares nothing.
std::pair<std::string, size_t> DeclaredName(absl::string_view text,
                                            size_t pos) {
  const absl::string_view line = text.substr(pos, text.find('\n', pos) - pos);
  for (absl::string_view prefix :
       {"export default ", "module.exports.", "module.exports ", "exports."}) {
    if (!absl::StartsWith(line, prefix)) continue;
    size_t at = pos + prefix.size();
    if (prefix == "export default ") return {"default", at};
    if (prefix == "module.exports ")
      return {"exports", SkipToInitializer(text, at)};
    const size_t name_start = at;
    while (at < text.size() && IsIdentifierPart(text[at])) ++at;
    return {std::string(text.substr(name_start, at - name_start)),
            SkipToInitializer(text, at)};
  }
  for (absl::string_view prefix : {"export const ", "export let ",
                                   "export var ", "const ", "let ", "var "}) {
    if (!absl::StartsWith(line, prefix)) continue;
    size_t at = pos + prefix.size();
    const size_t name_start = at;
    while (at < text.size() && IsIdentifierPart(text[at])) ++at;
    if (at == name_start) break;
    return {std::string(text.substr(name_start, at - name_start)),
            SkipToInitializer(text, at)};
  }
  return {"", absl::string_view::npos};
}

std::vector<Declaration> FindDeclarations(absl::string_view text) {
  std::vector<Declaration> found;
  for (size_t pos = 0; pos < text.size();) {
    auto [name, at] = DeclaredName(text, pos);
    while (at < text.size() && absl::ascii_isspace(text[at])) ++at;
    if (!name.empty() && at < text.size() &&
        (text[at] == '{' || text[at] == '[')) {
      found.push_back(Declaration{std::move(name), at});
    }
    const size_t newline = text.find('\n', pos);
    if (newline == absl::string_view::npos) break;
    pos = newline + 1;
  }
  return found;
}

}  // namespace

absl::StatusOr<Tree> ExtractJavaScriptData(const SourceFile& source,
                                           int max_nesting) {
  const LineIndex lines(source.text, source.first_line);
  Tree tree;
  std::vector<std::pair<std::string, int>> entries;
  for (const Declaration& d : FindDeclarations(source.text)) {
    LiteralParser parser(source, lines, d.literal, max_nesting);
    absl::StatusOr<Tree> part = parser.Parse();
    if (!part.ok()) {
      if (parser.not_data()) continue;
      return part.status();
    }
    entries.emplace_back(d.name, AppendTree(*std::move(part), &tree));
  }
  if (entries.empty()) return tree;
  TreeNode root;
  root.type = NodeType::kMap;
  root.line = source.first_line;
  root.entries = std::move(entries);
  tree.root = static_cast<int>(tree.nodes.size());
  tree.nodes.push_back(std::move(root));
  tree.synthetic_root = true;
  return tree;
}

absl::StatusOr<ReadResult> ReadJavaScript(const SourceFile& source,
                                          const ReaderContext& context) {
  const WalkOptions options = WalkOptionsFrom(context);
  LM_ASSIGN_OR_RETURN(Tree tree,
                      ExtractJavaScriptData(source, options.max_nesting));
  if (tree.root < 0) {
    ReadResult empty;
    empty.warnings.push_back(
        absl::StrCat(source.path, ":", source.first_line,
                     ": no object or array literal declarations found "
                     "(JavaScript is read, never run)"));
    return empty;
  }
  return WalkTree(tree, source, context, options);
}

}  // namespace laddermerge::internal
