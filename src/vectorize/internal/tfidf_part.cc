#include "vectorize/internal/tfidf_part.h"

#include <algorithm>
#include <optional>

#include "absl/strings/str_cat.h"

namespace laddermerge::internal {
namespace {

class TfidfPart : public PartVectorizer {
 public:
  TfidfPart(TfidfSource source, const TfidfOptions& options)
      : source_(source), options_(options) {}

  absl::string_view name() const override {
    return source_ == TfidfSource::kTerms ? "word" : "char";
  }
  bool is_dense() const override { return false; }

  absl::Status Fit(const TokenCorpus& tokens) override {
    model_ = TfidfModel::Fit(Lists(tokens), options_);
    return absl::OkStatus();
  }

  void Transform(const TokenCorpus& tokens, SparseMatrix* sparse,
                 DenseMatrix*) const override {
    *sparse = model_->Transform(Lists(tokens));
  }

  void Explain(const TokenCorpus& tokens, size_t a, size_t b, size_t limit,
               std::vector<PairExplanation::Contribution>* out) const override;

 private:
  const TokenLists& Lists(const TokenCorpus& tokens) const {
    return source_ == TfidfSource::kTerms ? tokens.terms : tokens.char_ngrams;
  }
  // A readable label for term id `id` of statement `s`: the surface word
  // it came from when the term is a stemmed unigram.
  std::string Label(const TokenCorpus& tokens, size_t s, uint32_t id) const;

  TfidfSource source_;
  TfidfOptions options_;
  std::optional<TfidfModel> model_;
};

std::string TfidfPart::Label(const TokenCorpus& tokens, size_t s,
                             uint32_t id) const {
  const std::string& term = model_->term(id);
  if (source_ != TfidfSource::kTerms) return absl::StrCat("\"", term, "\"");
  const size_t words = tokens.words.ListEnd(s) - tokens.words.ListBegin(s);
  for (size_t i = 0; i < words; ++i) {
    if (tokens.terms.token(tokens.terms.ListBegin(s) + i) == term) {
      return std::string(tokens.words.token(tokens.words.ListBegin(s) + i));
    }
  }
  return term;
}

void TfidfPart::Explain(const TokenCorpus& tokens, size_t a, size_t b,
                        size_t limit,
                        std::vector<PairExplanation::Contribution>* out) const {
  TokenCorpus pair;
  const TokenLists& lists = Lists(tokens);
  for (size_t s : {a, b}) {
    for (size_t t = lists.ListBegin(s); t < lists.ListEnd(s); ++t) {
      (source_ == TfidfSource::kTerms ? pair.terms : pair.char_ngrams)
          .Add(lists.token(t));
    }
    pair.terms.EndList();
    pair.char_ngrams.EndList();
  }
  const SparseMatrix rows = model_->Transform(Lists(pair));
  std::vector<PairExplanation::Contribution> found;
  for (uint64_t p = rows.row_ptr[0], q = rows.row_ptr[1];
       p < rows.row_ptr[1] && q < rows.row_ptr[2];) {
    if (rows.col[p] < rows.col[q]) {
      ++p;
    } else if (rows.col[q] < rows.col[p]) {
      ++q;
    } else {
      std::string label = Label(tokens, a, rows.col[p]);
      const std::string other = Label(tokens, b, rows.col[p]);
      if (other != label) absl::StrAppend(&label, " / ", other);
      found.push_back({std::string(name()), std::move(label),
                       double{rows.value[p]} * rows.value[q]});
      ++p;
      ++q;
    }
  }
  std::stable_sort(
      found.begin(), found.end(),
      [](const auto& x, const auto& y) { return x.score > y.score; });
  if (found.size() > limit) found.resize(limit);
  out->insert(out->end(), found.begin(), found.end());
}

}  // namespace

std::unique_ptr<PartVectorizer> NewTfidfPart(TfidfSource source,
                                             const TfidfOptions& options) {
  return std::make_unique<TfidfPart>(source, options);
}

}  // namespace laddermerge::internal
