// The dense "polarity" part: one column, +1 for an affirmative statement
// and -1 for a negated one (it contains no, not, never, nobody, nothing,
// none, neither, nor, cannot or a word ending in n't). Its product is +1
// for statements of the same polarity and -1 otherwise, so with weight w a
// negation mismatch ("There is no boy playing" vs "A boy is playing") costs
// 2w of score and every other pair is shifted by the same constant.
#ifndef LADDERMERGE_VECTORIZE_INTERNAL_POLARITY_PART_H_
#define LADDERMERGE_VECTORIZE_INTERNAL_POLARITY_PART_H_

#include <memory>

#include "absl/strings/string_view.h"

#include "vectorize/vectorize.h"

namespace laddermerge::internal {

// True when the case-folded `word` negates its clause.
bool IsNegation(absl::string_view word);

std::unique_ptr<PartVectorizer> NewPolarityPart();

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_VECTORIZE_INTERNAL_POLARITY_PART_H_
