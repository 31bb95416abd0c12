// The pruned kSparse kernel (MatchOptions::prune; see sparse_walk.cc): a
// row-by-row walk of the inverted lists in decreasing order of what a term
// can contribute, which stops admitting candidates once the remaining terms
// cannot reach the k-th best score, then rescores the survivors exactly.
// Needs non-negative weights.
#ifndef LADDERMERGE_MATCH_INTERNAL_SPARSE_WALK_H_
#define LADDERMERGE_MATCH_INTERNAL_SPARSE_WALK_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "common/matrix.h"
#include "match/internal/block_results.h"
#include "match/internal/group_layout.h"
#include "match/internal/inverted_index.h"
#include "match/internal/top_k.h"
#include "match/match.h"

namespace laddermerge::internal {

class SparseWalk {
 public:
  struct QueryTerm {
    uint32_t term;
    float weight;
    double bound;  // weight * max_value[term]: its largest contribution.
  };

  // Per-thread state, clean between rows: acc all -0.0f (untouched; the
  // sign bit marks untouched rows), query all 0, no candidates. O(N + terms).
  struct Scratch {
    Scratch(uint32_t rows, uint32_t num_terms, int k)
        : acc(rows, -0.0f),
          candidates(size_t{rows} + 1),
          query(num_terms, 0.0f),
          top(k) {}

    std::vector<float> acc;            // Partial scores by internal row.
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

  // Borrows all arguments, which must outlive this object. Requires
  // index.non_negative.
  SparseWalk(const SparseMatrix& m, const GroupLayout& layout,
             const InvertedIndex& index, const MatchOptions& options)
      : m_(m),
        layout_(layout),
        index_(index),
        k_(options.top_k),
        min_score_(options.min_score) {}

  Scratch NewScratch() const { return Scratch(m_.rows, m_.cols, k_); }

  // Appends the lists of original rows [begin, end) to `out`. Thread-safe
  // with a Scratch per thread.
  void MatchBlock(uint32_t begin, uint32_t end, Scratch& s,
                  BlockResults& out) const;

 private:
  void MatchRow(uint32_t row, Scratch& s, BlockResults& out) const;
  void LoadQuery(uint32_t row, Scratch& s) const;
  void ComputeRemaining(Scratch& s) const;
  void ScanTerm(const QueryTerm& t, std::pair<uint32_t, uint32_t> own,
                Scratch& s) const;
  void ScanRange(const Posting* p, const Posting* end, float w,
                 Scratch& s) const;
  size_t GenerateCandidates(uint32_t self, std::pair<uint32_t, uint32_t> own,
                            Scratch& s, double& theta) const;
  void RescoreLeaders(uint32_t self, Scratch& s) const;
  void Verify(uint32_t self, size_t stop, double theta, double slack,
              Scratch& s) const;
  void Offer(uint32_t internal, Scratch& s) const;
  float ExactScore(uint32_t internal, const Scratch& s) const;
  bool Keeps(float score) const { return score > 0 && score >= min_score_; }
  // Relative margin covering float rounding in sums of up to m terms.
  static double Slack(size_t m);

  const SparseMatrix& m_;
  const GroupLayout& layout_;
  const InvertedIndex& index_;
  const int k_;
  const float min_score_;
};

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_MATCH_INTERNAL_SPARSE_WALK_H_
