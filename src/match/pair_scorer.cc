// PairScorer (match.h): a table of every pair's score for small inputs, the
// matcher over (a selection of) the vectors for large ones.
#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "common/parallel.h"
#include "common/status_macros.h"
#include "match/internal/block_results.h"
#include "match/internal/gemm.h"
#include "match/internal/matchers.h"
#include "match/internal/top_k.h"
#include "match/match.h"

namespace laddermerge {
namespace {

// Rows per unit of work when filling or scanning the table. Fixed, so the
// floating-point work per cell does not depend on the thread count.
constexpr size_t kTableBlock = 64;

bool UsesSparse(MatchMethod m) { return m != MatchMethod::kDense; }
bool UsesDense(MatchMethod m) { return m != MatchMethod::kSparse; }

// True when neither part has columns: nothing to compare, every score is 0.
bool Empty(const StatementVectors& v) {
  return v.sparse.cols == 0 && v.dense.cols == 0;
}

absl::Status ValidateFor(const StatementVectors& v, MatchMethod method) {
  if (Empty(v)) return absl::OkStatus();
  if (UsesSparse(method)) {
    LM_RETURN_IF_ERROR(internal::ValidateSparse(v.sparse));
    if (v.sparse.rows > 0 && v.sparse.cols == 0) {
      return absl::FailedPreconditionError(
          "match: the sparse part has no terms");
    }
  }
  if (UsesDense(method)) {
    LM_RETURN_IF_ERROR(internal::ValidateDense(v.dense));
    if (v.dense.rows > 0 && v.dense.cols == 0) {
      return absl::FailedPreconditionError(
          "match: the dense part has no columns");
    }
  }
  if (method == MatchMethod::kBlended && v.sparse.rows != v.dense.rows) {
    return absl::InvalidArgumentError(
        "match: sparse and dense parts disagree on the number of rows");
  }
  return absl::OkStatus();
}

uint32_t RowsOf(const StatementVectors& v, MatchMethod method) {
  return UsesSparse(method) ? v.sparse.rows : v.dense.rows;
}

absl::Status CheckSearch(uint32_t rows, absl::Span<const uint32_t> subset,
                         absl::Span<const uint32_t> groups, int top_k,
                         float min_score) {
  if (top_k < 1 || !std::isfinite(min_score)) {
    return absl::InvalidArgumentError(
        "match: top_k must be at least 1 and min_score finite");
  }
  for (const uint32_t row : subset) {
    if (row >= rows) {
      return absl::InvalidArgumentError(
          absl::StrCat("match: row ", row, " of ", rows, " in a subset"));
    }
  }
  return internal::ValidateGroups(
      subset.empty() ? rows : static_cast<uint32_t>(subset.size()), groups);
}

// Every pair's score, row-major.
class TableScorer : public PairScorer {
 public:
  TableScorer(uint32_t rows, int threads)
      : rows_(rows), threads_(threads), table_(size_t{rows} * rows, 0.0f) {}

  void Fill(const StatementVectors& v, MatchMethod method) {
    if (UsesDense(method) && v.dense.cols > 0) FillDense(v.dense);
    if (UsesSparse(method)) AddSparse(v.sparse);
  }

  uint32_t rows() const override { return rows_; }

  double Score(uint32_t a, uint32_t b) const override {
    return table_[size_t{a} * rows_ + b];
  }

  absl::StatusOr<TopMatches> FindMatches(absl::Span<const uint32_t> subset,
                                         absl::Span<const uint32_t> groups,
                                         int top_k,
                                         float min_score) const override {
    LM_RETURN_IF_ERROR(CheckSearch(rows_, subset, groups, top_k, min_score));
    const size_t n = subset.empty() ? rows_ : subset.size();
    auto row_of = [&](size_t i) -> uint32_t {
      return subset.empty() ? static_cast<uint32_t>(i) : subset[i];
    };
    std::vector<internal::BlockResults> blocks(NumBlocks(n, kTableBlock));
    ParallelForBlocks(
        n, kTableBlock, threads_, [&](size_t block, size_t begin, size_t end) {
          internal::TopK top(top_k);
          internal::BlockResults& out = blocks[block];
          for (size_t i = begin; i < end; ++i) {
            const float* scores = &table_[size_t{row_of(i)} * rows_];
            for (size_t j = 0; j < n; ++j) {
              if (j == i || (!groups.empty() && groups[j] == groups[i]))
                continue;
              const float s = scores[row_of(j)];
              if (s <= 0 || s < min_score || !top.Admits(s)) continue;
              top.Push(static_cast<uint32_t>(j), s);
            }
            const size_t before = out.neighbors.size();
            top.AppendBestFirst(out.neighbors);
            out.counts.push_back(
                static_cast<uint32_t>(out.neighbors.size() - before));
          }
        });
    return internal::AssembleBlocks(blocks);
  }

 private:
  void FillDense(const DenseMatrix& d) {
    const int64_t depth = d.cols;
    ParallelForBlocks(
        rows_, kTableBlock, threads_, [&](size_t, size_t begin, size_t end) {
          internal::MultiplyTransposed(d.row(static_cast<uint32_t>(begin)),
                                       static_cast<int64_t>(end - begin),
                                       d.data.data(), rows_, depth,
                                       &table_[begin * rows_]);
        });
  }

  // Adds dot(sparse a, sparse b) to every cell, through the columns' lists
  // of rows; each cell sums its terms in increasing term order.
  void AddSparse(const SparseMatrix& m) {
    std::vector<uint64_t> start(m.cols + 1, 0);
    for (uint64_t p = 0; p < m.nnz(); ++p) ++start[m.col[p] + 1];
    for (uint32_t c = 0; c < m.cols; ++c) start[c + 1] += start[c];
    std::vector<uint32_t> rows(m.nnz());
    std::vector<float> values(m.nnz());
    std::vector<uint64_t> fill(start.begin(), start.end() - 1);
    for (uint32_t r = 0; r < m.rows; ++r) {
      for (uint64_t p = m.row_ptr[r]; p < m.row_ptr[r + 1]; ++p) {
        rows[fill[m.col[p]]] = r;
        values[fill[m.col[p]]++] = m.value[p];
      }
    }
    ParallelForBlocks(
        rows_, kTableBlock, threads_, [&](size_t, size_t begin, size_t end) {
          std::vector<float> acc(rows_);
          for (size_t a = begin; a < end; ++a) {
            std::fill(acc.begin(), acc.end(), 0.0f);
            for (uint64_t p = m.row_ptr[a]; p < m.row_ptr[a + 1]; ++p) {
              const float w = m.value[p];
              for (uint64_t q = start[m.col[p]]; q < start[m.col[p] + 1]; ++q) {
                acc[rows[q]] += w * values[q];
              }
            }
            float* out = &table_[a * rows_];
            for (uint32_t b = 0; b < rows_; ++b) out[b] += acc[b];
          }
        });
  }

  uint32_t rows_;
  int threads_;
  std::vector<float> table_;
};

// Searches the vectors every time.
class VectorScorer : public PairScorer {
 public:
  VectorScorer(const StatementVectors& v, MatchMethod method, int threads)
      : vectors_(v), method_(method), threads_(threads) {}

  uint32_t rows() const override { return RowsOf(vectors_, method_); }

  double Score(uint32_t a, uint32_t b) const override {
    switch (method_) {
      case MatchMethod::kSparse:
        return SparseDot(vectors_.sparse, a, b);
      case MatchMethod::kDense:
        return DenseDot(vectors_.dense, a, b);
      case MatchMethod::kBlended:
        return laddermerge::Score(vectors_, a, b);
    }
    return 0;
  }

  absl::StatusOr<TopMatches> FindMatches(absl::Span<const uint32_t> subset,
                                         absl::Span<const uint32_t> groups,
                                         int top_k,
                                         float min_score) const override {
    LM_RETURN_IF_ERROR(CheckSearch(rows(), subset, groups, top_k, min_score));
    if (Empty(vectors_)) {
      TopMatches none;
      none.row_ptr.assign((subset.empty() ? rows() : subset.size()) + 1, 0);
      return none;
    }
    MatchOptions search;
    search.method = method_;
    search.threads = threads_;
    search.top_k = top_k;
    search.min_score = min_score;
    if (subset.empty()) return FindTopMatches(vectors_, groups, search);
    return FindTopMatches(internal::SelectRows(vectors_, subset), groups,
                          search);
  }

 private:
  const StatementVectors& vectors_;
  MatchMethod method_;
  int threads_;
};

}  // namespace

MatchMethod MethodUsingAllParts(const StatementVectors& vectors) {
  if (vectors.dense.cols == 0) return MatchMethod::kSparse;
  if (vectors.sparse.cols == 0) return MatchMethod::kDense;
  return MatchMethod::kBlended;
}

absl::StatusOr<std::unique_ptr<PairScorer>> CreatePairScorer(
    const StatementVectors& vectors, const PairScorerOptions& options) {
  if (options.threads < 0) {
    return absl::InvalidArgumentError("match: threads must not be negative");
  }
  const MatchMethod method =
      options.method.value_or(MethodUsingAllParts(vectors));
  LM_RETURN_IF_ERROR(ValidateFor(vectors, method));
  const uint32_t rows = RowsOf(vectors, method);
  if (rows > options.max_table_rows) {
    return std::make_unique<VectorScorer>(vectors, method, options.threads);
  }
  auto table =
      std::make_unique<TableScorer>(rows, ResolveThreadCount(options.threads));
  table->Fill(vectors, method);
  return table;
}

}  // namespace laddermerge
