// Similarity set-ups for tests that need real vectors but no resources: the
// "word" TF-IDF part alone, so scores are plain cosines of stemmed words.
//
//   VectorizeOptions options = testing_util::WordTfidfOnly();
#ifndef LADDERMERGE_TESTS_TESTING_WORD_TFIDF_H_
#define LADDERMERGE_TESTS_TESTING_WORD_TFIDF_H_

#include "vectorize/vectorize.h"

namespace laddermerge::testing_util {

// Every part but "word" weighted 0.
inline VectorizeOptions WordTfidfOnly() {
  VectorizeOptions options;
  options.word_weight = 1;
  options.char_weight = 0;
  options.wordnet_weight = 0;
  options.synset_weight = 0;
  options.concept_weight = 0;
  options.polarity_weight = 0;
  options.glove_weight = 0;
  return options;
}

}  // namespace laddermerge::testing_util

#endif  // LADDERMERGE_TESTS_TESTING_WORD_TFIDF_H_
