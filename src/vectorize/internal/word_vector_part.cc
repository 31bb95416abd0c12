#include "vectorize/internal/word_vector_part.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"

#include "vectorize/internal/dense_statements.h"
#include "vectorize/internal/word_weights.h"

namespace laddermerge::internal {
namespace {

// Statements sampled to find the principal component (see
// PrincipalComponent).
constexpr size_t kComponentRows = 20000;

class WordVectorPart : public PartVectorizer {
 public:
  WordVectorPart(const WordVectors& vectors, const VectorizeOptions& options)
      : vectors_(vectors), options_(options) {}

  absl::string_view name() const override { return "wordnet"; }
  bool is_dense() const override { return true; }
  absl::Status Fit(const TokenCorpus& tokens) override;
  void Transform(const TokenCorpus& tokens, SparseMatrix*,
                 DenseMatrix* dense) const override;
  void Explain(const TokenCorpus& tokens, size_t a, size_t b, size_t limit,
               std::vector<PairExplanation::Contribution>* out) const override;

 private:
  // The word's vector (summing the parts of compounds such as "on-call"
  // when the whole is unknown) added to `sum` times `weight`; false when no
  // vector is known.
  bool AddWord(absl::string_view word, double weight, double* sum) const;
  double Weight(absl::string_view word) const;
  std::vector<double> Embed(const TokenCorpus& tokens, size_t s) const;
  DenseMatrix EmbedAll(const TokenCorpus& tokens, bool remove) const;

  const WordVectors& vectors_;
  VectorizeOptions options_;
  WordWeights weights_;
  std::vector<double> component_;  // Unit vector, or empty.
};

bool WordVectorPart::AddWord(absl::string_view word, double weight,
                             double* sum) const {
  const std::vector<uint32_t> ids = LookUpWord(vectors_, word);
  const double share =
      ids.empty() ? 0 : weight / static_cast<double>(ids.size());
  for (uint32_t id : ids) {
    const float* v = vectors_.vector(id);
    for (uint32_t c = 0; c < vectors_.dims(); ++c) sum[c] += share * v[c];
  }
  return !ids.empty();
}

double WordVectorPart::Weight(absl::string_view word) const {
  return weights_.Weight(word);
}

std::vector<double> WordVectorPart::Embed(const TokenCorpus& tokens,
                                          size_t s) const {
  std::vector<double> sum(vectors_.dims(), 0.0);
  for (size_t t = tokens.words.ListBegin(s); t < tokens.words.ListEnd(s); ++t) {
    const absl::string_view word = tokens.words.token(t);
    AddWord(word, Weight(word), sum.data());
  }
  return sum;
}

DenseMatrix WordVectorPart::EmbedAll(const TokenCorpus& tokens,
                                     bool remove) const {
  Components components;
  if (remove && !component_.empty()) components.push_back(component_);
  return EmbedStatements(tokens.num_statements(), vectors_.dims(), components,
                         options_.threads, [&](size_t s, double* row) {
                           const std::vector<double> e = Embed(tokens, s);
                           std::copy(e.begin(), e.end(), row);
                         });
}

absl::Status WordVectorPart::Fit(const TokenCorpus& tokens) {
  weights_.Fit(tokens);
  component_.clear();
  if (options_.dense_remove_component &&
      tokens.num_statements() >= options_.dense_component_min_statements) {
    component_ =
        PrincipalComponent(EmbedAll(tokens, /*remove=*/false), kComponentRows);
  }
  return absl::OkStatus();
}

void WordVectorPart::Transform(const TokenCorpus& tokens, SparseMatrix*,
                               DenseMatrix* dense) const {
  *dense = EmbedAll(tokens, /*remove=*/true);
}

void WordVectorPart::Explain(
    const TokenCorpus& tokens, size_t a, size_t b, size_t limit,
    std::vector<PairExplanation::Contribution>* out) const {
  const std::vector<double> ea = Embed(tokens, a), eb = Embed(tokens, b);
  double na = 0, nb = 0;
  for (size_t c = 0; c < ea.size(); ++c) {
    na += ea[c] * ea[c];
    nb += eb[c] * eb[c];
  }
  if (na == 0 || nb == 0) return;
  std::vector<PairExplanation::Contribution> found;
  std::vector<double> va(vectors_.dims()), vb(vectors_.dims());
  for (size_t i = tokens.words.ListBegin(a); i < tokens.words.ListEnd(a); ++i) {
    for (size_t j = tokens.words.ListBegin(b); j < tokens.words.ListEnd(b);
         ++j) {
      const absl::string_view wa = tokens.words.token(i),
                              wb = tokens.words.token(j);
      if (wa == wb) continue;  // Shared words are the sparse parts' evidence.
      std::fill(va.begin(), va.end(), 0.0);
      std::fill(vb.begin(), vb.end(), 0.0);
      if (!AddWord(wa, Weight(wa), va.data()) ||
          !AddWord(wb, Weight(wb), vb.data())) {
        continue;
      }
      double dot = 0;
      for (size_t c = 0; c < va.size(); ++c) dot += va[c] * vb[c];
      const double share = dot / std::sqrt(na * nb);
      if (share > 0)
        found.push_back({"wordnet", absl::StrCat(wa, " ~ ", wb), share});
    }
  }
  std::stable_sort(
      found.begin(), found.end(),
      [](const auto& x, const auto& y) { return x.score > y.score; });
  if (found.size() > limit) found.resize(limit);
  out->insert(out->end(), found.begin(), found.end());
}

}  // namespace

std::unique_ptr<PartVectorizer> NewWordVectorPart(
    const WordVectors& vectors, const VectorizeOptions& options) {
  return std::make_unique<WordVectorPart>(vectors, options);
}

}  // namespace laddermerge::internal
