// Vectorize: the fourth pipeline stage. Turns tokenized statements into
// vectors whose dot products are laddermerge's similarity score.
//
// The score of two statements is a weighted blend of cosines, one per part:
//   "word"     TF-IDF over stemmed words (and word n-grams)      sparse
//   "char"     TF-IDF over character n-grams inside words        sparse
//   "concept"  ladder vocabulary concepts (mentor ~ coach)       sparse
//   "synset"   WordNet concepts of the words (synsets, hypernyms) sparse
//   "lsa"      latent semantic analysis of the fitted statements dense
//   "wordnet"  idf-weighted WordNet word vectors (meaning beyond  dense
//              shared words: coach ~ mentor, hire ~ recruit)
//   "glove"    SIF-weighted GloVe word vectors (words used alike dense
//              in a large corpus: tests ~ testing, debt ~ costs)
// Each part's rows are L2-normalized and scaled by sqrt(weight / sum of
// weights), and the parts are laid side by side, so that
//   score(a, b) = dot(sparse a, sparse b) + dot(dense a, dense b)
//               = sum_i weight_i * cos_i(a, b) / sum_i weight_i.
//
//   TokenizeOptions tokenize_options;
//   LM_ASSIGN_OR_RETURN(TokenCorpus tokens, Tokenize(corpus,
//   tokenize_options)); LM_ASSIGN_OR_RETURN(StatementVectors vectors,
//                       Vectorize(tokens, VectorizeOptions()));
//   // match: top-k of vectors.sparse * vectors.sparse^T + dense * dense^T
//
// For explanations, fit a SimilarityModel and keep it:
//   LM_ASSIGN_OR_RETURN(auto model, SimilarityModel::Fit(tokens, options));
//   PairExplanation why = model->Explain(tokens, a, b);
#ifndef LADDERMERGE_VECTORIZE_VECTORIZE_H_
#define LADDERMERGE_VECTORIZE_VECTORIZE_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

#include "common/matrix.h"
#include "tokenize/tokenize.h"
#include "vectorize/tfidf.h"
#include "vectorize/word_embeddings.h"
#include "vectorize/word_vectors.h"

namespace laddermerge {

// One row per statement, in the order of the statements given. The blended
// similarity of statements a and b is exactly
//   dot(sparse row a, sparse row b) + dot(dense row a, dense row b),
// with the blend weights already folded into the rows (each part scaled by
// the square root of its weight), so that every all-pairs search is a pair of
// matrix products. `dense` may have zero columns.
struct StatementVectors {
  SparseMatrix sparse;
  DenseMatrix dense;
};

struct VectorizeOptions {
  // Blend weights of the parts (relative; a part with weight 0 is skipped).
  // Defaults fitted by coordinate search on STS-B train/dev, SICK
  // train/trial, the corpus gold (scripts/eval_ladders.sh) and the
  // real-ladder dev set (scripts/eval_ladders_dev.sh), never on test data.
  // With "glove" the "synset" part no longer earned its place (STS within
  // 0.2, corpus top-1 -0.009, dev set -0.015 when it is added back).
  double word_weight = 0.50;  // TF-IDF over TokenCorpus::terms.
  double char_weight = 0.08;  // TF-IDF over TokenCorpus::char_ngrams.
  // Dense part: idf-weighted sums of WordNet word vectors (needs
  // word_vectors; see word_vectors.h).
  double wordnet_weight = 0.17;
  // Sparse part: soft word matching through WordNet concept features (needs
  // word_vectors with concepts attached).
  double synset_weight = 0.0;
  // Sparse part: concepts of ladder vocabulary the statement mentions
  // (vectorize/data/concepts.txt), TF-IDF weighted.
  double concept_weight = 0.08;
  // How the concept lexicon's entries are tokenized: use the options that
  // tokenized the statements, so that stems and stop words agree.
  TokenizeOptions lexicon_tokenize;
  // Dense part: SIF-weighted sums of GloVe word vectors (needs embeddings;
  // see word_embeddings.h).
  double glove_weight = 0.15;
  // The SIF constant a: a word of estimated text share p weighs a / (a + p).
  double glove_sif_a = 1e-3;
  // Dense part: +1/-1 for affirmative/negated statements.
  double polarity_weight = 0.05;
  // Dense part: LSA of the fitted statements' TF-IDF matrix.
  double lsa_weight = 0.0;
  uint32_t lsa_dims = 128;          // Latent dimensions kept.
  double lsa_singular_power = 1.0;  // Statement vectors are U * S^p.
  // Word vectors (with concepts) for the "wordnet" and "synset" parts,
  // borrowed: they must outlive the SimilarityModel. When null, those parts
  // are FailedPrecondition unless skip_parts_without_resources is set, in
  // which case they are left out of the blend (SimilarityModel::skipped()).
  const WordVectors* word_vectors = nullptr;
  // GloVe embeddings for the "glove" part, borrowed likewise; when null, the
  // part is FailedPrecondition or skipped, as above.
  const WordEmbeddings* embeddings = nullptr;
  bool skip_parts_without_resources = false;
  // Remove the fitted statements' first principal component from the dense
  // statement vectors (the direction every statement shares), when at least
  // this many statements are fitted.
  bool dense_remove_component = true;
  size_t dense_component_min_statements = 50;
  // TF-IDF arithmetic of the sparse parts.
  TfidfOptions tfidf;
  int threads = 0;  // Worker threads; 0 means all hardware threads.
};

// What made a pair similar, for reports.
struct PairExplanation {
  struct Contribution {
    std::string part;  // "word", "char", ...
    std::string what;  // The shared term, or "a ~ b" for a word pair.
    double score = 0;  // Its share of the blended score.
  };
  double score = 0;                 // The blended score.
  std::vector<std::string> parts;   // Part names, in blend order.
  std::vector<double> part_scores;  // Weighted cosine of each part.
  std::vector<Contribution> top;    // Largest contributions first.
};

// One interchangeable way of turning statements into vectors (one part of
// the blend). Implementations are created by CreatePartVectorizer.
class PartVectorizer {
 public:
  virtual ~PartVectorizer() = default;
  virtual absl::string_view name() const = 0;
  // True when the part produces dense rows, false for sparse rows.
  virtual bool is_dense() const = 0;
  // Learns what the part needs from the statements (vocabulary, idf, ...).
  virtual absl::Status Fit(const TokenCorpus& tokens) = 0;
  // L2-normalized rows (or all-zero rows) for every statement of `tokens`,
  // into `sparse` or `dense` according to is_dense(). Requires Fit.
  virtual void Transform(const TokenCorpus& tokens, SparseMatrix* sparse,
                         DenseMatrix* dense) const = 0;
  // Appends the contributions of statement a and b of `tokens` to the
  // part's cosine (unweighted), largest first, at most `limit`.
  virtual void Explain(
      const TokenCorpus& tokens, size_t a, size_t b, size_t limit,
      std::vector<PairExplanation::Contribution>* out) const = 0;
};

// Creates the part called `name` ("word", "char", ..., "glove"). Returns
// InvalidArgument for an unknown name and FailedPrecondition when the part's
// resources (options.word_vectors, options.embeddings) are not given.
absl::StatusOr<std::unique_ptr<PartVectorizer>> CreatePartVectorizer(
    absl::string_view name, const VectorizeOptions& options);

// A fitted blend of parts: vectorizes statements and explains pairs.
// Thread-safe for concurrent const use.
class SimilarityModel {
 public:
  // Fits every part with a positive weight on `tokens`. Returns
  // InvalidArgument for negative weights or when all weights are zero.
  static absl::StatusOr<std::unique_ptr<SimilarityModel>> Fit(
      const TokenCorpus& tokens, const VectorizeOptions& options);

  // The blended rows of `tokens` (fitted or new statements).
  StatementVectors Transform(const TokenCorpus& tokens) const;

  // The score of statements a and b of `tokens` and what drove it, with at
  // most `limit` contributions. O(terms of a and b).
  PairExplanation Explain(const TokenCorpus& tokens, size_t a, size_t b,
                          size_t limit = 10) const;

  // Names of the parts left out because their resources were missing.
  const std::vector<std::string>& skipped() const { return skipped_; }

 private:
  SimilarityModel() = default;
  std::vector<std::unique_ptr<PartVectorizer>> parts_;
  std::vector<double> weights_;  // Normalized to sum to 1.
  std::vector<std::string> skipped_;
};

// Fits a SimilarityModel on `tokens` and returns their rows.
absl::StatusOr<StatementVectors> Vectorize(const TokenCorpus& tokens,
                                           const VectorizeOptions& options);

// dot(sparse a, sparse b) + dot(dense a, dense b): the score of rows a and b.
// O(nonzeros of a and b + dense columns).
double Score(const StatementVectors& vectors, uint32_t a, uint32_t b);

// Dot products of two rows of one matrix.
double SparseDot(const SparseMatrix& m, uint32_t a, uint32_t b);
double DenseDot(const DenseMatrix& m, uint32_t a, uint32_t b);

}  // namespace laddermerge

#endif  // LADDERMERGE_VECTORIZE_VECTORIZE_H_
