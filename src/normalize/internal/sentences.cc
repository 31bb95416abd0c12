#include "normalize/internal/sentences.h"

#include <algorithm>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace laddermerge::internal {

SentenceSplitter::SentenceSplitter(std::unique_ptr<icu::BreakIterator> iterator,
                                   std::vector<std::string> abbreviations)
    : iterator_(std::move(iterator)),
      abbreviations_(std::move(abbreviations)) {}

SentenceSplitter::SentenceSplitter(SentenceSplitter&&) noexcept = default;
SentenceSplitter& SentenceSplitter::operator=(SentenceSplitter&&) noexcept =
    default;
SentenceSplitter::~SentenceSplitter() = default;

absl::StatusOr<SentenceSplitter> SentenceSplitter::Create(
    std::vector<std::string> non_final_abbreviations) {
  UErrorCode status = U_ZERO_ERROR;
  // "ss=standard" turns on ICU's list of abbreviations that do not end a
  // sentence ("Mr.", "Dr.", ...).
  std::unique_ptr<icu::BreakIterator> iterator(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"),
                                                 status));
  if (U_FAILURE(status) || iterator == nullptr) {
    return absl::InternalError(
        absl::StrCat("cannot create the ICU sentence break iterator: ",
                     u_errorName(status)));
  }
  for (std::string& a : non_final_abbreviations) {
    absl::AsciiStrToLower(&a);
  }
  return SentenceSplitter(std::move(iterator),
                          std::move(non_final_abbreviations));
}

bool SentenceSplitter::EndsWithAbbreviation(absl::string_view sentence) const {
  sentence = absl::StripTrailingAsciiWhitespace(sentence);
  const size_t space = sentence.find_last_of(" \t\n");
  absl::string_view word =
      space == absl::string_view::npos ? sentence : sentence.substr(space + 1);
  while (!word.empty() &&
         (word.front() == '(' || word.front() == '[' || word.front() == '"')) {
    word.remove_prefix(1);
  }
  const std::string lower = absl::AsciiStrToLower(word);
  return std::find(abbreviations_.begin(), abbreviations_.end(), lower) !=
         abbreviations_.end();
}

std::vector<Sentence> SentenceSplitter::Split(absl::string_view text) {
  const icu::UnicodeString original = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  // A line break is a hard boundary for ICU; in a paragraph it is wrapping.
  icu::UnicodeString flat(original);
  flat.findAndReplace(icu::UnicodeString(u'\n'), icu::UnicodeString(u' '));
  iterator_->setText(flat);
  std::vector<Sentence> sentences;
  int32_t start = 0;  // Of the sentence being built from ICU's segments.
  int32_t segment_start = 0;
  int32_t counted = 0;
  int newlines = 0;
  for (int32_t end = iterator_->next(); end != icu::BreakIterator::DONE;
       end = iterator_->next()) {
    // Only the newest segment can end in an abbreviation: looking at the
    // whole sentence so far made text with thousands of "e.g." quadratic.
    std::string segment;
    original.tempSubStringBetween(segment_start, end).toUTF8String(segment);
    segment_start = end;
    if (end < original.length() && EndsWithAbbreviation(segment)) continue;
    std::string piece;
    original.tempSubStringBetween(start, end).toUTF8String(piece);
    for (; counted < start; ++counted) newlines += original[counted] == u'\n';
    const absl::string_view trimmed = absl::StripAsciiWhitespace(piece);
    if (!trimmed.empty()) {
      const int leading = static_cast<int>(std::count(
          static_cast<const char*>(piece.data()), trimmed.data(), '\n'));
      sentences.push_back(Sentence{std::move(piece), newlines + leading});
    }
    start = end;
  }
  return sentences;
}

}  // namespace laddermerge::internal
