// Normalize: the second pipeline stage. Turns raw statements into the clean
// Corpus every later stage uses: encoding damage repaired (mojibake such as
// "companyâ€™s" -> "company’s"), leftover inline markup removed, Unicode NFC,
// whitespace collapsed, prose paragraphs split into sentences with ICU's
// sentence break iterator (each with its own source line), empty statements
// dropped, and statement ids assigned.
//
//   LM_ASSIGN_OR_RETURN(RawCorpus raw, Ingest(inputs, IngestOptions()));
//   LM_ASSIGN_OR_RETURN(Corpus corpus, Normalize(std::move(raw),
//   NormalizeOptions()));
#ifndef LADDERMERGE_NORMALIZE_NORMALIZE_H_
#define LADDERMERGE_NORMALIZE_NORMALIZE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

#include "common/ladder.h"
#include "ingest/ingest.h"

namespace laddermerge {

struct NormalizeOptions {
  // Split StatementKind::kParagraph text into one statement per sentence.
  bool split_sentences = true;
  // Repair UTF-8 text that was once decoded as Windows-1252 ("â€™" -> "’").
  bool repair_mojibake = true;
  // Remove inline Markdown and HTML left in the text (`**bold**`, `code`,
  // [text](url), <tags>, &amp; entities), as YAML, JSON and CSV sources
  // carry it verbatim.
  bool remove_markup = true;
  // Statements with fewer letters or digits (any script) than this are
  // dropped.
  int min_alnum_chars = 3;
  // Abbreviations after which ICU's sentence rules would end a sentence but
  // English prose does not; compared case-insensitively with the last word.
  std::vector<std::string> non_final_abbreviations = {
      "e.g.",    "i.e.",  "eg.",  "ie.",    "cf.",    "vs.", "viz.",
      "approx.", "incl.", "esp.", "w.r.t.", "a.k.a.", "no.", "fig.",
      "dr.",     "mr.",   "mrs.", "ms.",    "prof."};
};

// Normalizes every ladder of `raw`: per statement, mojibake repair, markup
// removal, sentence splitting of paragraphs (each sentence keeps its own
// line: the raw line plus the line breaks before it), list-marker removal,
// NFC and whitespace collapse; then statements with too few letters are
// dropped. Statement ids are "<ladder>:<n>", n counting from 1 in reading
// order after splitting and dropping. Repairs are reported as warnings, one
// per file: "file:1: repaired N mojibake sequences". Returns InvalidArgument
// "file:1: ..." if a ladder ends up with no statements, Internal if ICU
// fails. O(total text).
absl::StatusOr<Corpus> Normalize(RawCorpus raw,
                                 const NormalizeOptions& options);

// The text transformations, exposed for tests and for text that does not come
// from files (similarity queries):

// NFC, whitespace runs (any Unicode white space, line breaks included)
// collapsed to one space, invisible characters (zero-width space, soft
// hyphen, byte order mark) removed, and leading/trailing whitespace removed.
// Input must be valid UTF-8. O(n).
std::string NormalizeText(absl::string_view text);

}  // namespace laddermerge

#endif  // LADDERMERGE_NORMALIZE_NORMALIZE_H_
