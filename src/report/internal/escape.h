// Escaping for the text formats the report writes. Every piece of text that
// comes from an input file goes through one of these before it is written:
// ladders are untrusted input, and a statement such as
// `<script>alert(1)</script>` must reach the reader as text.
//
//   out += "<td>" + HtmlEscape(statement.text) + "</td>";
//   out += CsvField(statement.text) + ",";
//   out += "- " + YamlQuoted(statement.text) + "\n";
//
// All functions first replace invalid UTF-8 with U+FFFD, so every output file
// is valid UTF-8 whatever the input. They are pure and thread-safe.
#ifndef LADDERMERGE_REPORT_INTERNAL_ESCAPE_H_
#define LADDERMERGE_REPORT_INTERNAL_ESCAPE_H_

#include <string>

#include "absl/strings/string_view.h"

namespace laddermerge::internal {

// `text` with each invalid UTF-8 sequence (stray or truncated bytes,
// overlong forms, surrogates, code points above U+10FFFF) replaced by U+FFFD.
// O(n).
std::string SanitizeUtf8(absl::string_view text);

// Text for HTML element content and quoted attribute values: & < > " ' become
// character references. O(n).
std::string HtmlEscape(absl::string_view text);

// One RFC 4180 field: quoted (with "" for ") when it holds a comma, a quote,
// CR or LF, or starts or ends with a space; as is otherwise. O(n).
std::string CsvField(absl::string_view text);

// Guards a text cell against spreadsheet formula injection: a value that
// starts with = + - @ TAB or CR gets a leading apostrophe, which Excel and
// LibreOffice treat as "this is text". Other values are returned unchanged.
std::string SpreadsheetText(absl::string_view text);

// A YAML double-quoted scalar, including the quotes: \ and " escaped, line
// feed, tab and CR as \n \t \r, other control characters and the Unicode
// line/paragraph separators as \x, \u escapes, all other UTF-8 kept as is.
// Valid YAML 1.1 and 1.2. O(n).
std::string YamlQuoted(absl::string_view text);

// Text for one line of Markdown: the characters that could start markup
// inline (\ ` * _ [ ] < > | ~, and & before a letter, digit or #) and a
// leading block marker (# > + -, "1." "1)") are backslash-escaped, line
// breaks become spaces. Safe at the start of a line or list item; renders
// back to `text` in CommonMark and GitHub Markdown and never produces raw
// HTML. O(n).
std::string MarkdownInline(absl::string_view text);

// `text` on one line: CR, LF, TAB and other control characters become
// spaces. For YAML comments and other line-oriented places. O(n).
std::string OneLine(absl::string_view text);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_REPORT_INTERNAL_ESCAPE_H_
