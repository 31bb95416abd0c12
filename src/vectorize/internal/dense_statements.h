// Statement vectors built as weighted sums of word vectors, shared by the
// dense "wordnet" and "glove" parts: the embedding of each statement, minus
// its projections on common directions (such as the fitted statements' first
// principal component, the direction every statement shares, as in SIF
// embeddings: Arora et al. 2017), L2-normalized.
#ifndef LADDERMERGE_VECTORIZE_INTERNAL_DENSE_STATEMENTS_H_
#define LADDERMERGE_VECTORIZE_INTERNAL_DENSE_STATEMENTS_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/types/span.h"

#include "common/matrix.h"

namespace laddermerge::internal {

// Adds the raw embedding of statement `s` to `row` (dims doubles, zeroed by
// the caller). Called concurrently for different statements.
using EmbedStatementFn = absl::FunctionRef<void(size_t s, double* row)>;

// Unit vectors of dims entries, orthogonal to each other.
using Components = std::vector<std::vector<double>>;

// One row per statement: embed(s), minus its projections on `components`,
// L2-normalized; a zero embedding stays a zero row. Parallel over blocks of
// statements, and the same for any thread count. O(statements * cost of
// embed).
DenseMatrix EmbedStatements(size_t num_statements, uint32_t dims,
                            const Components& components, int threads,
                            EmbedStatementFn embed);

// Subtracts from `v` its projections on `components`. O(dims * components).
void RemoveComponents(const Components& components, absl::Span<double> v);

// The top right singular vector of the rows of `m` (a unit vector), by power
// iteration from a fixed start, so deterministic; empty when `m` is all
// zero. Uses at most `max_rows` evenly spaced rows, which bounds the cost at
// O(max_rows * cols) per iteration while the direction every statement
// shares stays the same.
std::vector<double> PrincipalComponent(const DenseMatrix& m, size_t max_rows);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_VECTORIZE_INTERNAL_DENSE_STATEMENTS_H_
