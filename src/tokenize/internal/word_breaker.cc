#include "tokenize/internal/word_breaker.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

#include "unicode/brkiter.h"
#include "unicode/bytestream.h"
#include "unicode/normalizer2.h"
#include "unicode/utext.h"
#include "unicode/utf8.h"

namespace laddermerge::internal {
namespace {

bool IsAscii(absl::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

bool IsValidUtf8(absl::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

// The right single quotation mark is the usual apostrophe in edited text;
// NFKC keeps it, so it is mapped to "'" for stemming and stop words.
std::string ReplaceCurlyApostrophes(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 3, "\xE2\x80\x99") == 0) {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

bool IsOneOf(absl::string_view piece, absl::string_view chars) {
  return piece.size() == 1 && chars.find(piece[0]) != absl::string_view::npos;
}

}  // namespace

absl::StatusOr<std::unique_ptr<WordBreaker>> WordBreaker::Create() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf =
      icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) {
    return absl::InternalError(
        absl::StrCat("ICU NFKC_Casefold: ", u_errorName(status)));
  }
  icu::BreakIterator* iterator =
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status);
  if (U_FAILURE(status)) {
    delete iterator;
    return absl::InternalError(
        absl::StrCat("ICU word break iterator: ", u_errorName(status)));
  }
  return std::unique_ptr<WordBreaker>(new WordBreaker(iterator, nfkc_cf));
}

WordBreaker::WordBreaker(icu::BreakIterator* iterator,
                         const icu::Normalizer2* nfkc_cf)
    : iterator_(iterator), nfkc_cf_(nfkc_cf) {}

WordBreaker::~WordBreaker() = default;

absl::Status WordBreaker::Fold(absl::string_view text) {
  folded_.clear();
  if (IsAscii(text)) {
    folded_.assign(text.data(), text.size());
    absl::AsciiStrToLower(&folded_);
    return absl::OkStatus();
  }
  if (!IsValidUtf8(text)) return absl::InvalidArgumentError("invalid UTF-8");
  const std::string source = ReplaceCurlyApostrophes(text);
  icu::StringByteSink<std::string> sink(&folded_);
  UErrorCode status = U_ZERO_ERROR;
  nfkc_cf_->normalizeUTF8(0, icu::StringPiece(source.data(), source.size()),
                          sink, nullptr, status);
  if (U_FAILURE(status)) {
    return absl::InternalError(
        absl::StrCat("ICU normalization: ", u_errorName(status)));
  }
  return absl::OkStatus();
}

absl::Status WordBreaker::SegmentFolded() {
  segments_.clear();
  UErrorCode status = U_ZERO_ERROR;
  UText text = UTEXT_INITIALIZER;
  utext_openUTF8(&text, folded_.data(), static_cast<int64_t>(folded_.size()),
                 &status);
  iterator_->setText(&text, status);
  if (U_FAILURE(status)) {
    utext_close(&text);
    return absl::InternalError(
        absl::StrCat("ICU word breaking: ", u_errorName(status)));
  }
  int32_t begin = iterator_->first();
  for (int32_t end = iterator_->next(); end != icu::BreakIterator::DONE;
       begin = end, end = iterator_->next()) {
    const int32_t rule = iterator_->getRuleStatus();
    Segment segment;
    segment.begin = static_cast<uint32_t>(begin);
    segment.end = static_cast<uint32_t>(end);
    segment.is_word = rule >= UBRK_WORD_NONE_LIMIT;
    segment.is_number =
        rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT;
    segments_.push_back(segment);
  }
  utext_close(&text);
  return absl::OkStatus();
}

// Extends the word at segments_[i] over joining separators and a "+"/"#"
// suffix; sets `end` to its end byte and returns the next segment index.
size_t WordBreaker::JoinFrom(size_t i, uint32_t* end) const {
  const absl::string_view text(folded_);
  auto piece = [&](size_t k) {
    return text.substr(segments_[k].begin,
                       segments_[k].end - segments_[k].begin);
  };
  const size_t n = segments_.size();
  size_t last = i;
  size_t j = i + 1;
  while (j + 1 < n && segments_[j + 1].is_word && IsOneOf(piece(j), "-/&:")) {
    const char sep = piece(j)[0];
    const bool short_parts =
        piece(last).size() <= 4 && piece(j + 1).size() <= 4;
    const bool ok = sep == '-' || ((sep == '/' || sep == '&') && short_parts) ||
                    (sep == ':' && absl::ascii_isdigit(piece(last)[0]) &&
                     absl::ascii_isdigit(piece(j + 1)[0]));
    if (!ok) break;
    last = j + 1;
    j += 2;
  }
  *end = segments_[last].end;
  if (j < n && piece(j) == "+") {
    size_t k = j;
    while (k < n && piece(k) == "+") ++k;
    if (k == n || !segments_[k].is_word) {
      *end = segments_[k - 1].end;
      j = k;
    }
  } else if (j < n && piece(j) == "#" &&
             (j + 1 == n || !segments_[j + 1].is_word)) {
    *end = segments_[j].end;
    ++j;
  }
  return j;
}

void WordBreaker::Join(std::vector<absl::string_view>* words) const {
  const absl::string_view text(folded_);
  const size_t n = segments_.size();
  for (size_t i = 0; i < n;) {
    const Segment& s = segments_[i];
    uint32_t begin = s.begin;
    if (!s.is_word) {
      // A leading "." before letters: .NET, .js.
      const bool leading_dot = text.substr(s.begin, s.end - s.begin) == "." &&
                               i + 1 < n && segments_[i + 1].is_word &&
                               !segments_[i + 1].is_number &&
                               (i == 0 || !segments_[i - 1].is_word);
      if (!leading_dot) {
        ++i;
        continue;
      }
      ++i;
    }
    uint32_t end = 0;
    i = JoinFrom(i, &end);
    words->push_back(text.substr(begin, end - begin));
  }
}

absl::Status WordBreaker::Split(absl::string_view text,
                                std::vector<absl::string_view>* words) {
  words->clear();
  if (absl::Status s = Fold(text); !s.ok()) return s;
  if (absl::Status s = SegmentFolded(); !s.ok()) return s;
  Join(words);
  return absl::OkStatus();
}

}  // namespace laddermerge::internal
