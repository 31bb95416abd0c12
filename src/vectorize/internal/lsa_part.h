// The dense "lsa" part of the blend: latent semantic analysis of the fitted
// statements themselves. Their TF-IDF matrix X (statements x terms) is
// reduced by randomized truncated SVD, X ~ U S V^T; a statement's vector is
// its TF-IDF row folded in, x V S^(p-1) (p = lsa_singular_power), so fitted
// statements get U S^p. Words that occur in the same statements (guitar and
// playing, onion and slicing) end up close, with no outside resource.
#ifndef LADDERMERGE_VECTORIZE_INTERNAL_LSA_PART_H_
#define LADDERMERGE_VECTORIZE_INTERNAL_LSA_PART_H_

#include <memory>

#include "vectorize/vectorize.h"

namespace laddermerge::internal {

std::unique_ptr<PartVectorizer> NewLsaPart(const VectorizeOptions& options);

// The transpose of `m`, rows sorted by column. O(nnz + rows + cols).
SparseMatrix Transpose(const SparseMatrix& m);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_VECTORIZE_INTERNAL_LSA_PART_H_
