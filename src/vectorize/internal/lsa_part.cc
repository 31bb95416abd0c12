#include "vectorize/internal/lsa_part.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "common/parallel.h"
#include "vectorize/randomized_svd.h"

namespace laddermerge::internal {
namespace {

constexpr size_t kBlockSize = 1024;

class LsaPart : public PartVectorizer {
 public:
  explicit LsaPart(const VectorizeOptions& options) : options_(options) {}

  absl::string_view name() const override { return "lsa"; }
  bool is_dense() const override { return true; }

  absl::Status Fit(const TokenCorpus& tokens) override {
    TfidfOptions tfidf = options_.tfidf;
    tfidf.threads = options_.threads;
    model_ = TfidfModel::Fit(tokens.terms, tfidf);
    RandomizedSvdOptions svd_options;
    svd_options.rank = options_.lsa_dims;
    // Left singular vectors of X^T are the term factors V of X.
    TruncatedSvd svd =
        RandomizedSvd(Transpose(model_->Transform(tokens.terms)), svd_options);
    term_factors_ = std::move(svd.u);
    for (uint32_t k = 0; k < term_factors_.cols; ++k) {
      const double s = svd.singular_values[k];
      const double scale =
          s > 0 ? std::pow(s, options_.lsa_singular_power - 1.0) : 0.0;
      for (uint32_t t = 0; t < term_factors_.rows; ++t) {
        term_factors_.row(t)[k] *= static_cast<float>(scale);
      }
    }
    return absl::OkStatus();
  }

  void Transform(const TokenCorpus& tokens, SparseMatrix*,
                 DenseMatrix* dense) const override {
    const SparseMatrix x = model_->Transform(tokens.terms);
    DenseMatrix& out = *dense;
    out.rows = x.rows;
    out.cols = term_factors_.cols;
    out.data.assign(size_t{out.rows} * out.cols, 0.0f);
    ParallelForBlocks(x.rows, kBlockSize, ResolveThreadCount(options_.threads),
                      [&](size_t, size_t begin, size_t end) {
                        for (size_t r = begin; r < end; ++r) FoldIn(x, r, out);
                      });
  }

  void Explain(const TokenCorpus&, size_t, size_t, size_t,
               std::vector<PairExplanation::Contribution>*) const override {}

 private:
  void FoldIn(const SparseMatrix& x, size_t r, DenseMatrix& out) const {
    float* row = out.row(static_cast<uint32_t>(r));
    for (uint64_t p = x.row_ptr[r]; p < x.row_ptr[r + 1]; ++p) {
      const float* v = term_factors_.row(x.col[p]);
      for (uint32_t k = 0; k < out.cols; ++k) row[k] += x.value[p] * v[k];
    }
    double norm2 = 0;
    for (uint32_t k = 0; k < out.cols; ++k) norm2 += double{row[k]} * row[k];
    const float inv = norm2 > 0 ? static_cast<float>(1 / std::sqrt(norm2)) : 0;
    for (uint32_t k = 0; k < out.cols; ++k) row[k] *= inv;
  }

  VectorizeOptions options_;
  std::optional<TfidfModel> model_;
  DenseMatrix term_factors_;  // terms x dims: V S^(p-1).
};

}  // namespace

SparseMatrix Transpose(const SparseMatrix& m) {
  SparseMatrix t;
  t.rows = m.cols;
  t.cols = m.rows;
  t.row_ptr.assign(size_t{m.cols} + 1, 0);
  for (uint32_t c : m.col) ++t.row_ptr[c + 1];
  for (uint32_t c = 0; c < m.cols; ++c) t.row_ptr[c + 1] += t.row_ptr[c];
  t.col.resize(m.nnz());
  t.value.resize(m.nnz());
  std::vector<uint64_t> next(t.row_ptr.begin(), t.row_ptr.end() - 1);
  for (uint32_t r = 0; r < m.rows; ++r) {
    for (uint64_t p = m.row_ptr[r]; p < m.row_ptr[r + 1]; ++p) {
      const uint64_t q = next[m.col[p]]++;
      t.col[q] = r;
      t.value[q] = m.value[p];
    }
  }
  return t;
}

std::unique_ptr<PartVectorizer> NewLsaPart(const VectorizeOptions& options) {
  return std::make_unique<LsaPart>(options);
}

}  // namespace laddermerge::internal
