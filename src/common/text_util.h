// Small text helpers shared by the stages that read statements (ingest and
// normalize).
//
//   StripListMarker("  - Writes tests")  // "Writes tests"
//   StripListMarker("2) Reviews code")   // "Reviews code"
//   EscapeControlCharacters("a\nb.md")   // "a\\nb.md": one line again
#ifndef LADDERMERGE_COMMON_TEXT_UTIL_H_
#define LADDERMERGE_COMMON_TEXT_UTIL_H_

#include <string>

#include "absl/strings/string_view.h"

namespace laddermerge {

// `text` without surrounding ASCII whitespace and without one leading list
// marker: "- ", "* ", "+ ", a typographic bullet (• · ‣ ◦ ▪ –) followed by a
// space, or "1. " / "12) " (up to three digits), or a symbol used as a
// bullet followed by a space: an arrow, geometric shape, dingbat or emoji
// ("✅ ", "✔️ ", "→ ", "► ", "👉 "). The result views `text`.
absl::string_view StripListMarker(absl::string_view text);

// `text` with its ASCII control characters (line breaks included) and DEL
// written as C escapes: "\n", "\r", "\t", else "\x1b". Backslashes are
// kept as they are, and so is everything else, UTF-8 included. For error and
// warning lines that quote file names or input, which must stay one line.
// O(n).
std::string EscapeControlCharacters(absl::string_view text);

}  // namespace laddermerge

#endif  // LADDERMERGE_COMMON_TEXT_UTIL_H_
