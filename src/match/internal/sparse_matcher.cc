// kSparse: Gustavson's row-by-row sparse product over an inverted index,
// with exact top-k pruning.
//
// For a query row q, every candidate b gets the partial score of the terms
// visited so far. Terms are visited in decreasing order of their largest
// possible contribution q_t * max_b(x_bt). Before term j, remaining[j] bounds
// what terms j.. can add to any row (the smaller of the max-weight sum and
// the Cauchy-Schwarz bound |q_j..| * min(max row norm, |max_j..|)). A row not
// yet touched scores at most remaining[j]; once that is below theta, a lower
// bound on the final k-th best score (from the k-th best partial score, or
// min_score), the walk stops admitting rows. Every candidate whose partial
// score plus remaining[j] can still reach theta (or the k-th best exact score
// found so far) is then rescored exactly, summing in increasing term order.
// That order is also the order of the unpruned walk, so both give the same
// bits. Float rounding is covered by a relative slack on every bound.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

#include "common/parallel.h"
#include "common/status_macros.h"
#include "match/internal/block_results.h"
#include "match/internal/group_layout.h"
#include "match/internal/inverted_index.h"
#include "match/internal/matchers.h"
#include "match/internal/scratch_pool.h"
#include "match/internal/sparse_tiles.h"
#include "match/internal/top_k.h"

namespace laddermerge::internal {
namespace {

constexpr int kDefaultBlockRows = 512;
// Partial score of a candidate already rescored exactly.
constexpr float kRescored = std::numeric_limits<float>::infinity();

struct QueryTerm {
  uint32_t term;
  float weight;
  double bound;  // weight * max_value[term]: its largest contribution.
};

// Per-thread state, clean between rows: acc all -0.0f (untouched), seen all
// 0, query all 0, no candidates.
struct SparseScratch {
  SparseScratch(uint32_t rows, uint32_t num_terms, int k, bool track_seen)
      : acc(rows, -0.0f),
        seen(track_seen ? rows : 0, 0),
        candidates(size_t{rows} + 1),
        query(num_terms, 0.0f),
        top(k) {}

  std::vector<float> acc;  // Partial scores by internal row.
  // Touched marks for signed weights; with non-negative weights the sign bit
  // of acc (-0.0f until touched) marks them.
  std::vector<uint8_t> seen;
  std::vector<uint32_t> candidates;  // Touched rows; one spare slot.
  uint32_t num_candidates = 0;
  std::vector<float> query;  // The query row, dense over terms.
  std::vector<QueryTerm> terms;
  // Bounds of what terms j..m-1 (in visiting order) can add to a score:
  // to any row, remaining[j]; to row b, at most heavy_query[j] *
  // heavy_norm[b] + light_rest[j].
  std::vector<double> remaining;
  std::vector<double> heavy_query;  // Norm of the query's heavy terms.
  std::vector<double> light_rest;   // Bound of the light terms alone.
  std::vector<std::pair<float, uint32_t>> leaders;  // (partial, row).
  TopK top;
};

class SparseSearch {
 public:
  SparseSearch(const SparseMatrix& m, absl::Span<const uint32_t> groups,
               const MatchOptions& options)
      : m_(m),
        layout_(GroupLayout::Build(m.rows, groups)),
        index_(BuildInvertedIndex(m, layout_)),
        k_(options.top_k),
        min_score_(options.min_score),
        prune_(options.prune && index_.non_negative) {}

  SparseScratch NewScratch() const {
    return SparseScratch(m_.rows, m_.cols, k_, !index_.non_negative);
  }

  // Appends the top-k list of original row `row` to `out`.
  void MatchRow(uint32_t row, SparseScratch& s, BlockResults& out) const;

 private:
  void LoadQuery(uint32_t row, SparseScratch& s) const;
  void ComputeRemaining(SparseScratch& s) const;
  void ScanTerm(const QueryTerm& t, std::pair<uint32_t, uint32_t> own,
                SparseScratch& s) const;
  void ScanRange(const Posting* p, const Posting* end, float w,
                 SparseScratch& s) const;
  size_t GenerateCandidates(uint32_t self, std::pair<uint32_t, uint32_t> own,
                            SparseScratch& s, double& theta) const;
  void RescoreLeaders(uint32_t self, SparseScratch& s) const;
  void Offer(uint32_t internal, SparseScratch& s) const;
  void CollectAll(uint32_t self, SparseScratch& s) const;
  void Verify(uint32_t self, size_t stop, double theta, double slack,
              SparseScratch& s) const;
  float ExactScore(uint32_t internal, const SparseScratch& s) const;
  bool Keeps(float score) const { return score > 0 && score >= min_score_; }
  // Relative margin covering float rounding in sums of up to m terms.
  static double Slack(size_t m) { return 1.0 + (4.0 * m + 8.0) * FLT_EPSILON; }

  const SparseMatrix& m_;
  const GroupLayout layout_;
  const InvertedIndex index_;
  const int k_;
  const float min_score_;
  const bool prune_;
};

void SparseSearch::MatchRow(uint32_t row, SparseScratch& s,
                            BlockResults& out) const {
  const uint32_t self = layout_.internal(row);
  const std::pair<uint32_t, uint32_t> own = layout_.own_range(self);
  LoadQuery(row, s);
  if (!prune_) {
    for (const QueryTerm& t : s.terms) ScanTerm(t, own, s);
    CollectAll(self, s);
  } else {
    ComputeRemaining(s);
    double theta = min_score_;
    const size_t stop = GenerateCandidates(self, own, s, theta);
    Verify(self, stop, theta, Slack(s.terms.size()), s);
  }
  for (const QueryTerm& t : s.terms) s.query[t.term] = 0.0f;
  const size_t before = out.neighbors.size();
  s.top.AppendBestFirst(out.neighbors);
  out.counts.push_back(static_cast<uint32_t>(out.neighbors.size() - before));
}

void SparseSearch::LoadQuery(uint32_t row, SparseScratch& s) const {
  s.terms.clear();
  for (uint64_t p = m_.row_ptr[row]; p < m_.row_ptr[row + 1]; ++p) {
    const float w = m_.value[p];
    if (w == 0.0f) continue;
    const uint32_t t = m_.col[p];
    s.query[t] = w;
    s.terms.push_back(QueryTerm{t, w, double{w} * index_.max_value[t]});
  }
}

// Norm and max-weight bounds of what some of the query's terms can add.
struct SuffixBound {
  double max_sum = 0;  // Sum of weight * max_value.
  double query2 = 0;   // Squared norm of the query's weights.
  double max2 = 0;     // Squared norm of the max_values.

  void Add(double weight, double max_value) {
    max_sum += weight * max_value;
    query2 += weight * weight;
    max2 += max_value * max_value;
  }
  double Bound(double max_row_norm) const {
    return std::min(
        max_sum, std::sqrt(query2) * std::min(max_row_norm, std::sqrt(max2)));
  }
};

void SparseSearch::ComputeRemaining(SparseScratch& s) const {
  std::stable_sort(
      s.terms.begin(), s.terms.end(),
      [](const QueryTerm& a, const QueryTerm& b) { return a.bound > b.bound; });
  const size_t m = s.terms.size();
  s.remaining.assign(m + 1, 0.0);
  s.light_rest.assign(m + 1, 0.0);
  s.heavy_query.assign(m + 1, 0.0);
  SuffixBound all, light;
  double heavy2 = 0;
  for (size_t j = m; j-- > 0;) {
    const QueryTerm& t = s.terms[j];
    const double max_value = index_.max_value[t.term];
    all.Add(t.weight, max_value);
    if (index_.heavy[t.term]) {
      heavy2 += double{t.weight} * t.weight;
    } else {
      light.Add(t.weight, max_value);
    }
    s.light_rest[j] = light.Bound(index_.max_row_norm);
    s.heavy_query[j] = std::sqrt(heavy2);
    s.remaining[j] =
        std::min(all.Bound(index_.max_row_norm),
                 s.heavy_query[j] * index_.max_heavy_norm + s.light_rest[j]);
  }
}

void SparseSearch::ScanTerm(const QueryTerm& t,
                            std::pair<uint32_t, uint32_t> own,
                            SparseScratch& s) const {
  const Posting* begin = index_.begin(t.term);
  const Posting* end = index_.end(t.term);
  if (own.first == own.second) {
    ScanRange(begin, end, t.weight, s);
    return;
  }
  auto by_row = [](const Posting& p, uint32_t row) { return p.row < row; };
  const Posting* lo = std::lower_bound(begin, end, own.first, by_row);
  const Posting* hi = std::lower_bound(lo, end, own.second, by_row);
  ScanRange(begin, lo, t.weight, s);
  ScanRange(hi, end, t.weight, s);
}

void SparseSearch::ScanRange(const Posting* p, const Posting* end, float w,
                             SparseScratch& s) const {
  float* acc = s.acc.data();
  uint32_t* candidates = s.candidates.data();
  uint32_t n = s.num_candidates;
  if (s.seen.empty()) {
    for (; p < end; ++p) {
      const uint32_t c = p->row;
      const float a = acc[c];
      candidates[n] = c;  // Kept only on first touch (sign bit of -0.0f).
      n += std::signbit(a) ? 1 : 0;
      acc[c] = a + w * p->value;
    }
  } else {
    for (; p < end; ++p) {
      const uint32_t c = p->row;
      candidates[n] = c;
      n += s.seen[c] ^ 1;
      s.seen[c] = 1;
      acc[c] += w * p->value;
    }
  }
  s.num_candidates = n;
}

size_t SparseSearch::GenerateCandidates(uint32_t self,
                                        std::pair<uint32_t, uint32_t> own,
                                        SparseScratch& s, double& theta) const {
  const double slack = Slack(s.terms.size());
  uint32_t candidates_at_refresh = 0;
  for (size_t j = 0; j < s.terms.size(); ++j) {
    if (s.remaining[j] * slack < theta) return j;
    const uint32_t t = s.terms[j].term;
    const uint64_t length = index_.length(t);
    // A refresh costs O(candidates); do it when the next list is long
    // enough for a stop to pay off.
    if (s.num_candidates > candidates_at_refresh &&
        4 * length >= s.num_candidates) {
      candidates_at_refresh = s.num_candidates;
      RescoreLeaders(self, s);
      if (s.top.full()) theta = std::max<double>(theta, s.top.threshold());
      if (s.remaining[j] * slack < theta) return j;
    }
    ScanTerm(s.terms[j], own, s);
  }
  return s.terms.size();
}

// Rescores exactly the k candidates with the best partial scores (among
// those not rescored yet) and offers them to the top-k, which then holds
// k exact scores: its threshold is a lower bound on the final k-th score.
// Rescored candidates get partial score +inf, which later adds keep.
void SparseSearch::RescoreLeaders(uint32_t self, SparseScratch& s) const {
  s.leaders.clear();
  for (uint32_t i = 0; i < s.num_candidates; ++i) {
    const uint32_t c = s.candidates[i];
    const float partial = s.acc[c];
    if (c != self && partial != kRescored) s.leaders.push_back({partial, c});
  }
  const size_t k = std::min(s.leaders.size(), static_cast<size_t>(k_));
  if (k == 0) return;
  std::nth_element(s.leaders.begin(), s.leaders.begin() + (k - 1),
                   s.leaders.end(), std::greater<>());
  for (size_t i = 0; i < k; ++i) {
    const uint32_t c = s.leaders[i].second;
    Offer(c, s);
    s.acc[c] = kRescored;
  }
}

void SparseSearch::CollectAll(uint32_t self, SparseScratch& s) const {
  for (uint32_t i = 0; i < s.num_candidates; ++i) {
    const uint32_t c = s.candidates[i];
    const float score = s.acc[c];
    s.acc[c] = -0.0f;
    if (!s.seen.empty()) s.seen[c] = 0;
    if (c == self || !Keeps(score) || !s.top.Admits(score)) continue;
    s.top.Push(layout_.original(c), score);
  }
  s.num_candidates = 0;
}

// Rescores the candidates that can still reach the bar. A candidate's terms
// after `stop` add at most remaining[stop], and at most its heavy norm times
// the query's heavy norm plus the light terms' bound.
void SparseSearch::Verify(uint32_t self, size_t stop, double theta,
                          double slack, SparseScratch& s) const {
  const double rest = s.remaining[stop];
  const double heavy_query = s.heavy_query[stop];
  const double light_rest = s.light_rest[stop];
  for (uint32_t i = 0; i < s.num_candidates; ++i) {
    const uint32_t c = s.candidates[i];
    const double partial = s.acc[c];
    s.acc[c] = -0.0f;
    if (c == self || partial == kRescored) continue;
    const double bar = std::max<double>(theta, s.top.threshold());
    const double own_rest =
        std::min(rest, heavy_query * index_.heavy_norm[c] + light_rest);
    if ((partial + own_rest) * slack < bar) continue;
    Offer(c, s);
  }
  s.num_candidates = 0;
}

void SparseSearch::Offer(uint32_t internal, SparseScratch& s) const {
  const float score = ExactScore(internal, s);
  if (Keeps(score) && s.top.Admits(score)) {
    s.top.Push(layout_.original(internal), score);
  }
}

float SparseSearch::ExactScore(uint32_t internal,
                               const SparseScratch& s) const {
  const uint32_t row = layout_.original(internal);
  float score = 0.0f;
  for (uint64_t p = m_.row_ptr[row]; p < m_.row_ptr[row + 1]; ++p) {
    score += s.query[m_.col[p]] * m_.value[p];
  }
  return score;
}

class SparseMatcher : public Matcher {
 public:
  explicit SparseMatcher(const MatchOptions& options) : options_(options) {}

  absl::StatusOr<TopMatches> FindMatches(
      const StatementVectors& vectors,
      absl::Span<const uint32_t> groups) const override;

 private:
  const MatchOptions options_;
};

absl::StatusOr<TopMatches> SparseMatcher::FindMatches(
    const StatementVectors& vectors, absl::Span<const uint32_t> groups) const {
  const SparseMatrix& m = vectors.sparse;
  LM_RETURN_IF_ERROR(ValidateSparse(m));
  LM_RETURN_IF_ERROR(ValidateGroups(m.rows, groups));
  if (m.rows > 0 && m.cols == 0) {
    return absl::FailedPreconditionError(
        "match: method sparse needs sparse vectors, and they have no terms");
  }
  if (!options_.prune) {
    const GroupLayout layout = GroupLayout::Build(m.rows, groups);
    const InvertedIndex index = BuildInvertedIndex(m, layout);
    const SparseTiles tiles(m, layout, index, options_);
    const size_t tb = 128;
    std::vector<BlockResults> res(NumBlocks(m.rows, tb));
    ScratchPool<SparseTiles::Scratch> tpool([&] { return tiles.NewScratch(); });
    ParallelForBlocks(m.rows, tb, ResolveThreadCount(options_.threads),
                      [&](size_t b, size_t begin, size_t end) {
                        ScratchPool<SparseTiles::Scratch>::Lease s =
                            tpool.Borrow();
                        tiles.MatchBlock(begin, end, *s, res[b]);
                      });
    return AssembleBlocks(res);
  }
  const SparseSearch search(m, groups, options_);
  const size_t block = options_.block_size > 0
                           ? static_cast<size_t>(options_.block_size)
                           : kDefaultBlockRows;
  std::vector<BlockResults> results(NumBlocks(m.rows, block));
  ScratchPool<SparseScratch> pool([&] { return search.NewScratch(); });
  ParallelForBlocks(m.rows, block, ResolveThreadCount(options_.threads),
                    [&](size_t b, size_t begin, size_t end) {
                      ScratchPool<SparseScratch>::Lease s = pool.Borrow();
                      for (size_t r = begin; r < end; ++r) {
                        search.MatchRow(static_cast<uint32_t>(r), *s,
                                        results[b]);
                      }
                    });
  return AssembleBlocks(results);
}

}  // namespace

std::unique_ptr<Matcher> NewSparseMatcher(const MatchOptions& options) {
  return std::make_unique<SparseMatcher>(options);
}

}  // namespace laddermerge::internal
