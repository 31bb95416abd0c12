#include "ingest/internal/statement_split.h"

#include <algorithm>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace laddermerge::internal {
namespace {

enum class Mode { kStructured, kCell };

// Collects pieces as contiguous byte ranges of the input.
class PieceCollector {
 public:
  explicit PieceCollector(absl::string_view text) : text_(text) {}

  bool open() const { return open_; }
  void Open(size_t start, int newlines, bool numbered_one) {
    Close();
    open_ = true;
    start_ = end_ = start;
    newlines_ = newlines;
    numbered_one_ = numbered_one;
  }
  void Extend(size_t end) { end_ = end; }
  void Close() {
    if (!open_) return;
    open_ = false;
    const absl::string_view t =
        absl::StripTrailingAsciiWhitespace(text_.substr(start_, end_ - start_));
    if (t.empty()) return;
    pieces_.push_back(
        {TextPiece{std::string(t), start_, newlines_}, numbered_one_});
  }
  std::vector<std::pair<TextPiece, bool>> Take() {
    Close();
    return std::move(pieces_);
  }

 private:
  absl::string_view text_;
  std::vector<std::pair<TextPiece, bool>> pieces_;
  bool open_ = false;
  bool numbered_one_ = false;
  size_t start_ = 0;
  size_t end_ = 0;
  int newlines_ = 0;
};

absl::string_view StripEmphasis(absl::string_view s) {
  while (!s.empty() && (s.front() == '*' || s.front() == '_' ||
                        absl::ascii_isspace(s.front()))) {
    s.remove_prefix(1);
  }
  return s;
}

absl::string_view StripTrailingEmphasis(absl::string_view s) {
  while (!s.empty() && (s.back() == '*' || s.back() == '_' ||
                        absl::ascii_isspace(s.back()))) {
    s.remove_suffix(1);
  }
  return s;
}

bool StartsLowercase(absl::string_view s) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(bytes, i, static_cast<int32_t>(s.size()), c);
  return c >= 0 && u_islower(c);
}

bool IsContinuation(absl::string_view line, absl::string_view previous) {
  const absl::string_view s = StripEmphasis(line);
  if (s.empty()) return false;
  if (StartsLowercase(s)) return true;
  const std::string head = absl::AsciiStrToLower(s.substr(0, 16));
  for (absl::string_view cue :
       {"e.g", "eg.", "eg:", "i.e", "ex:", "ex.", "example", "for example",
        "for instance", "some example", "such as", "including", "(",
        "\xE4\xBE\x8B" /* 例 */, "\xEF\xBC\x88" /* （ */}) {
    if (absl::StartsWith(head, cue)) return true;
  }
  const absl::string_view p = StripTrailingEmphasis(previous);
  return absl::EndsWith(p, ":") || absl::EndsWith(p, ",") ||
         absl::EndsWith(p, "\xEF\xBC\x9A" /* ： */) ||
         absl::EndsWith(p, "\xE3\x80\x81" /* 、 */);
}

std::vector<std::pair<TextPiece, bool>> GroupLines(absl::string_view text,
                                                   Mode mode) {
  PieceCollector collector(text);
  absl::string_view previous;
  size_t pos = 0;
  for (int line = 0;; ++line) {
    size_t newline = text.find('\n', pos);
    if (newline == absl::string_view::npos) newline = text.size();
    const absl::string_view raw = text.substr(pos, newline - pos);
    const absl::string_view content = absl::StripAsciiWhitespace(raw);
    const size_t start = pos + (content.data() - raw.data());
    if (content.empty()) {
      collector.Close();
    } else if (const size_t marker = ListMarkerLength(content); marker > 0) {
      collector.Open(
          start + marker, line,
          absl::StartsWith(content, "1.") || absl::StartsWith(content, "1)"));
    } else if (!collector.open() ||
               (mode == Mode::kCell && !IsContinuation(content, previous))) {
      collector.Open(start, line, false);
    }
    if (!content.empty()) {
      collector.Extend(start + content.size());
      previous = content;
    }
    if (newline == text.size()) break;
    pos = newline + 1;
  }
  return collector.Take();
}

// Cuts `piece` at each occurrence of a separator that `next_separator`
// finds (returning its position and length, or npos), keeping offsets and
// line counts right. Linear in the piece's length.
template <typename Finder>
void CutPiece(const TextPiece& piece, Finder next_separator,
              std::vector<TextPiece>* out) {
  const absl::string_view t = piece.text;
  size_t begin = 0;
  int newlines = piece.newlines_before;
  while (true) {
    const auto [at, length] = next_separator(t, begin);
    const size_t end = at == absl::string_view::npos ? t.size() : at;
    const absl::string_view part =
        absl::StripAsciiWhitespace(t.substr(begin, end - begin));
    if (!part.empty()) {
      const size_t lead = part.data() - (t.data() + begin);
      const int lead_newlines = static_cast<int>(
          std::count(t.begin() + begin, t.begin() + begin + lead, '\n'));
      out->push_back(TextPiece{std::string(part), piece.offset + begin + lead,
                               newlines + lead_newlines});
    }
    if (at == absl::string_view::npos) return;
    newlines += static_cast<int>(
        std::count(t.begin() + begin, t.begin() + at + length, '\n'));
    begin = at + length;
  }
}

}  // namespace

size_t ListMarkerLength(absl::string_view line) {
  size_t n = 0;
  for (absl::string_view bullet :
       {"- ", "* ", "+ ", "\xE2\x80\xA2 " /* • */, "\xE2\x80\xA3 " /* ‣ */,
        "\xE2\x97\xA6 " /* ◦ */, "\xE2\x96\xAA " /* ▪ */}) {
    if (absl::StartsWith(line, bullet)) n = bullet.size();
  }
  if (n == 0) {
    size_t digits = 0;
    while (digits < line.size() && digits < 4 &&
           absl::ascii_isdigit(line[digits])) {
      ++digits;
    }
    if (digits == 0 || digits > 3 || digits + 1 >= line.size() ||
        (line[digits] != '.' && line[digits] != ')') ||
        !absl::ascii_isspace(line[digits + 1])) {
      return 0;
    }
    n = digits + 2;
  }
  while (n < line.size() && (line[n] == ' ' || line[n] == '\t')) ++n;
  return n;
}

std::vector<TextPiece> SplitStructuredText(absl::string_view text) {
  std::vector<TextPiece> out;
  for (const auto& [piece, numbered_one] :
       GroupLines(text, Mode::kStructured)) {
    if (!numbered_one) {
      out.push_back(piece);
      continue;
    }
    int expected = 2;
    CutPiece(
        piece,
        [&expected](absl::string_view t, size_t from) {
          for (absl::string_view end : {". ", ") "}) {
            const std::string marker = absl::StrCat(" ", expected, end);
            const size_t at = t.find(marker, from);
            if (at != absl::string_view::npos) {
              ++expected;
              return std::make_pair(at, marker.size());
            }
          }
          return std::make_pair(absl::string_view::npos, size_t{0});
        },
        &out);
  }
  return out;
}

std::vector<TextPiece> SplitCellText(absl::string_view text) {
  std::vector<TextPiece> out;
  for (const auto& entry : GroupLines(text, Mode::kCell)) {
    CutPiece(
        entry.first,
        [](absl::string_view t, size_t from) {
          return std::make_pair(t.find(" ; ", from), size_t{3});
        },
        &out);
  }
  return out;
}

}  // namespace laddermerge::internal
