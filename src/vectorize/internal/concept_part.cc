#include "vectorize/internal/concept_part.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"

#include "common/parallel.h"
#include "vectorize/internal/word_weights.h"

namespace laddermerge::internal {
namespace {

constexpr size_t kBlockSize = 1024;

using Features = std::vector<std::pair<uint32_t, double>>;

class ConceptPart : public PartVectorizer {
 public:
  ConceptPart(const WordVectors& vectors, const VectorizeOptions& options)
      : vectors_(vectors), options_(options) {}

  absl::string_view name() const override { return "synset"; }
  bool is_dense() const override { return false; }
  absl::Status Fit(const TokenCorpus& tokens) override;
  void Transform(const TokenCorpus& tokens, SparseMatrix* sparse,
                 DenseMatrix*) const override;
  void Explain(const TokenCorpus& tokens, size_t a, size_t b, size_t limit,
               std::vector<PairExplanation::Contribution>* out) const override;

 private:
  // Idf-weighted concept features of one word (merged, sorted by id).
  void AddWord(absl::string_view word, Features& out) const;
  // Sorted, merged features of statement s, before concept idf.
  Features Raw(const TokenCorpus& tokens, size_t s) const;
  // Features times concept idf, L2-normalized.
  Features Weighted(Features raw) const;

  const WordVectors& vectors_;
  VectorizeOptions options_;
  WordWeights weights_;
  std::vector<float> idf_;  // Per concept id.
};

void ConceptPart::AddWord(absl::string_view word, Features& out) const {
  const std::vector<uint32_t> ids = LookUpWord(vectors_, word);
  const double weight =
      ids.empty() ? 0 : weights_.Weight(word) / static_cast<double>(ids.size());
  for (uint32_t id : ids) {
    for (const WordVectors::Concept& c : vectors_.concepts(id)) {
      out.emplace_back(c.id, weight * c.weight);
    }
  }
}

Features Merge(Features f) {
  std::sort(f.begin(), f.end());
  Features merged;
  for (const auto& [id, w] : f) {
    if (!merged.empty() && merged.back().first == id) {
      merged.back().second += w;
    } else {
      merged.emplace_back(id, w);
    }
  }
  return merged;
}

Features ConceptPart::Raw(const TokenCorpus& tokens, size_t s) const {
  Features f;
  for (size_t t = tokens.words.ListBegin(s); t < tokens.words.ListEnd(s); ++t) {
    AddWord(tokens.words.token(t), f);
  }
  return Merge(std::move(f));
}

Features ConceptPart::Weighted(Features f) const {
  double norm2 = 0;
  for (auto& [id, w] : f) {
    w *= idf_[id];
    norm2 += w * w;
  }
  if (norm2 > 0) {
    for (auto& [id, w] : f) w /= std::sqrt(norm2);
  }
  return f;
}

absl::Status ConceptPart::Fit(const TokenCorpus& tokens) {
  weights_.Fit(tokens);
  std::vector<uint32_t> df(vectors_.num_concepts(), 0);
  for (size_t s = 0; s < tokens.num_statements(); ++s) {
    for (const auto& [id, w] : Raw(tokens, s)) ++df[id];
  }
  const double n = static_cast<double>(tokens.num_statements());
  idf_.resize(df.size());
  for (size_t id = 0; id < df.size(); ++id) {
    idf_[id] = static_cast<float>(std::log((1 + n) / (1 + df[id])) + 1);
  }
  return absl::OkStatus();
}

void ConceptPart::Transform(const TokenCorpus& tokens, SparseMatrix* sparse,
                            DenseMatrix*) const {
  const size_t n = tokens.num_statements();
  std::vector<std::vector<Features>> blocks(NumBlocks(n, kBlockSize));
  ParallelForBlocks(n, kBlockSize, ResolveThreadCount(options_.threads),
                    [&](size_t block, size_t begin, size_t end) {
                      for (size_t s = begin; s < end; ++s) {
                        blocks[block].push_back(Weighted(Raw(tokens, s)));
                      }
                    });
  SparseMatrix& m = *sparse;
  m = SparseMatrix();
  m.cols = vectors_.num_concepts();
  for (const auto& block : blocks) {
    for (const Features& row : block) {
      for (const auto& [id, w] : row) {
        m.col.push_back(id);
        m.value.push_back(static_cast<float>(w));
      }
      m.row_ptr.push_back(m.col.size());
      ++m.rows;
    }
  }
}

double Dot(const Features& a, const Features& b) {
  double dot = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      dot += a[i++].second * b[j++].second;
    }
  }
  return dot;
}

double Norm(const Features& f) { return std::sqrt(Dot(f, f)); }

void ConceptPart::Explain(
    const TokenCorpus& tokens, size_t a, size_t b, size_t limit,
    std::vector<PairExplanation::Contribution>* out) const {
  const Features ra = Raw(tokens, a), rb = Raw(tokens, b);
  auto idf_weighted = [this](Features f) {
    for (auto& [id, w] : f) w *= idf_[id];
    return f;
  };
  const double norms = Norm(idf_weighted(ra)) * Norm(idf_weighted(rb));
  if (norms == 0) return;
  std::vector<PairExplanation::Contribution> found;
  for (size_t i = tokens.words.ListBegin(a); i < tokens.words.ListEnd(a); ++i) {
    Features fa;
    AddWord(tokens.words.token(i), fa);
    fa = idf_weighted(Merge(std::move(fa)));
    for (size_t j = tokens.words.ListBegin(b); j < tokens.words.ListEnd(b);
         ++j) {
      Features fb;
      AddWord(tokens.words.token(j), fb);
      fb = idf_weighted(Merge(std::move(fb)));
      const double share = Dot(fa, fb) / norms;
      if (share <= 0) continue;
      const absl::string_view wa = tokens.words.token(i),
                              wb = tokens.words.token(j);
      found.push_back({"synset",
                       wa == wb ? std::string(wa) : absl::StrCat(wa, " ~ ", wb),
                       share});
    }
  }
  std::stable_sort(
      found.begin(), found.end(),
      [](const auto& x, const auto& y) { return x.score > y.score; });
  if (found.size() > limit) found.resize(limit);
  out->insert(out->end(), found.begin(), found.end());
}

}  // namespace

std::unique_ptr<PartVectorizer> NewConceptPart(
    const WordVectors& vectors, const VectorizeOptions& options) {
  return std::make_unique<ConceptPart>(vectors, options);
}

}  // namespace laddermerge::internal
