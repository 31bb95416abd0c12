// The Matcher implementations behind CreateMatcher, and the input checks they
// share.
#ifndef LADDERMERGE_MATCH_INTERNAL_MATCHERS_H_
#define LADDERMERGE_MATCH_INTERNAL_MATCHERS_H_

#include <cstdint>
#include <memory>

#include "absl/status/status.h"
#include "absl/types/span.h"

#include "common/matrix.h"
#include "match/match.h"

namespace laddermerge::internal {

// Inverted index walk with exact pruning (kSparse).
std::unique_ptr<Matcher> NewSparseMatcher(const MatchOptions& options);
// Blocked GEMM with per-tile selection (kDense).
std::unique_ptr<Matcher> NewDenseMatcher(const MatchOptions& options);
// Blocked GEMM plus sparse scores per tile (kBlended).
std::unique_ptr<Matcher> NewBlendedMatcher(const MatchOptions& options);

// InvalidArgument unless row_ptr, col and value are consistent and column
// ids are in range and strictly increasing within each row. O(nnz).
absl::Status ValidateSparse(const SparseMatrix& m);
// InvalidArgument unless data has rows * cols entries.
absl::Status ValidateDense(const DenseMatrix& m);
// InvalidArgument unless `groups` is empty or has `rows` entries.
absl::Status ValidateGroups(uint32_t rows, absl::Span<const uint32_t> groups);

// The rows `rows` of `vectors`, in that order. O(their non-zeros + dense).
StatementVectors SelectRows(const StatementVectors& vectors,
                            absl::Span<const uint32_t> rows);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_MATCH_INTERNAL_MATCHERS_H_
