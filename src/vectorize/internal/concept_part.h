// The sparse "synset" part of the blend: a soft match of words through
// WordNet. Each word stands for its concept features (the synsets of its
// senses, their hypernyms two levels up and related synsets, weighted by
// sense frequency; see WordVectors::concepts); a statement is the
// idf-weighted sum of its words' features, each feature then weighted by its
// own idf over the fitted statements, L2-normalized. Two statements sharing
// no word but "man" and "person", or "coach" and "mentor" in a common sense,
// get a positive cosine.
#ifndef LADDERMERGE_VECTORIZE_INTERNAL_CONCEPT_PART_H_
#define LADDERMERGE_VECTORIZE_INTERNAL_CONCEPT_PART_H_

#include <memory>

#include "vectorize/vectorize.h"
#include "vectorize/word_vectors.h"

namespace laddermerge::internal {

// `vectors` (with concepts attached) is borrowed and must outlive the part.
std::unique_ptr<PartVectorizer> NewConceptPart(const WordVectors& vectors,
                                               const VectorizeOptions& options);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_VECTORIZE_INTERNAL_CONCEPT_PART_H_
