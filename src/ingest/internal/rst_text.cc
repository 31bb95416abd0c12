#include "ingest/internal/rst_text.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

namespace laddermerge::internal {
namespace {

// The characters RST accepts for section adornments (printable ASCII
// punctuation).
constexpr absl::string_view kAdornments = "=-`:'\"~^_*+#<>.!$%&(),/;?@[\\]{|}";

size_t Indent(absl::string_view line) {
  size_t width = 0;
  for (const char c : line) {
    if (c == ' ') {
      ++width;
    } else if (c == '\t') {
      width += 4;
    } else {
      break;
    }
  }
  return width;
}

bool IsBlank(absl::string_view line) {
  return absl::StripAsciiWhitespace(line).empty();
}

// Code points in `text` (valid UTF-8).
size_t Width(absl::string_view text) {
  return std::count_if(text.begin(), text.end(),
                       [](char c) { return (c & 0xC0) != 0x80; });
}

// The character of an adornment line ("~~~~~~"), or 0: at least three of
// one punctuation character, from the first column.
char AdornmentOf(absl::string_view line) {
  line = absl::StripTrailingAsciiWhitespace(line);
  if (line.size() < 3 || !absl::StrContains(kAdornments, line[0])) return 0;
  return line.find_first_not_of(line[0]) == absl::string_view::npos ? line[0]
                                                                    : 0;
}

struct Title {
  size_t line = 0;  // The title text; the underline is the next line.
  char adornment = 0;
  bool overline = false;
};

// Section titles: a line of text under a blank line (or an overline of the
// same character, or the start), over an adornment line at least half as
// wide as the title (RST wants it as wide; shorter ones still render).
std::vector<Title> FindTitles(const std::vector<absl::string_view>& lines) {
  std::vector<Title> titles;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const absl::string_view text = absl::StripAsciiWhitespace(lines[i]);
    if (text.empty() || AdornmentOf(lines[i]) != 0) continue;
    const char c = AdornmentOf(lines[i + 1]);
    if (c == 0) continue;
    const size_t underline =
        absl::StripTrailingAsciiWhitespace(lines[i + 1]).size();
    if (2 * underline < Width(text)) continue;
    const bool overline = i > 0 && AdornmentOf(lines[i - 1]) == c;
    const size_t before = overline ? i - 1 : i;
    if (before > 0 && !IsBlank(lines[before - 1])) continue;
    if (!overline && Indent(lines[i]) > 0) continue;
    titles.push_back({i, c, overline});
    ++i;
  }
  return titles;
}

// `Text <https://...>`_ -> Text; :role:`text` -> text, :doc:`Text <page>` ->
// Text. Other inline markup
// is Markdown's too (**strong**, *emphasis*, ``code``).
std::string SimplifyInline(absl::string_view line) {
  std::string out;
  size_t i = 0;
  while (i < line.size()) {
    const size_t tick = line.find('`', i);
    if (tick == absl::string_view::npos) break;
    // A role prefix (":ref:") right before the backtick is dropped.
    size_t start = tick;
    if (tick > i + 1 && line[tick - 1] == ':') {
      size_t k = tick - 1;
      while (k > i && (absl::ascii_isalnum(line[k - 1]) || line[k - 1] == '-' ||
                       line[k - 1] == '_')) {
        --k;
      }
      if (k > i && k < tick - 1 && line[k - 1] == ':') start = k - 1;
    }
    const size_t close = line.find('`', tick + 1);
    if (close == absl::string_view::npos || close == tick + 1 ||
        (tick + 1 < line.size() && line[tick + 1] == '`')) {
      absl::StrAppend(&out, line.substr(i, tick + 1 - i));
      i = tick + 1;
      continue;
    }
    absl::string_view inner = line.substr(tick + 1, close - tick - 1);
    size_t end = close + 1;
    const bool link = end < line.size() && line[end] == '_';
    if (link) {
      while (end < line.size() && line[end] == '_') ++end;
    }
    if (link || start != tick) {  // "text <target>" names its target.
      if (absl::EndsWith(inner, ">")) {
        const size_t open = inner.rfind('<');
        if (open != absl::string_view::npos && open > 0) {
          inner = absl::StripTrailingAsciiWhitespace(inner.substr(0, open));
        }
      }
    }
    if (!link && start == tick) {  // Plain `interpreted text`: keep as is.
      absl::StrAppend(&out, line.substr(i, end - i));
    } else {
      absl::StrAppend(&out, line.substr(i, start - i), inner);
    }
    i = end;
  }
  absl::StrAppend(&out, line.substr(std::min(i, line.size())));
  return out;
}

}  // namespace

bool HasRstTitles(absl::string_view text) {
  const std::vector<absl::string_view> lines = absl::StrSplit(text, '\n');
  for (const Title& title : FindTitles(lines)) {
    if (title.overline || (title.adornment != '=' && title.adornment != '-')) {
      return true;
    }
  }
  return false;
}

std::string RstToMarkdown(absl::string_view text) {
  const std::vector<absl::string_view> lines = absl::StrSplit(text, '\n');
  std::vector<std::string> out(lines.begin(), lines.end());
  std::vector<bool> done(lines.size(), false);
  std::vector<std::pair<char, bool>> styles;
  for (const Title& title : FindTitles(lines)) {
    const std::pair<char, bool> style = {title.adornment, title.overline};
    auto it = std::find(styles.begin(), styles.end(), style);
    if (it == styles.end()) it = styles.insert(styles.end(), style);
    const int depth = std::min<int>(6, int(it - styles.begin()) + 1);
    out[title.line] = absl::StrCat(
        std::string(depth, '#'), " ",
        SimplifyInline(absl::StripAsciiWhitespace(lines[title.line])));
    out[title.line + 1].clear();
    done[title.line] = done[title.line + 1] = true;
    if (title.overline) {
      out[title.line - 1].clear();
      done[title.line - 1] = true;
    }
  }
  // Comments and directives (blanked with their bodies), literal blocks
  // (kept), and everything else with its indentation capped.
  enum class Block { kNone, kDirective, kLiteral };
  Block block = Block::kNone;
  size_t block_indent = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (done[i]) {
      block = Block::kNone;
      continue;
    }
    const absl::string_view line = lines[i];
    const size_t indent = Indent(line);
    if (block != Block::kNone) {
      if (IsBlank(line) || indent > block_indent) {
        if (block == Block::kDirective) out[i].clear();
        continue;
      }
      block = Block::kNone;
    }
    const absl::string_view body = absl::StripAsciiWhitespace(line);
    if (body == ".." || absl::StartsWith(body, ".. ")) {
      out[i].clear();
      block = Block::kDirective;
      block_indent = indent;
      continue;
    }
    std::string rewritten = SimplifyInline(body);
    if (absl::StartsWith(rewritten, "#. ")) rewritten[0] = '1';
    if (absl::EndsWith(rewritten, "::")) {
      // "Examples::" reads "Examples:"; a lone "::" disappears.
      rewritten.pop_back();
      if (absl::EndsWith(rewritten, " :") || rewritten == ":") {
        rewritten.pop_back();
        rewritten = std::string(absl::StripTrailingAsciiWhitespace(rewritten));
      }
      block = Block::kLiteral;
      block_indent = indent;
    }
    out[i] = body.empty()
                 ? std::string()
                 : absl::StrCat(std::string(std::min<size_t>(indent, 3), ' '),
                                rewritten);
  }
  return absl::StrJoin(out, "\n");
}

}  // namespace laddermerge::internal
