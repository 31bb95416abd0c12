// The sparse "concept" part of the blend: ladder vocabulary grouped into
// concepts (vectorize/data/concepts.txt: mentoring = mentor, coach, level
// up, ...). Each statement is reduced to the concepts it mentions, weighted
// by TF-IDF over the fitted statements; two statements that both talk about
// hiring, in whatever words, share a feature.
#ifndef LADDERMERGE_VECTORIZE_INTERNAL_LEXICON_PART_H_
#define LADDERMERGE_VECTORIZE_INTERNAL_LEXICON_PART_H_

#include <memory>
#include <string_view>

#include "absl/status/statusor.h"

#include "vectorize/vectorize.h"

namespace laddermerge::internal {

// The embedded concepts.txt.
std::string_view ConceptLexiconData();

// Parses `lexicon` ("concept: entry, entry" lines) and tokenizes its entries
// with options.lexicon_tokenize. InvalidArgument "concept lexicon: line N:
// ..." for a line without a colon or a concept without entries.
absl::StatusOr<std::unique_ptr<PartVectorizer>> NewLexiconPart(
    std::string_view lexicon, const VectorizeOptions& options);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_VECTORIZE_INTERNAL_LEXICON_PART_H_
