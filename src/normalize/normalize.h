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
  // Statements with fewer letters or digits than this are dropped.
  int min_alnum_chars = 3;
};

// Normalizes every ladder of `raw`. Statement ids are "<ladder>:<n>", n
// counting from 1 in reading order after splitting and dropping. Repairs are
// reported as warnings, one per file with a count. Returns InvalidArgument
// "file:1: ..." if a ladder ends up with no statements. O(total text).
absl::StatusOr<Corpus> Normalize(RawCorpus raw,
                                 const NormalizeOptions& options);

// The text transformations, exposed for tests and for text that does not come
// from files (similarity queries):

// NFC, whitespace runs (including line breaks) collapsed to one space, and
// leading/trailing whitespace removed. Input must be valid UTF-8.
std::string NormalizeText(absl::string_view text);

}  // namespace laddermerge

#endif  // LADDERMERGE_NORMALIZE_NORMALIZE_H_
