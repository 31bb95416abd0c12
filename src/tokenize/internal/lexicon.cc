#include "tokenize/internal/lexicon.h"

#include "absl/strings/str_split.h"

#include "tokenize/internal/data.h"

namespace laddermerge::internal {

std::vector<std::vector<std::string>> ParseWordListLines(
    std::string_view data) {
  std::vector<std::vector<std::string>> lines;
  for (absl::string_view line :
       absl::StrSplit(absl::string_view(data.data(), data.size()), '\n')) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields =
        absl::StrSplit(line, absl::ByAnyChar(" \t\r"), absl::SkipEmpty());
    if (!fields.empty()) lines.push_back(std::move(fields));
  }
  return lines;
}

TokenLexicon::TokenLexicon(bool english_stop_words, bool ladder_stop_words,
                           const std::vector<std::string>& extra_stop_words) {
  auto add_stop_words = [this](std::string_view data) {
    for (const auto& fields : ParseWordListLines(data)) {
      stop_words_.insert(fields[0]);
    }
  };
  if (english_stop_words) add_stop_words(EnglishStopWordsData());
  if (ladder_stop_words) add_stop_words(LadderStopWordsData());
  for (const std::string& word : extra_stop_words) stop_words_.insert(word);
  for (const auto& fields : ParseWordListLines(TechnicalTokensData())) {
    technical_[fields[0]] = fields.size() > 1 ? fields[1] : fields[0];
  }
}

}  // namespace laddermerge::internal
