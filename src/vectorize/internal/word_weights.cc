#include "vectorize/internal/word_weights.h"

#include <algorithm>
#include <cmath>

#include "absl/strings/str_split.h"

namespace laddermerge::internal {

void WordWeights::Fit(const TokenCorpus& tokens) {
  df_.clear();
  num_documents_ = static_cast<double>(tokens.num_statements());
  std::vector<absl::string_view> seen;
  for (size_t s = 0; s < tokens.num_statements(); ++s) {
    seen.clear();
    for (size_t t = tokens.words.ListBegin(s); t < tokens.words.ListEnd(s);
         ++t) {
      seen.push_back(tokens.words.token(t));
    }
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    for (absl::string_view w : seen) ++df_[w];
  }
}

double WordWeights::Weight(absl::string_view word) const {
  auto it = df_.find(word);
  const double df = it == df_.end() ? 0 : it->second;
  return std::log((1 + num_documents_) / (1 + df)) + 1;
}

std::vector<uint32_t> LookUpWord(const WordVectors& vectors,
                                 absl::string_view word) {
  std::vector<uint32_t> ids = vectors.FindAll(word);
  if (!ids.empty() || word.find_first_of("-/") == absl::string_view::npos) {
    return ids;
  }
  for (absl::string_view part :
       absl::StrSplit(word, absl::ByAnyChar("-/"), absl::SkipEmpty())) {
    if (int64_t id = vectors.Find(part); id >= 0) {
      ids.push_back(static_cast<uint32_t>(id));
    }
  }
  return ids;
}

}  // namespace laddermerge::internal
