#include "vectorize/vectorize.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "common/check.h"
#include "common/status_macros.h"
#include "vectorize/internal/concept_part.h"
#include "vectorize/internal/glove_part.h"
#include "vectorize/internal/lexicon_part.h"
#include "vectorize/internal/lsa_part.h"
#include "vectorize/internal/polarity_part.h"
#include "vectorize/internal/tfidf_part.h"
#include "vectorize/internal/word_vector_part.h"

namespace laddermerge {
namespace {

struct NamedWeight {
  const char* name;
  double weight;
};

std::vector<NamedWeight> PartWeights(const VectorizeOptions& options) {
  return {{"word", options.word_weight},
          {"char", options.char_weight},
          {"concept", options.concept_weight},
          {"synset", options.synset_weight},
          {"wordnet", options.wordnet_weight},
          {"glove", options.glove_weight},
          {"lsa", options.lsa_weight},
          {"polarity", options.polarity_weight}};
}

// Appends `part` (scaled by `scale`, columns shifted by `offset`) to each row
// of `blend`, whose rows so far hold only columns below `offset`.
SparseMatrix AppendColumns(const SparseMatrix& blend, const SparseMatrix& part,
                           uint32_t offset, float scale) {
  if (blend.cols == 0 && blend.nnz() == 0 && offset == 0) {
    SparseMatrix out = part;
    for (float& v : out.value) v *= scale;
    return out;
  }
  LM_CHECK(blend.rows == part.rows) << "parts disagree on the row count";
  SparseMatrix out;
  out.rows = blend.rows;
  out.cols = offset + part.cols;
  out.col.reserve(blend.nnz() + part.nnz());
  out.value.reserve(blend.nnz() + part.nnz());
  for (uint32_t r = 0; r < blend.rows; ++r) {
    for (uint64_t p = blend.row_ptr[r]; p < blend.row_ptr[r + 1]; ++p) {
      out.col.push_back(blend.col[p]);
      out.value.push_back(blend.value[p]);
    }
    for (uint64_t p = part.row_ptr[r]; p < part.row_ptr[r + 1]; ++p) {
      out.col.push_back(part.col[p] + offset);
      out.value.push_back(part.value[p] * scale);
    }
    out.row_ptr.push_back(out.col.size());
  }
  return out;
}

DenseMatrix AppendDense(const DenseMatrix& blend, const DenseMatrix& part,
                        float scale) {
  DenseMatrix out;
  out.rows = part.rows;
  out.cols = blend.cols + part.cols;
  out.data.resize(size_t{out.rows} * out.cols);
  for (uint32_t r = 0; r < out.rows; ++r) {
    float* row = out.row(r);
    if (blend.cols > 0) std::copy_n(blend.row(r), blend.cols, row);
    for (uint32_t c = 0; c < part.cols; ++c) {
      row[blend.cols + c] = part.row(r)[c] * scale;
    }
  }
  return out;
}

}  // namespace

absl::StatusOr<std::unique_ptr<PartVectorizer>> CreatePartVectorizer(
    absl::string_view name, const VectorizeOptions& options) {
  TfidfOptions tfidf = options.tfidf;
  if (tfidf.threads == 0) tfidf.threads = options.threads;
  if (name == "word") {
    return internal::NewTfidfPart(internal::TfidfSource::kTerms, tfidf);
  }
  if (name == "char") {
    return internal::NewTfidfPart(internal::TfidfSource::kCharNgrams, tfidf);
  }
  if (name == "lsa") return internal::NewLsaPart(options);
  if (name == "concept") {
    return internal::NewLexiconPart(internal::ConceptLexiconData(), options);
  }
  if (name == "polarity") return internal::NewPolarityPart();
  if (name == "synset") {
    if (options.word_vectors == nullptr ||
        !options.word_vectors->has_concepts()) {
      return absl::FailedPreconditionError(
          "the synset similarity part needs WordNet concepts, which are not "
          "loaded");
    }
    return internal::NewConceptPart(*options.word_vectors, options);
  }
  if (name == "wordnet") {
    if (options.word_vectors == nullptr) {
      return absl::FailedPreconditionError(
          "the wordnet similarity part needs word vectors, which are not "
          "loaded");
    }
    return internal::NewWordVectorPart(*options.word_vectors, options);
  }
  if (name == "glove") {
    if (options.embeddings == nullptr) {
      return absl::FailedPreconditionError(
          "the glove similarity part needs GloVe word vectors, which are not "
          "loaded");
    }
    return internal::NewGlovePart(*options.embeddings, options);
  }
  return absl::InvalidArgumentError(
      absl::StrCat("unknown similarity part \"", name, "\""));
}

absl::StatusOr<std::unique_ptr<SimilarityModel>> SimilarityModel::Fit(
    const TokenCorpus& tokens, const VectorizeOptions& options) {
  std::unique_ptr<SimilarityModel> model(new SimilarityModel());
  double total = 0;
  for (const NamedWeight& part : PartWeights(options)) {
    if (part.weight < 0 || !std::isfinite(part.weight)) {
      return absl::InvalidArgumentError(
          absl::StrCat("weight of part \"", part.name, "\" must be >= 0"));
    }
    if (part.weight == 0) continue;
    const std::string_view name = part.name;
    const bool missing = ((name == "wordnet" || name == "synset") &&
                          options.word_vectors == nullptr) ||
                         (name == "glove" && options.embeddings == nullptr);
    if (missing && options.skip_parts_without_resources) {
      model->skipped_.emplace_back(part.name);
      continue;
    }
    LM_ASSIGN_OR_RETURN(std::unique_ptr<PartVectorizer> vectorizer,
                        CreatePartVectorizer(part.name, options));
    LM_RETURN_IF_ERROR(vectorizer->Fit(tokens));
    model->parts_.push_back(std::move(vectorizer));
    model->weights_.push_back(part.weight);
    total += part.weight;
  }
  if (model->parts_.empty()) {
    return absl::InvalidArgumentError("all similarity weights are zero");
  }
  for (double& w : model->weights_) w /= total;
  return model;
}

StatementVectors SimilarityModel::Transform(const TokenCorpus& tokens) const {
  StatementVectors out;
  out.sparse.rows = static_cast<uint32_t>(tokens.num_statements());
  out.sparse.row_ptr.assign(out.sparse.rows + 1, 0);
  out.dense.rows = out.sparse.rows;
  for (size_t i = 0; i < parts_.size(); ++i) {
    SparseMatrix sparse;
    DenseMatrix dense;
    parts_[i]->Transform(tokens, &sparse, &dense);
    const float scale = static_cast<float>(std::sqrt(weights_[i]));
    if (parts_[i]->is_dense()) {
      out.dense = AppendDense(out.dense, dense, scale);
    } else {
      out.sparse = AppendColumns(out.sparse, sparse, out.sparse.cols, scale);
    }
  }
  return out;
}

PairExplanation SimilarityModel::Explain(const TokenCorpus& tokens, size_t a,
                                         size_t b, size_t limit) const {
  PairExplanation why;
  TokenCorpus pair;
  for (size_t s : {a, b}) {
    for (const TokenLists* from :
         {&tokens.words, &tokens.terms, &tokens.char_ngrams}) {
      TokenLists& to = from == &tokens.words   ? pair.words
                       : from == &tokens.terms ? pair.terms
                                               : pair.char_ngrams;
      for (size_t t = from->ListBegin(s); t < from->ListEnd(s); ++t) {
        to.Add(from->token(t));
      }
      to.EndList();
    }
  }
  for (size_t i = 0; i < parts_.size(); ++i) {
    SparseMatrix sparse;
    DenseMatrix dense;
    parts_[i]->Transform(pair, &sparse, &dense);
    const double cosine =
        parts_[i]->is_dense() ? DenseDot(dense, 0, 1) : SparseDot(sparse, 0, 1);
    why.parts.emplace_back(parts_[i]->name());
    why.part_scores.push_back(weights_[i] * cosine);
    why.score += weights_[i] * cosine;
    std::vector<PairExplanation::Contribution> found;
    parts_[i]->Explain(pair, 0, 1, limit, &found);
    for (auto& c : found) c.score *= weights_[i];
    why.top.insert(why.top.end(), found.begin(), found.end());
  }
  std::stable_sort(
      why.top.begin(), why.top.end(),
      [](const auto& x, const auto& y) { return x.score > y.score; });
  if (why.top.size() > limit) why.top.resize(limit);
  return why;
}

absl::StatusOr<StatementVectors> Vectorize(const TokenCorpus& tokens,
                                           const VectorizeOptions& options) {
  LM_ASSIGN_OR_RETURN(std::unique_ptr<SimilarityModel> model,
                      SimilarityModel::Fit(tokens, options));
  return model->Transform(tokens);
}

double SparseDot(const SparseMatrix& m, uint32_t a, uint32_t b) {
  double dot = 0;
  for (uint64_t p = m.row_ptr[a], q = m.row_ptr[b];
       p < m.row_ptr[a + 1] && q < m.row_ptr[b + 1];) {
    if (m.col[p] < m.col[q]) {
      ++p;
    } else if (m.col[q] < m.col[p]) {
      ++q;
    } else {
      dot += double{m.value[p]} * m.value[q];
      ++p;
      ++q;
    }
  }
  return dot;
}

double DenseDot(const DenseMatrix& m, uint32_t a, uint32_t b) {
  double dot = 0;
  for (uint32_t c = 0; c < m.cols; ++c)
    dot += double{m.row(a)[c]} * m.row(b)[c];
  return dot;
}

double Score(const StatementVectors& vectors, uint32_t a, uint32_t b) {
  return SparseDot(vectors.sparse, a, b) + DenseDot(vectors.dense, a, b);
}

}  // namespace laddermerge
