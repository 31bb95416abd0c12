// Case folding and word breaking with ICU, plus the joining rules that keep
// technical tokens whole (C++, C#, .NET, CI/CD, R&D, 1:1, on-call).
//
//   LM_ASSIGN_OR_RETURN(auto breaker, WordBreaker::Create());
//   LM_RETURN_IF_ERROR(breaker->Split("Owns CI/CD", &words));
//   // words == {"owns", "ci/cd"}, views into breaker's buffer
//
// Not thread-safe: one instance per thread (creating ICU's break iterator
// costs about a millisecond, so instances are reused across texts).
#ifndef LADDERMERGE_TOKENIZE_INTERNAL_WORD_BREAKER_H_
#define LADDERMERGE_TOKENIZE_INTERNAL_WORD_BREAKER_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

#include "unicode/uversion.h"

U_NAMESPACE_BEGIN
class BreakIterator;
class Normalizer2;
U_NAMESPACE_END

namespace laddermerge::internal {

class WordBreaker {
 public:
  // Returns Internal when ICU's data cannot be loaded.
  static absl::StatusOr<std::unique_ptr<WordBreaker>> Create();
  ~WordBreaker();
  // Owns ICU objects: neither copyable nor movable.
  WordBreaker(const WordBreaker&) = delete;
  WordBreaker& operator=(const WordBreaker&) = delete;

  // Replaces `words` with the case-folded (NFKC_Casefold) words of `text`,
  // punctuation, symbols and emoji dropped, technical tokens joined. Views
  // stay valid until the next call. Returns InvalidArgument for invalid
  // UTF-8. O(|text|).
  absl::Status Split(absl::string_view text,
                     std::vector<absl::string_view>* words);

 private:
  struct Segment {
    uint32_t begin = 0;
    uint32_t end = 0;
    bool is_word = false;    // Letters, digits, kana or ideographs.
    bool is_number = false;  // ICU's number rule status.
  };

  WordBreaker(icu::BreakIterator* iterator, const icu::Normalizer2* nfkc_cf);
  absl::Status Fold(absl::string_view text);
  absl::Status SegmentFolded();
  void Join(std::vector<absl::string_view>* words) const;
  size_t JoinFrom(size_t i, uint32_t* end) const;

  std::unique_ptr<icu::BreakIterator> iterator_;
  const icu::Normalizer2* nfkc_cf_;  // ICU singleton, not owned.
  std::string folded_;
  std::vector<Segment> segments_;
};

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_TOKENIZE_INTERNAL_WORD_BREAKER_H_
