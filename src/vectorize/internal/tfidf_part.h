// The sparse TF-IDF parts of the blend: "word" over TokenCorpus::terms and
// "char" over TokenCorpus::char_ngrams.
#ifndef LADDERMERGE_VECTORIZE_INTERNAL_TFIDF_PART_H_
#define LADDERMERGE_VECTORIZE_INTERNAL_TFIDF_PART_H_

#include <memory>

#include "vectorize/vectorize.h"

namespace laddermerge::internal {

// Which token lists of a TokenCorpus a TF-IDF part weighs.
enum class TfidfSource { kTerms, kCharNgrams };

std::unique_ptr<PartVectorizer> NewTfidfPart(TfidfSource source,
                                             const TfidfOptions& options);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_VECTORIZE_INTERNAL_TFIDF_PART_H_
