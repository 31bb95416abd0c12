#include "vectorize/internal/glove_part.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"

#include "vectorize/internal/dense_statements.h"

namespace laddermerge::internal {
namespace {

// Statements sampled to find the principal component.
constexpr size_t kComponentRows = 20000;

class GlovePart : public PartVectorizer {
 public:
  GlovePart(const WordEmbeddings& embeddings, const VectorizeOptions& options)
      : embeddings_(embeddings), options_(options) {}

  absl::string_view name() const override { return "glove"; }
  bool is_dense() const override { return true; }
  absl::Status Fit(const TokenCorpus& tokens) override;
  void Transform(const TokenCorpus& tokens, SparseMatrix*,
                 DenseMatrix* dense) const override;
  void Explain(const TokenCorpus& tokens, size_t a, size_t b, size_t limit,
               std::vector<PairExplanation::Contribution>* out) const override;

 private:
  double Weight(uint32_t id) const {
    return options_.glove_sif_a /
           (options_.glove_sif_a + embeddings_.Probability(id));
  }
  // Adds the SIF-weighted vectors `word` stands for to `sum`; false when
  // none is known.
  bool AddWord(absl::string_view word, double* sum) const;
  void Embed(const TokenCorpus& tokens, size_t s, double* sum) const;
  // The expected embedding of one word of running text, sum over the
  // vocabulary of p(w) * weight(w) * vector(w), as a unit vector: the
  // direction every statement shares whatever the statements fitted.
  std::vector<double> TextDirection() const;

  const WordEmbeddings& embeddings_;
  VectorizeOptions options_;
  // The text direction, then (when enough statements are fitted) their
  // first principal component once that is removed.
  Components components_;
};

bool GlovePart::AddWord(absl::string_view word, double* sum) const {
  const std::vector<uint32_t> ids = embeddings_.Lookup(word);
  for (uint32_t id : ids) {
    embeddings_.AddTo(id, Weight(id) / static_cast<double>(ids.size()), sum);
  }
  return !ids.empty();
}

std::vector<double> GlovePart::TextDirection() const {
  std::vector<double> sum(embeddings_.dims(), 0.0);
  for (uint32_t id = 0; id < embeddings_.num_words(); ++id) {
    embeddings_.AddTo(id, embeddings_.Probability(id) * Weight(id), sum.data());
  }
  double norm2 = 0;
  for (double x : sum) norm2 += x * x;
  if (norm2 == 0) return {};
  for (double& x : sum) x /= std::sqrt(norm2);
  return sum;
}

void GlovePart::Embed(const TokenCorpus& tokens, size_t s, double* sum) const {
  for (size_t t = tokens.words.ListBegin(s); t < tokens.words.ListEnd(s); ++t) {
    AddWord(tokens.words.token(t), sum);
  }
}

absl::Status GlovePart::Fit(const TokenCorpus& tokens) {
  components_.clear();
  if (!options_.dense_remove_component) return absl::OkStatus();
  if (std::vector<double> text = TextDirection(); !text.empty()) {
    components_.push_back(std::move(text));
  }
  if (tokens.num_statements() >= options_.dense_component_min_statements) {
    DenseMatrix rows;
    Transform(tokens, nullptr, &rows);
    std::vector<double> pc = PrincipalComponent(rows, kComponentRows);
    if (!pc.empty()) components_.push_back(std::move(pc));
  }
  return absl::OkStatus();
}

void GlovePart::Transform(const TokenCorpus& tokens, SparseMatrix*,
                          DenseMatrix* dense) const {
  *dense = EmbedStatements(
      tokens.num_statements(), embeddings_.dims(), components_,
      options_.threads, [&](size_t s, double* row) { Embed(tokens, s, row); });
}

// Each pair of different words contributes the dot product of their
// weighted, component-free vectors over the product of the statements'
// norms: the cosine is the sum of these terms over all pairs of words.
void GlovePart::Explain(const TokenCorpus& tokens, size_t a, size_t b,
                        size_t limit,
                        std::vector<PairExplanation::Contribution>* out) const {
  const uint32_t dims = embeddings_.dims();
  std::vector<double> ea(dims, 0.0), eb(dims, 0.0);
  Embed(tokens, a, ea.data());
  Embed(tokens, b, eb.data());
  RemoveComponents(components_, absl::MakeSpan(ea));
  RemoveComponents(components_, absl::MakeSpan(eb));
  double na = 0, nb = 0;
  for (uint32_t c = 0; c < dims; ++c) {
    na += ea[c] * ea[c];
    nb += eb[c] * eb[c];
  }
  if (na == 0 || nb == 0) return;
  std::vector<PairExplanation::Contribution> found;
  std::vector<double> va(dims), vb(dims);
  for (size_t i = tokens.words.ListBegin(a); i < tokens.words.ListEnd(a); ++i) {
    const absl::string_view wa = tokens.words.token(i);
    std::fill(va.begin(), va.end(), 0.0);
    if (!AddWord(wa, va.data())) continue;
    RemoveComponents(components_, absl::MakeSpan(va));
    for (size_t j = tokens.words.ListBegin(b); j < tokens.words.ListEnd(b);
         ++j) {
      const absl::string_view wb = tokens.words.token(j);
      if (wa == wb) continue;  // Shared words are the sparse parts' evidence.
      std::fill(vb.begin(), vb.end(), 0.0);
      if (!AddWord(wb, vb.data())) continue;
      RemoveComponents(components_, absl::MakeSpan(vb));
      double dot = 0;
      for (uint32_t c = 0; c < dims; ++c) dot += va[c] * vb[c];
      const double share = dot / std::sqrt(na * nb);
      if (share > 0) {
        found.push_back({"glove", absl::StrCat(wa, " ~ ", wb), share});
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

std::unique_ptr<PartVectorizer> NewGlovePart(const WordEmbeddings& embeddings,
                                             const VectorizeOptions& options) {
  return std::make_unique<GlovePart>(embeddings, options);
}

}  // namespace laddermerge::internal
