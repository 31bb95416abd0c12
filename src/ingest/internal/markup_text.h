// Text helpers shared by the Markdown, HTML and plain-text readers: trimming
// Unicode spaces, list markers, placeholders such as "N/A", short labels, and
// blanking static-site template markup (Liquid, kramdown) before parsing.
//
//   (StripListMarker lives in common/text_util.h.)
//   IsPlaceholder("Same as L2")            // true
//   BlankTemplateMarkup("# A\n{: .no_toc }\n")  // "# A\n              \n"
//
// All functions are pure, thread-safe and linear in the text length.
#ifndef LADDERMERGE_INGEST_INTERNAL_MARKUP_TEXT_H_
#define LADDERMERGE_INGEST_INTERNAL_MARKUP_TEXT_H_

#include <string>

#include "absl/strings/string_view.h"

#include "common/text_util.h"

namespace laddermerge::internal {

// `text` without leading and trailing ASCII whitespace and Unicode spaces
// (no-break space, ideographic space, zero-width space, byte order mark).
// The result views `text`.
absl::string_view TrimSpace(absl::string_view text);

// True when `text` starts with a list marker: "- ", "* ", "+ ", "• ", "· ",
// "‣ ", "1. ", "1) ", after optional spaces.
bool HasListMarker(absl::string_view text);

// Number of whitespace-separated words holding a letter or digit (any
// non-ASCII character counts as a letter).
int CountWords(absl::string_view text);

// True for text that stands for "nothing here" in a ladder: empty, "N/A",
// "-", "TBD", "None", "TODO: ...", "Same as L2".
bool IsPlaceholder(absl::string_view text);

// True for a short one-line label (at most `max_words` words) that does not
// end like a sentence (".", "!", "?", ";").
bool IsLabelLike(absl::string_view text, int max_words);

// True for a plain line that can label the list right after it: label-like
// in at most four words, starting with a capital letter and not ending in
// ':' ("Technical", "Code quality"; not "You will:").
bool IsPlainLabel(absl::string_view text);

// True when the text of a list item that holds a sublist labels that sublist
// rather than being a statement: it ends with ':' ("Hiring:") or is a label
// of at most three words ("Communication", "People & Process").
bool LabelsSublist(absl::string_view item_text);

// True when a list item that labels its sublist is still an expectation of
// its own: a full sentence (six words or more) introducing details with a
// colon, e.g. "You make sure every service you own has an owner and a
// runbook:". Such an item is both a statement and the sublist's section.
bool IntroducesDetails(absl::string_view item_text);

// "outer > inner" with `inner` cleaned as a section name; either may be "".
std::string JoinSection(absl::string_view outer, absl::string_view inner);

// True when `text` consists only of whitespace and punctuation.
bool IsBlankOrPunctuation(absl::string_view text);

// `text` with static-site template markup replaced by spaces: Liquid tags and
// output (`{% ... %}`, `{{ ... }}`, `{% comment %}...{% endcomment %}`),
// kramdown attribute lists and extensions (`{: .no_toc }`, `{:toc}`,
// `{::options ... /}`, `{::comment}...{:/comment}`). Line breaks are kept, so
// every line keeps its number. An unterminated tag is left alone.
std::string BlankTemplateMarkup(absl::string_view text);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_MARKUP_TEXT_H_
