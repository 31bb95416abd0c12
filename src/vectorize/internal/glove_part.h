// The dense "glove" part of the blend: a statement is the SIF-weighted sum
// of its words' GloVe vectors (Arora et al. 2017, "A simple but tough-to-
// beat baseline for sentence embeddings"): word w weighs a / (a + p(w)),
// where p(w) is the word's share of running text estimated from its GloVe
// frequency rank, so that "the" counts about a tenth as much as a rare word
// whatever the statements fitted. Minus the direction all text shares (the
// expected embedding of a word of running text, from the same frequencies,
// so that even two statements alone score like a large fit) and, when
// enough statements are fitted, their first principal component after that;
// L2-normalized (dense_statements.h).
#ifndef LADDERMERGE_VECTORIZE_INTERNAL_GLOVE_PART_H_
#define LADDERMERGE_VECTORIZE_INTERNAL_GLOVE_PART_H_

#include <memory>

#include "vectorize/vectorize.h"
#include "vectorize/word_embeddings.h"

namespace laddermerge::internal {

// `embeddings` is borrowed and must outlive the part.
std::unique_ptr<PartVectorizer> NewGlovePart(const WordEmbeddings& embeddings,
                                             const VectorizeOptions& options);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_VECTORIZE_INTERNAL_GLOVE_PART_H_
