// Word weights shared by the WordNet-based parts: smoothed idf of the
// case-folded words over the fitted statements, and the lookup of a word in
// the WordNet vocabulary (compounds such as "on-call" fall back to their
// parts).
#ifndef LADDERMERGE_VECTORIZE_INTERNAL_WORD_WEIGHTS_H_
#define LADDERMERGE_VECTORIZE_INTERNAL_WORD_WEIGHTS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

#include "tokenize/tokenize.h"
#include "vectorize/word_vectors.h"

namespace laddermerge::internal {

class WordWeights {
 public:
  // Counts each word's statements in `tokens`.
  void Fit(const TokenCorpus& tokens);
  // ln((1 + n) / (1 + df)) + 1; unseen words get the largest weight.
  double Weight(absl::string_view word) const;

 private:
  absl::flat_hash_map<std::string, uint32_t> df_;
  double num_documents_ = 0;
};

// The vocabulary ids for `word`: its own id, or the ids of its parts split
// at '-' and '/' when the whole is unknown; empty when none is known.
std::vector<uint32_t> LookUpWord(const WordVectors& vectors,
                                 absl::string_view word);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_VECTORIZE_INTERNAL_WORD_WEIGHTS_H_
