// Vectorize: the fourth pipeline stage. Turns tokenized statements into
// vectors whose dot products are laddermerge's similarity score.
//
// The score of two statements is a weighted blend of cosines, one per part:
//   "word"     TF-IDF over stemmed words (and word n-grams)      sparse
//   "char"     TF-IDF over character n-grams inside words        sparse
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
  double word_weight = 1.0;  // TF-IDF over TokenCorpus::terms.
  double char_weight = 0.0;  // TF-IDF over TokenCorpus::char_ngrams.
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

// Creates the part called `name` ("word", "char"). Returns InvalidArgument
// for an unknown name.
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

 private:
  SimilarityModel() = default;
  std::vector<std::unique_ptr<PartVectorizer>> parts_;
  std::vector<double> weights_;  // Normalized to sum to 1.
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
