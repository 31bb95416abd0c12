#include "absl/strings/str_cat.h"

#include "match/internal/matchers.h"

namespace laddermerge::internal {
namespace {

absl::Status CheckRow(const SparseMatrix& m, uint32_t r) {
  for (uint64_t p = m.row_ptr[r]; p < m.row_ptr[r + 1]; ++p) {
    if (m.col[p] >= m.cols) {
      return absl::InvalidArgumentError(
          absl::StrCat("sparse row ", r, ": column ", m.col[p],
                       " out of range (", m.cols, " columns)"));
    }
    if (p > m.row_ptr[r] && m.col[p] <= m.col[p - 1]) {
      return absl::InvalidArgumentError(
          absl::StrCat("sparse row ", r, ": column ids not increasing"));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status ValidateSparse(const SparseMatrix& m) {
  if (m.row_ptr.size() != size_t{m.rows} + 1 || m.row_ptr[0] != 0 ||
      m.col.size() != m.row_ptr.back() || m.value.size() != m.col.size()) {
    return absl::InvalidArgumentError(
        "sparse matrix: row_ptr, col and value sizes disagree");
  }
  for (uint32_t r = 0; r < m.rows; ++r) {
    if (m.row_ptr[r + 1] < m.row_ptr[r]) {
      return absl::InvalidArgumentError(
          absl::StrCat("sparse row ", r, ": row_ptr decreases"));
    }
  }
  for (uint32_t r = 0; r < m.rows; ++r) {
    if (absl::Status s = CheckRow(m, r); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::Status ValidateDense(const DenseMatrix& m) {
  if (m.data.size() != size_t{m.rows} * m.cols) {
    return absl::InvalidArgumentError(
        absl::StrCat("dense matrix: ", m.data.size(), " values for ", m.rows,
                     " x ", m.cols));
  }
  return absl::OkStatus();
}

absl::Status ValidateGroups(uint32_t rows, absl::Span<const uint32_t> groups) {
  if (!groups.empty() && groups.size() != rows) {
    return absl::InvalidArgumentError(absl::StrCat(
        "match: ", groups.size(), " group ids for ", rows, " statements"));
  }
  return absl::OkStatus();
}

}  // namespace laddermerge::internal
