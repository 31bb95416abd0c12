// Splits prose into sentences with ICU's sentence break iterator, keeping
// the line each sentence starts on.
//
//   LM_ASSIGN_OR_RETURN(SentenceSplitter splitter,
//                       SentenceSplitter::Create({"e.g.", "i.e."}));
//   LM_ASSIGN_OR_RETURN(std::vector<Sentence> s,
//                       splitter.Split("Uses tools, e.g. Git.\nWrites docs."));
//   // s[0].text = "Uses tools, e.g. Git. ", s[1].newlines_before = 1
//
// ICU's English rules (with the locale's standard suppressions, "Mr." and
// the like) split after "e.g. Git" and "i.e. READMEs"; a boundary right
// after one of the given non-final abbreviations is therefore dropped.
// Single line breaks are hard wrapping inside a sentence, not boundaries.
#ifndef LADDERMERGE_NORMALIZE_INTERNAL_SENTENCES_H_
#define LADDERMERGE_NORMALIZE_INTERNAL_SENTENCES_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace laddermerge::internal {

struct Sentence {
  std::string text;         // As in the input, line breaks included.
  int newlines_before = 0;  // '\n' in the input before the sentence.
};

// Owns one ICU break iterator, so it is not thread-safe: use one per thread.
// Movable; not copyable (the iterator is stateful).
class SentenceSplitter {
 public:
  // Internal if ICU cannot create the iterator. `non_final_abbreviations`
  // are compared case-insensitively with a sentence's last word.
  static absl::StatusOr<SentenceSplitter> Create(
      std::vector<std::string> non_final_abbreviations);

  SentenceSplitter(SentenceSplitter&&) noexcept;
  SentenceSplitter& operator=(SentenceSplitter&&) noexcept;
  ~SentenceSplitter();

  // The sentences of `text` (valid UTF-8), in order, covering all of it
  // except blank sentences. O(n).
  std::vector<Sentence> Split(absl::string_view text);

 private:
  SentenceSplitter(std::unique_ptr<icu::BreakIterator> iterator,
                   std::vector<std::string> abbreviations);
  bool EndsWithAbbreviation(absl::string_view sentence) const;

  std::unique_ptr<icu::BreakIterator> iterator_;
  std::vector<std::string> abbreviations_;  // Lowercase.
};

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_NORMALIZE_INTERNAL_SENTENCES_H_
