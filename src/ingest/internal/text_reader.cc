// The plain-text reader: one statement per line or bullet. List markers
// ("- ", "* ", "• ", "1. ") are stripped; an indented line right after a
// bullet continues it; a line ending in ':' right before bullets labels them
// (it becomes their section) instead of being a statement. Markdown in a
// .txt file never reaches this reader (LooksLikeMarkdown).
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

#include "ingest/internal/level_names.h"
#include "ingest/internal/markup_text.h"
#include "ingest/internal/reader.h"

namespace laddermerge::internal {
namespace {

bool StartsIndented(absl::string_view line) {
  return !line.empty() && (line[0] == ' ' || line[0] == '\t');
}

// True when `lines[i]` ends with ':' and the next non-blank line is a bullet.
bool IsLabelLine(const std::vector<absl::string_view>& lines, size_t i) {
  const absl::string_view text = TrimSpace(lines[i]);
  if (text.empty() || text.back() != ':' || HasListMarker(text)) return false;
  for (size_t j = i + 1; j < lines.size(); ++j) {
    if (!TrimSpace(lines[j]).empty()) return HasListMarker(lines[j]);
  }
  return false;
}

}  // namespace

absl::StatusOr<ReadResult> ReadText(const SourceFile& source,
                                    const ReaderContext& context) {
  ReadResult result;
  const std::vector<absl::string_view> lines =
      absl::StrSplit(source.text, '\n');
  std::string label;
  bool previous_was_bullet = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const absl::string_view text = TrimSpace(lines[i]);
    if (text.empty()) {
      previous_was_bullet = false;
      continue;
    }
    if (IsLabelLine(lines, i)) {
      label = CleanSectionName(text);
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
    s.track = context.track;
    s.level = context.level;
    s.section = label;
    result.statements.push_back(std::move(s));
  }
  return result;
}

}  // namespace laddermerge::internal
