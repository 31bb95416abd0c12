#include "match_testing.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include "absl/strings/str_cat.h"

namespace laddermerge::match_testing {
namespace {

void NormalizeRow(std::vector<float>& values, size_t begin) {
  double norm2 = 0;
  for (size_t i = begin; i < values.size(); ++i) {
    norm2 += double{values[i]} * values[i];
  }
  if (norm2 == 0) return;
  const double scale = 1 / std::sqrt(norm2);
  for (size_t i = begin; i < values.size(); ++i) values[i] *= scale;
}

float RandomWeight(const RandomSparseSpec& spec, std::mt19937& rng) {
  if (spec.dyadic) {
    const int v = std::uniform_int_distribution<int>(1, 4)(rng);
    const bool negative = spec.signed_values && rng() % 3 == 0;
    return (negative ? -v : v) / 8.0f;
  }
  const float v = std::uniform_real_distribution<float>(0.01f, 1.0f)(rng);
  return spec.signed_values && rng() % 3 == 0 ? -v : v;
}

bool Candidate(const std::vector<uint32_t>& groups, uint32_t a, uint32_t b) {
  return a != b && (groups.empty() || groups[a] != groups[b]);
}

bool Before(const Neighbor& x, const Neighbor& y) {
  return x.score > y.score || (x.score == y.score && x.statement < y.statement);
}

}  // namespace

SparseMatrix RandomSparse(const RandomSparseSpec& spec, uint32_t seed) {
  std::mt19937 rng(seed);
  std::bernoulli_distribution stored(spec.density), empty(spec.empty_rows),
      duplicate(spec.duplicate_rows);
  SparseMatrix m;
  m.rows = spec.rows;
  m.cols = spec.cols;
  for (uint32_t r = 0; r < spec.rows; ++r) {
    const size_t begin = m.col.size();
    if (r > 0 && duplicate(rng)) {
      const uint32_t src = rng() % r;
      for (uint64_t p = m.row_ptr[src]; p < m.row_ptr[src + 1]; ++p) {
        m.col.push_back(m.col[p]);
        m.value.push_back(m.value[p]);
      }
    } else if (!empty(rng)) {
      for (uint32_t t = 0; t < spec.cols; ++t) {
        if (!stored(rng)) continue;
        m.col.push_back(t);
        m.value.push_back(RandomWeight(spec, rng));
      }
      if (spec.normalize && !spec.dyadic) NormalizeRow(m.value, begin);
    }
    m.row_ptr.push_back(m.col.size());
  }
  return m;
}

DenseMatrix RandomDense(uint32_t rows, uint32_t depth, bool dyadic,
                        uint32_t seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> normal;
  DenseMatrix m;
  m.rows = rows;
  m.cols = depth;
  for (uint32_t r = 0; r < rows; ++r) {
    const size_t begin = m.data.size();
    for (uint32_t c = 0; c < depth; ++c) {
      m.data.push_back(dyadic ? static_cast<int>(rng() % 5 - 2) / 8.0f
                              : normal(rng));
    }
    if (!dyadic) NormalizeRow(m.data, begin);
  }
  return m;
}

std::vector<uint32_t> RandomGroups(uint32_t rows, uint32_t groups,
                                   bool contiguous, uint32_t seed) {
  std::vector<uint32_t> g(rows);
  for (uint32_t r = 0; r < rows; ++r) {
    g[r] = static_cast<uint32_t>(uint64_t{r} * groups / std::max(1u, rows));
  }
  if (!contiguous) std::shuffle(g.begin(), g.end(), std::mt19937(seed));
  return g;
}

float ReferenceSparseScore(const SparseMatrix& m, uint32_t a, uint32_t b) {
  float score = 0.0f;
  uint64_t p = m.row_ptr[a], q = m.row_ptr[b];
  while (p < m.row_ptr[a + 1] && q < m.row_ptr[b + 1]) {
    if (m.col[p] < m.col[q]) {
      ++p;
    } else if (m.col[q] < m.col[p]) {
      ++q;
    } else {
      score += m.value[p++] * m.value[q++];
    }
  }
  return score;
}

double ReferenceDenseScore(const DenseMatrix& m, uint32_t a, uint32_t b) {
  double score = 0;
  for (uint32_t c = 0; c < m.cols; ++c) {
    score += double{m.row(a)[c]} * m.row(b)[c];
  }
  return score;
}

double ReferenceScore(const StatementVectors& v, MatchMethod method, uint32_t a,
                      uint32_t b) {
  switch (method) {
    case MatchMethod::kSparse:
      return ReferenceSparseScore(v.sparse, a, b);
    case MatchMethod::kDense:
      return ReferenceDenseScore(v.dense, a, b);
    case MatchMethod::kBlended:
      return double{ReferenceSparseScore(v.sparse, a, b)} +
             ReferenceDenseScore(v.dense, a, b);
  }
  return 0;
}

TopMatches BruteForce(const StatementVectors& v,
                      const std::vector<uint32_t>& groups,
                      const MatchOptions& options) {
  const uint32_t n =
      options.method == MatchMethod::kSparse ? v.sparse.rows : v.dense.rows;
  TopMatches top;
  for (uint32_t a = 0; a < n; ++a) {
    std::vector<Neighbor> all;
    for (uint32_t b = 0; b < n; ++b) {
      if (!Candidate(groups, a, b)) continue;
      const float score =
          static_cast<float>(ReferenceScore(v, options.method, a, b));
      if (score > 0 && score >= options.min_score) all.push_back({b, score});
    }
    std::sort(all.begin(), all.end(), Before);
    all.resize(std::min<size_t>(all.size(), options.top_k));
    top.neighbors.insert(top.neighbors.end(), all.begin(), all.end());
    top.row_ptr.push_back(top.neighbors.size());
  }
  return top;
}

std::string CompareUpToRounding(const StatementVectors& v,
                                const std::vector<uint32_t>& groups,
                                const MatchOptions& options,
                                const TopMatches& expected,
                                const TopMatches& actual, double tolerance) {
  if (actual.rows() != expected.rows()) return "different row counts";
  const double floor = std::max(0.0, double{options.min_score});
  const size_t k = options.top_k;
  for (uint32_t a = 0; a < expected.rows(); ++a) {
    const absl::Span<const Neighbor> e = expected.of(a), x = actual.of(a);
    const std::string where = absl::StrCat("row ", a, ": ");
    auto ref = [&](uint32_t b) {
      return ReferenceScore(v, options.method, a, b);
    };
    if (x.size() > k) return where + "more than k matches";
    const double cut_x = x.size() == k ? x.back().score : floor;
    const double cut_e = e.size() == k ? e.back().score : floor;
    for (size_t i = 0; i < x.size(); ++i) {
      const uint32_t b = x[i].statement;
      if (b >= expected.rows() || !Candidate(groups, a, b)) {
        return absl::StrCat(where, "row ", b, " is not a candidate");
      }
      if (std::abs(x[i].score - ref(b)) > tolerance) {
        return absl::StrCat(where, "score of ", b, " is ", x[i].score,
                            ", reference ", ref(b));
      }
      if (i > 0 && !Before(x[i - 1], x[i])) return where + "not in rank order";
      const bool in_e = std::any_of(e.begin(), e.end(), [&](const Neighbor& n) {
        return n.statement == b;
      });
      if (!in_e && ref(b) < cut_e - tolerance) {
        return absl::StrCat(where, "kept ", b, " scoring ", ref(b));
      }
    }
    for (const Neighbor& n : e) {
      const bool in_x = std::any_of(x.begin(), x.end(), [&](const Neighbor& m) {
        return m.statement == n.statement;
      });
      if (!in_x && n.score > cut_x + tolerance) {
        return absl::StrCat(where, "missed ", n.statement, " scoring ",
                            n.score);
      }
    }
  }
  return "";
}

}  // namespace laddermerge::match_testing
