// Vectorize: turns tokenized statements into vectors whose dot products are
// laddermerge's similarity score. (Placeholder front header: the similarity
// work fills in the vectorizers; StatementVectors is the contract that the
// match stage relies on and must stay.)
#ifndef LADDERMERGE_VECTORIZE_VECTORIZE_H_
#define LADDERMERGE_VECTORIZE_VECTORIZE_H_

#include "common/matrix.h"

namespace laddermerge {

// One row per statement, in the order of the statements given. The blended
// similarity of statements a and b is exactly
//   dot(sparse row a, sparse row b) + dot(dense row a, dense row b),
// with the blend weights already folded into the rows (each part scaled by
// the square root of its weight), so that every all-pairs search is a pair of
// matrix products. `dense` may have zero columns.
struct StatementVectors {
  SparseMatrix sparse;
  DenseMatrix dense;
};

}  // namespace laddermerge

#endif  // LADDERMERGE_VECTORIZE_VECTORIZE_H_
