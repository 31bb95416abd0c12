// Small text helpers shared by the stages that read statements (ingest and
// normalize).
//
//   StripListMarker("  - Writes tests")  // "Writes tests"
//   StripListMarker("2) Reviews code")   // "Reviews code"
#ifndef LADDERMERGE_COMMON_TEXT_UTIL_H_
#define LADDERMERGE_COMMON_TEXT_UTIL_H_

#include "absl/strings/string_view.h"

namespace laddermerge {

// `text` without surrounding ASCII whitespace and without one leading list
// marker: "- ", "* ", "+ ", a typographic bullet (• · ‣ ◦ ▪ –) followed by a
// space, or "1. " / "12) " (up to three digits). The result views `text`.
absl::string_view StripListMarker(absl::string_view text);

}  // namespace laddermerge

#endif  // LADDERMERGE_COMMON_TEXT_UTIL_H_
