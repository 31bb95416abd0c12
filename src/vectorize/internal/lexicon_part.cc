#include "vectorize/internal/lexicon_part.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

#include "common/status_macros.h"

namespace laddermerge::internal {
namespace {

struct Entry {
  std::vector<std::string> terms;  // Stemmed, stop words removed.
  uint32_t concept_id = 0;
};

class LexiconPart : public PartVectorizer {
 public:
  LexiconPart(std::vector<std::string> concepts, std::vector<Entry> entries,
              const VectorizeOptions& options);

  absl::string_view name() const override { return "concept"; }
  bool is_dense() const override { return false; }
  absl::Status Fit(const TokenCorpus& tokens) override {
    model_ = TfidfModel::Fit(Concepts(tokens), tfidf_);
    return absl::OkStatus();
  }
  void Transform(const TokenCorpus& tokens, SparseMatrix* sparse,
                 DenseMatrix*) const override {
    *sparse = model_->Transform(Concepts(tokens));
  }
  void Explain(const TokenCorpus& tokens, size_t a, size_t b, size_t limit,
               std::vector<PairExplanation::Contribution>* out) const override;

 private:
  // One list per statement: the names of the concepts it mentions, once
  // per mention.
  TokenLists Concepts(const TokenCorpus& tokens) const;
  void Match(const TokenCorpus& tokens, size_t s, TokenLists& out) const;

  std::vector<std::string> concepts_;
  // First term of an entry -> entries starting with it.
  absl::flat_hash_map<std::string, std::vector<Entry>> by_first_;
  TfidfOptions tfidf_;
  std::optional<TfidfModel> model_;
};

LexiconPart::LexiconPart(std::vector<std::string> concepts,
                         std::vector<Entry> entries,
                         const VectorizeOptions& options)
    : concepts_(std::move(concepts)), tfidf_(options.tfidf) {
  tfidf_.threads = options.threads;
  for (Entry& e : entries) {
    std::string first = e.terms.front();
    by_first_[first].push_back(std::move(e));
  }
}

void LexiconPart::Match(const TokenCorpus& tokens, size_t s,
                        TokenLists& out) const {
  const size_t begin = tokens.terms.ListBegin(s);
  const size_t words = tokens.words.ListEnd(s) - tokens.words.ListBegin(s);
  std::vector<uint32_t> found;
  for (size_t i = 0; i < words; ++i) {
    auto it = by_first_.find(tokens.terms.token(begin + i));
    if (it == by_first_.end()) continue;
    for (const Entry& e : it->second) {
      if (i + e.terms.size() > words) continue;
      bool match = true;
      for (size_t k = 1; k < e.terms.size() && match; ++k) {
        match = tokens.terms.token(begin + i + k) == e.terms[k];
      }
      if (match) found.push_back(e.concept_id);
    }
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  for (uint32_t c : found) out.Add(concepts_[c]);
}

TokenLists LexiconPart::Concepts(const TokenCorpus& tokens) const {
  TokenLists lists;
  for (size_t s = 0; s < tokens.num_statements(); ++s) {
    Match(tokens, s, lists);
    lists.EndList();
  }
  return lists;
}

void LexiconPart::Explain(
    const TokenCorpus& tokens, size_t a, size_t b, size_t limit,
    std::vector<PairExplanation::Contribution>* out) const {
  TokenCorpus pair;
  for (size_t s : {a, b}) {
    for (size_t t = tokens.words.ListBegin(s); t < tokens.words.ListEnd(s);
         ++t) {
      pair.words.Add(tokens.words.token(t));
    }
    for (size_t t = tokens.terms.ListBegin(s); t < tokens.terms.ListEnd(s);
         ++t) {
      pair.terms.Add(tokens.terms.token(t));
    }
    pair.words.EndList();
    pair.terms.EndList();
  }
  const SparseMatrix m = model_->Transform(Concepts(pair));
  std::vector<PairExplanation::Contribution> found;
  for (uint64_t p = m.row_ptr[0]; p < m.row_ptr[1]; ++p) {
    for (uint64_t q = m.row_ptr[1]; q < m.row_ptr[2]; ++q) {
      if (m.col[p] == m.col[q]) {
        found.push_back({"concept", model_->term(m.col[p]),
                         double{m.value[p]} * m.value[q]});
      }
    }
  }
  std::stable_sort(
      found.begin(), found.end(),
      [](const auto& x, const auto& y) { return x.score > y.score; });
  if (found.size() > limit) found.resize(limit);
  out->insert(out->end(), found.begin(), found.end());
}

}  // namespace

absl::StatusOr<std::unique_ptr<PartVectorizer>> NewLexiconPart(
    std::string_view lexicon, const VectorizeOptions& options) {
  std::vector<std::string> concepts;
  std::vector<std::string> entry_texts;
  std::vector<uint32_t> entry_concepts;
  size_t number = 0;
  for (absl::string_view line : absl::StrSplit(
           absl::string_view(lexicon.data(), lexicon.size()), '\n')) {
    ++number;
    line = absl::StripAsciiWhitespace(line);
    if (line.empty() || line[0] == '#') continue;
    std::pair<absl::string_view, absl::string_view> kv =
        absl::StrSplit(line, absl::MaxSplits(':', 1));
    if (kv.second.empty() || kv.first.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "concept lexicon: line ", number, ": expected \"concept: entries\""));
    }
    concepts.emplace_back(absl::StripAsciiWhitespace(kv.first));
    for (absl::string_view entry :
         absl::StrSplit(kv.second, ',', absl::SkipWhitespace())) {
      entry_texts.emplace_back(absl::StripAsciiWhitespace(entry));
      entry_concepts.push_back(static_cast<uint32_t>(concepts.size() - 1));
    }
  }
  std::vector<absl::string_view> views(entry_texts.begin(), entry_texts.end());
  LM_ASSIGN_OR_RETURN(TokenCorpus tokenized,
                      TokenizeTexts(views, options.lexicon_tokenize));
  std::vector<Entry> entries;
  for (size_t i = 0; i < entry_texts.size(); ++i) {
    const size_t words =
        tokenized.words.ListEnd(i) - tokenized.words.ListBegin(i);
    if (words == 0) continue;  // Only stop words under these options.
    Entry e;
    e.concept_id = entry_concepts[i];
    for (size_t k = 0; k < words; ++k) {
      e.terms.emplace_back(
          tokenized.terms.token(tokenized.terms.ListBegin(i) + k));
    }
    entries.push_back(std::move(e));
  }
  return std::unique_ptr<PartVectorizer>(
      new LexiconPart(std::move(concepts), std::move(entries), options));
}

}  // namespace laddermerge::internal
