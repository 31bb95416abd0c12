// Unicode text helpers of the normalize stage (ICU): NFC, whitespace,
// invisible characters, letter counts and list markers.
//
//   CollapseWhitespace(ToNfc("Cafe\u0301\u00A0 team\n"))  -> "Café team"
//   CountAlnum("設計する")                                 -> 4
//   (StripListMarker lives in common/text_util.h.)
//
// All functions take and return valid UTF-8, are pure and thread-safe, and
// are O(n).
#ifndef LADDERMERGE_NORMALIZE_INTERNAL_UNICODE_TEXT_H_
#define LADDERMERGE_NORMALIZE_INTERNAL_UNICODE_TEXT_H_

#include <string>

#include "absl/strings/string_view.h"

#include "common/text_util.h"

namespace laddermerge::internal {

// `text` in Unicode Normalization Form C. ICU failures (which only happen
// for invalid UTF-8, excluded by contract) return the text unchanged.
std::string ToNfc(absl::string_view text);

// Runs of Unicode white space (line breaks, no-break and ideographic spaces
// included) collapsed to one ASCII space, leading and trailing ones removed,
// and invisible characters dropped (zero-width space, word joiner, byte
// order mark, soft hyphen). Zero-width joiners stay: emoji and some scripts
// need them.
std::string CollapseWhitespace(absl::string_view text);

// Number of letters and digits (u_isalnum), in any script.
int CountAlnum(absl::string_view text);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_NORMALIZE_INTERNAL_UNICODE_TEXT_H_
