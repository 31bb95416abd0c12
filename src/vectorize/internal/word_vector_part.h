// The dense "wordnet" part of the blend: a statement is the idf-weighted sum
// of its words' vectors (WordVectors, built from WordNet), minus its
// projection on the fitted statements' first principal component (the
// direction all statements share, as in SIF embeddings), L2-normalized.
#ifndef LADDERMERGE_VECTORIZE_INTERNAL_WORD_VECTOR_PART_H_
#define LADDERMERGE_VECTORIZE_INTERNAL_WORD_VECTOR_PART_H_

#include <memory>

#include "vectorize/vectorize.h"
#include "vectorize/word_vectors.h"

namespace laddermerge::internal {

// `vectors` is borrowed and must outlive the part.
std::unique_ptr<PartVectorizer> NewWordVectorPart(
    const WordVectors& vectors, const VectorizeOptions& options);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_VECTORIZE_INTERNAL_WORD_VECTOR_PART_H_
