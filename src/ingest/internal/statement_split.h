// Splits one text value of a structured ladder (a YAML/JSON string, a CSV
// cell) into the statements it holds, keeping where each one starts.
//
//   for (const TextPiece& p : SplitStructuredText("1. Writes tests\n"
//                                                 "2. Reviews code")) {
//     // p.text = "Writes tests", p.newlines_before = 0; then
//     // p.text = "Reviews code", p.newlines_before = 1.
//   }
//
// Both functions are pure and thread-safe, and O(n) in the text's length
// whatever its shape (one huge line, thousands of lines).
#ifndef LADDERMERGE_INGEST_INTERNAL_STATEMENT_SPLIT_H_
#define LADDERMERGE_INGEST_INTERNAL_STATEMENT_SPLIT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace laddermerge::internal {

struct TextPiece {
  // The statement without its list marker; line breaks inside it are kept
  // (normalize collapses them), surrounding whitespace is not.
  std::string text;
  size_t offset = 0;        // Byte offset of text's first character.
  int newlines_before = 0;  // Number of '\n' in the input before `offset`.
};

// Length of the list marker at the start of `line` ("- ", "* ", "+ ",
// "• ", "1. ", "12) ") including the spaces after it; 0 if there is none.
size_t ListMarkerLength(absl::string_view line);

// For strings of YAML, JSON and JavaScript ladders, whose line breaks are
// often just hard wrapping: a new statement starts after a blank line and at
// every line that starts with a list marker. A line "1. a 2. b 3. c" (a
// numbered list folded into one line) is split at each next number.
std::vector<TextPiece> SplitStructuredText(absl::string_view text);

// For spreadsheet cells, where a line break is deliberate: a new statement
// starts after a blank line, at a list marker, at a line break, and at " ; ".
// A line that continues the previous one stays with it: one that starts in
// lowercase, with "Examples", "e.g.", "i.e.", "such as", "例" or "(", or
// that follows a line ending in ':' or ','. Emphasis markers (`**`) at the
// line start are ignored for this test.
std::vector<TextPiece> SplitCellText(absl::string_view text);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_STATEMENT_SPLIT_H_
