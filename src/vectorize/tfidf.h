// TF-IDF weighting of token lists into L2-normalized sparse rows, with the
// same arithmetic as scikit-learn's TfidfVectorizer(sublinear_tf=True):
//   tf(t, d)  = 1 + ln(count of t in d)        (or the raw count)
//   idf(t)    = ln((1 + n) / (1 + df(t))) + 1  (smoothed; or ln(n / df) + 1)
//   row(d)    = tf * idf, divided by its L2 norm (all-zero rows stay zero)
// where n and df count the fitted documents plus, optionally, a background
// collection's document frequencies.
//
//   TfidfModel model = TfidfModel::Fit(tokens.terms, TfidfOptions());
//   SparseMatrix rows = model.Transform(tokens.terms, /*threads=*/0);
//
// Term ids are the positions of the terms in byte-wise sorted order, so the
// same input gives the same matrix on every run and thread count.
#ifndef LADDERMERGE_VECTORIZE_TFIDF_H_
#define LADDERMERGE_VECTORIZE_TFIDF_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

#include "common/matrix.h"
#include "tokenize/tokenize.h"

namespace laddermerge {

struct TfidfOptions {
  bool sublinear_tf = true;  // 1 + ln(tf) instead of tf.
  bool smooth_idf = true;    // Add one to n and every df.
  // Terms in fewer fitted documents than this are dropped from the
  // vocabulary (background counts do not help a term reach it).
  int min_df = 1;
  int threads = 0;  // Fit/Transform worker threads; 0 means all cores.
};

// Document frequencies of a background collection (e.g. a large text corpus),
// added to the fitted ones so that idf reflects language use beyond the
// input. Keys are terms as the tokenizer produces them.
struct DocumentFrequencies {
  uint64_t num_documents = 0;
  absl::flat_hash_map<std::string, uint64_t> df;
};

class TfidfModel {
 public:
  // Fits the vocabulary and idf on `lists` (one list per document), plus
  // `background` when not null. O(total tokens); thread-safe on const input.
  static TfidfModel Fit(const TokenLists& lists, const TfidfOptions& options,
                        const DocumentFrequencies* background = nullptr);

  // One L2-normalized row per list of `lists`; unknown terms are ignored.
  // Columns are term ids. O(total tokens · log(tokens per list)).
  SparseMatrix Transform(const TokenLists& lists) const;

  uint32_t num_terms() const { return static_cast<uint32_t>(terms_.size()); }
  // The term with id `id`, id < num_terms().
  const std::string& term(uint32_t id) const { return terms_[id]; }
  float idf(uint32_t id) const { return idf_[id]; }
  // The id of `term`, or -1 if it is not in the vocabulary.
  int64_t TermId(absl::string_view term) const;

 private:
  TfidfOptions options_;
  std::vector<std::string> terms_;  // Sorted; the index is the term id.
  std::vector<float> idf_;
  absl::flat_hash_map<std::string, uint32_t> ids_;
};

}  // namespace laddermerge

#endif  // LADDERMERGE_VECTORIZE_TFIDF_H_
