// reStructuredText structure in ladder text: section titles underlined (and
// optionally overlined) with a repeated punctuation character.
//
//   Engineer II          ->   ## Engineer II
//   ~~~~~~~~~~~               (blank)
//
// RST ranks title styles by first appearance: the first style met is level
// 1, the next new one level 2, and so on. RstToMarkdown rewrites such titles
// as ATX headings of that depth (capped at 6) and keeps every other line
// where it was, so the Markdown reader reads the result and its line numbers
// are the file's. It also blanks comments and directives ("..  note::", with
// their indented bodies) and caps the indentation of other lines at three
// spaces: RST indents block quotes and nested lists freely, where Markdown
// would read four spaces as code. Literal blocks (after a line ending in
// "::") stay as they are.
#ifndef LADDERMERGE_INGEST_INTERNAL_RST_TEXT_H_
#define LADDERMERGE_INGEST_INTERNAL_RST_TEXT_H_

#include <string>

#include "absl/strings/string_view.h"

namespace laddermerge::internal {

// True when `text` has an RST section title that Markdown would misread: an
// underline of a character other than '=' and '-' ("~~~~", "^^^^", "****"),
// or a title with an overline. Plain text with only '=' and '-' underlines
// is already Markdown (setext headings). O(text).
bool HasRstTitles(absl::string_view text);

// The text with RST titles as ATX headings, line for line (see above).
// O(text).
std::string RstToMarkdown(absl::string_view text);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_RST_TEXT_H_
