// The plain-text reader: one statement per line or bullet. List markers
// ("- ", "* ", "• ", "1. ") are stripped; an indented line right after a
// bullet continues it; a line ending in ':' right before bullets labels them
// (it becomes their section) instead of being a statement. A line of its own
// that names a level ("Senior Engineer", "Level 2 - Practitioner", "L3:")
// starts that level's statements (text of four or more words after the name,
// "L3: owns projects end to end", is one of them), and plain lines before the
// first such line are a preamble, not statements. Markdown in a .txt file never
// reaches this reader (LooksLikeMarkdown).
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

#include "ingest/internal/level_names.h"
#include "ingest/internal/markup_text.h"
#include "ingest/internal/reader.h"
#include "ingest/internal/structure_names.h"

namespace laddermerge::internal {
namespace {

bool StartsIndented(absl::string_view line) {
  return !line.empty() && (line[0] == ' ' || line[0] == '\t');
}

// True when `text` has letters and all of them are capitals ("TECHNICAL").
bool IsAllCaps(absl::string_view text) {
  bool letters = false;
  for (const char c : text) {
    if (absl::ascii_islower(c)) return false;
    letters = letters || absl::ascii_isupper(c);
  }
  return letters;
}

// "SENIOR ENGINEER II" -> "Senior Engineer II": a name in capitals as a
// heading would write it; words with digits ("L3") and Roman numerals keep
// their capitals. Other text is returned unchanged.
std::string UnShout(absl::string_view text) {
  if (!IsAllCaps(text)) return std::string(text);
  std::string out(text);
  size_t start = 0;
  while (start < out.size()) {
    size_t end = start;
    while (end < out.size() && absl::ascii_isalnum(out[end])) ++end;
    const absl::string_view word =
        absl::string_view(out).substr(start, end - start);
    const bool keep =
        word.find_first_of("0123456789") != absl::string_view::npos ||
        word.find_first_not_of("IVX") == absl::string_view::npos;
    if (!keep) {
      for (size_t k = start + 1; k < end; ++k) {
        out[k] = absl::ascii_tolower(out[k]);
      }
    }
    start = end + 1;
  }
  return out;
}

// True when `lines[i]` labels the lines after it: it ends with ':' and the
// next non-blank line is a bullet, or it is a short heading in capitals
// ("TECHNICAL", "CODE QUALITY:") right above a line of text.
bool IsLabelLine(const std::vector<absl::string_view>& lines, size_t i) {
  const absl::string_view text = TrimSpace(lines[i]);
  if (text.empty() || HasListMarker(text)) return false;
  if (IsAllCaps(text) && IsLabelLike(text, 4) && i + 1 < lines.size() &&
      !TrimSpace(lines[i + 1]).empty()) {
    return true;
  }
  if (text.back() != ':') return false;
  for (size_t j = i + 1; j < lines.size(); ++j) {
    if (!TrimSpace(lines[j]).empty()) return HasListMarker(lines[j]);
  }
  return false;
}

// A line naming a level, and what follows the name on that line.
struct LevelLine {
  LevelName name;
  absl::string_view rest;  // "owns projects end to end" after "L3: "; or "".
};

// The level a non-bullet line names, or nullopt: the whole line ("Engineer
// II", "Milestone 3") or the part before a dash or colon ("Level 1 -
// Apprentice", "L3: owns projects end to end").
std::optional<LevelLine> LevelOfLine(absl::string_view text) {
  if (text.empty()) return std::nullopt;
  const bool sentence =
      text.back() == '.' || text.back() == '!' || text.back() == '?';
  if (text.back() == ':') text.remove_suffix(1);
  std::vector<std::pair<absl::string_view, absl::string_view>> candidates;
  if (!sentence) candidates.push_back({text, ""});
  for (absl::string_view separator : kLevelSeparators) {
    const size_t at = text.find(separator);
    if (at != absl::string_view::npos) {
      candidates.push_back(
          {text.substr(0, at), TrimSpace(text.substr(at + separator.size()))});
    }
  }
  for (const auto& [candidate, rest] : candidates) {
    if (!LooksLikeLevelName(candidate)) continue;
    std::optional<LevelName> parsed =
        ParseLevelName(candidate, PhraseContext::kHeading);
    if (parsed.has_value() && !parsed->level.empty()) {
      return LevelLine{*std::move(parsed), rest};
    }
    return LevelLine{{CleanName(candidate), TrackFromLevelName(candidate)},
                     rest};
  }
  return std::nullopt;
}

}  // namespace

absl::StatusOr<ReadResult> ReadText(const SourceFile& source,
                                    const ReaderContext& context) {
  ReadResult result;
  const std::vector<absl::string_view> lines =
      absl::StrSplit(source.text, '\n');
  std::string label;
  std::string level = context.level;
  std::string track = context.track;
  const auto level_line = [&](size_t i) -> std::optional<LevelLine> {
    if (HasListMarker(lines[i]) || StartsIndented(lines[i])) {
      return std::nullopt;
    }
    return LevelOfLine(TrimSpace(lines[i]));
  };
  // In a file with level lines, the plain lines before the first one are a
  // preamble (a title, an introduction), not statements.
  size_t first_level = 0;
  while (first_level < lines.size() && !level_line(first_level)) {
    ++first_level;
  }
  if (first_level == lines.size()) first_level = 0;
  bool previous_was_bullet = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const absl::string_view text = TrimSpace(lines[i]);
    if (text.empty()) {
      previous_was_bullet = false;
      continue;
    }
    if (i < first_level && !HasListMarker(lines[i]) && !previous_was_bullet) {
      continue;
    }
    if (const std::optional<LevelLine> named = level_line(i)) {
      level = UnShout(named->name.level);
      if (!named->name.track.empty()) track = named->name.track;
      label.clear();
      previous_was_bullet = false;
      // A level's short title ("Apprentice") is not a statement; a longer
      // text after its name is.
      if (CountWords(named->rest) < 4) continue;
      RawStatement s;
      s.text = std::string(named->rest);
      s.file = source.path;
      s.line = source.first_line + static_cast<int>(i);
      s.track = track;
      s.level = level;
      result.statements.push_back(std::move(s));
      continue;
    }
    if (IsLabelLine(lines, i)) {
      label = UnShout(CleanSectionName(text));
      continue;
    }
    const bool bullet = HasListMarker(lines[i]);
    if (!bullet && previous_was_bullet && StartsIndented(lines[i])) {
      absl::StrAppend(&result.statements.back().text, "\n", text);
      continue;
    }
    previous_was_bullet = bullet;
    RawStatement s;
    s.text = std::string(StripListMarker(text));
    s.file = source.path;
    s.line = source.first_line + static_cast<int>(i);
    s.track = track;
    s.level = level;
    s.section = label;
    result.statements.push_back(std::move(s));
  }
  return result;
}

}  // namespace laddermerge::internal
