// Word vectors: one dense unit vector per word of a fixed vocabulary, as
// built at build time from WordNet by laddermerge_build_resources (see
// src/vectorize/tools/) and loaded at run time from
// <exe_dir>/../share/laddermerge/word_vectors.bin or $LADDERMERGE_DATA_DIR.
//
//   LM_ASSIGN_OR_RETURN(WordVectors vectors, ParseWordVectors(bytes));
//   int64_t id = vectors.Find("managers");   // -> id of "manager"
//   const float* v = vectors.vector(id);     // vectors.dims() floats
//
// Lookup folds inflections the way WordNet's morphy does: an exception
// list (ran -> run, children -> child) and suffix rules (-s, -es, -ies,
// -ed, -ing, -er, -est), trying the word itself first.
#ifndef LADDERMERGE_VECTORIZE_WORD_VECTORS_H_
#define LADDERMERGE_VECTORIZE_WORD_VECTORS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

#include "common/matrix.h"

namespace laddermerge {

class WordVectors {
 public:
  WordVectors() = default;
  // Takes sorted, unique `words` and one row of `vectors` per word, plus
  // inflected -> base form exceptions.
  WordVectors(std::vector<std::string> words, DenseMatrix vectors,
              std::vector<std::pair<std::string, std::string>> exceptions);

  size_t num_words() const { return words_.size(); }
  uint32_t dims() const { return vectors_.cols; }
  const std::string& word(uint32_t id) const { return words_[id]; }
  const float* vector(uint32_t id) const { return vectors_.row(id); }

  // The id of `word` (case-folded) or of its base form; -1 when neither is
  // in the vocabulary. O(|word|).
  int64_t Find(absl::string_view word) const;

  // Every vocabulary id `word` may stand for: itself, its exception base
  // form and every base form the suffix rules find ("peeling" -> peeling,
  // peel), without repeats, in that order. O(|word|).
  std::vector<uint32_t> FindAll(absl::string_view word) const;

  // WordNet concept features of word `id` (synsets of its senses, their
  // hypernyms and related synsets; ids < num_concepts()), with weights that
  // have unit L2 norm. Empty until AttachConcepts.
  struct Concept {
    uint32_t id;
    float weight;
  };
  absl::Span<const Concept> concepts(uint32_t id) const {
    if (concept_begin_.empty()) return {};
    return absl::MakeConstSpan(concepts_.data() + concept_begin_[id],
                               concept_begin_[id + 1] - concept_begin_[id]);
  }
  uint32_t num_concepts() const { return num_concepts_; }
  bool has_concepts() const { return !concept_begin_.empty(); }

  // Parses word_concepts.txt ("word<TAB>id:weight ..." per line, in the
  // order of the vocabulary). InvalidArgument "word concepts: line N: ..."
  // when a line is malformed or names another word. O(size).
  absl::Status AttachConcepts(absl::string_view text);

  // The binary file format (little-endian): "LMWV0001", uint32 words, uint32
  // dims, uint32 exceptions, then words and exceptions as '\n'-terminated
  // lines ("inflected base"), then per word a float32 scale and dims int8
  // values (vector = scale * values).
  std::string Serialize() const;

 private:
  int64_t Exact(absl::string_view word) const;

  std::vector<std::string> words_;
  DenseMatrix vectors_;
  absl::flat_hash_map<std::string, uint32_t> ids_;
  absl::flat_hash_map<std::string, std::string> exceptions_;
  std::vector<uint64_t> concept_begin_;  // num_words() + 1 entries, or none.
  std::vector<Concept> concepts_;
  uint32_t num_concepts_ = 0;
};

// Parses WordVectors::Serialize output. InvalidArgument "<what>: ..." for a
// truncated or malformed file. O(size).
absl::StatusOr<WordVectors> ParseWordVectors(absl::string_view bytes);

}  // namespace laddermerge

#endif  // LADDERMERGE_VECTORIZE_WORD_VECTORS_H_
