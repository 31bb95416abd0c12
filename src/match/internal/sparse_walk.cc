// kSparse with pruning (MatchOptions::prune); see sparse_walk.h.
//
// For a query row q, every candidate b gets the partial score of the terms
// visited so far. Terms are visited in decreasing order of their largest
// possible contribution q_t * max_b(x_bt). Before term j, remaining[j] bounds
// what terms j.. can add to any row (the smaller of the max-weight sum and
// the Cauchy-Schwarz bound |q_j..| * min(max row norm, |max_j..|)). A row not
// yet touched scores at most remaining[j]; once that is below theta, a lower
// bound on the final k-th best score, the walk stops admitting rows. Theta is
// min_score or, better, the k-th best exact score of the k candidates with
// the best partial scores, rescored when the next list is long. Every
// candidate whose partial score plus what the remaining terms can add to it
// (the smaller of remaining[j] and its heavy-term norm times the query's,
// plus the light terms' bound) can still reach the bar is then rescored
// exactly, summing in increasing term order: the order of the exhaustive
// kernel, so both give the same bits. Float rounding is covered by a
// relative slack on every bound.
#include "match/internal/sparse_walk.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <functional>
#include <limits>
#include <utility>
#include <vector>

namespace laddermerge::internal {
namespace {

// Partial score of a candidate already rescored exactly.
constexpr float kRescored = std::numeric_limits<float>::infinity();

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

}  // namespace

void SparseWalk::MatchBlock(uint32_t begin, uint32_t end, Scratch& s,
                            BlockResults& out) const {
  for (uint32_t row = begin; row < end; ++row) MatchRow(row, s, out);
}

void SparseWalk::MatchRow(uint32_t row, Scratch& s, BlockResults& out) const {
  const uint32_t self = layout_.internal(row);
  const std::pair<uint32_t, uint32_t> own = layout_.own_range(self);
  LoadQuery(row, s);
  ComputeRemaining(s);
  double theta = min_score_;
  const size_t stop = GenerateCandidates(self, own, s, theta);
  Verify(self, stop, theta, Slack(s.terms.size()), s);
  for (const QueryTerm& t : s.terms) s.query[t.term] = 0.0f;
  const size_t before = out.neighbors.size();
  s.top.AppendBestFirst(out.neighbors);
  out.counts.push_back(static_cast<uint32_t>(out.neighbors.size() - before));
}

void SparseWalk::LoadQuery(uint32_t row, Scratch& s) const {
  s.terms.clear();
  for (uint64_t p = m_.row_ptr[row]; p < m_.row_ptr[row + 1]; ++p) {
    const float w = m_.value[p];
    if (w == 0.0f) continue;
    const uint32_t t = m_.col[p];
    s.query[t] = w;
    s.terms.push_back(QueryTerm{t, w, double{w} * index_.max_value[t]});
  }
}

void SparseWalk::ComputeRemaining(Scratch& s) const {
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

void SparseWalk::ScanTerm(const QueryTerm& t, std::pair<uint32_t, uint32_t> own,
                          Scratch& s) const {
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

void SparseWalk::ScanRange(const Posting* p, const Posting* end, float w,
                           Scratch& s) const {
  float* acc = s.acc.data();
  uint32_t* candidates = s.candidates.data();
  uint32_t n = s.num_candidates;
  for (; p < end; ++p) {
    const uint32_t c = p->row;
    const float a = acc[c];
    candidates[n] = c;  // Kept only on first touch (sign bit of -0.0f).
    n += std::signbit(a) ? 1 : 0;
    acc[c] = a + w * p->value;
  }
  s.num_candidates = n;
}

size_t SparseWalk::GenerateCandidates(uint32_t self,
                                      std::pair<uint32_t, uint32_t> own,
                                      Scratch& s, double& theta) const {
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
void SparseWalk::RescoreLeaders(uint32_t self, Scratch& s) const {
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

// Rescores the candidates that can still reach the bar. A candidate's terms
// after `stop` add at most remaining[stop], and at most its heavy norm times
// the query's heavy norm plus the light terms' bound.
void SparseWalk::Verify(uint32_t self, size_t stop, double theta, double slack,
                        Scratch& s) const {
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

void SparseWalk::Offer(uint32_t internal, Scratch& s) const {
  const float score = ExactScore(internal, s);
  if (Keeps(score) && s.top.Admits(score)) {
    s.top.Push(layout_.original(internal), score);
  }
}

double SparseWalk::Slack(size_t m) {
  return 1.0 + (4.0 * static_cast<double>(m) + 8.0) * FLT_EPSILON;
}

float SparseWalk::ExactScore(uint32_t internal, const Scratch& s) const {
  const uint32_t row = layout_.original(internal);
  float score = 0.0f;
  for (uint64_t p = m_.row_ptr[row]; p < m_.row_ptr[row + 1]; ++p) {
    score += s.query[m_.col[p]] * m_.value[p];
  }
  return score;
}

}  // namespace laddermerge::internal
