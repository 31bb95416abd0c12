// Removes inline markup that structured sources (YAML, JSON, CSV cells)
// carry verbatim, and that readers of markup formats may leave behind:
//
//   RemoveInlineMarkup("**Owns** the [runbook](https://x) &amp; `oncall`")
//     -> "Owns the runbook & oncall"
//
// Handled: `**bold**` and `__bold__`; `*em*` and `_em_` (CommonMark-like
// flanking, so "5 * 3" and snake_case stay); stray `**` left by a bold span
// that a line split cut in two; `code spans`; [text](url), [text][ref] and
// ![alt](src); <https://autolinks>; HTML tags (removed) and comments; HTML
// entities (named ones common in prose, and numeric). Line breaks are kept,
// so line offsets stay valid.
#ifndef LADDERMERGE_NORMALIZE_INTERNAL_MARKUP_H_
#define LADDERMERGE_NORMALIZE_INTERNAL_MARKUP_H_

#include <string>

#include "absl/strings/string_view.h"

namespace laddermerge::internal {

// `text` (valid UTF-8) without inline markup. Pure and thread-safe; O(n).
std::string RemoveInlineMarkup(absl::string_view text);

// `text` with HTML entities decoded; unknown or malformed entities are kept.
std::string DecodeHtmlEntities(absl::string_view text);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_NORMALIZE_INTERNAL_MARKUP_H_
