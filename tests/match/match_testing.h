// Random inputs and a brute-force reference for the match tests. The
// reference scores every pair the obvious way, sorts, and cuts at k; it shares
// no code with src/match/.
#ifndef LADDERMERGE_TESTS_MATCH_MATCH_TESTING_H_
#define LADDERMERGE_TESTS_MATCH_MATCH_TESTING_H_

#include <cstdint>
#include <string>
#include <vector>

#include "match/match.h"
#include "vectorize/vectorize.h"

namespace laddermerge::match_testing {

struct RandomSparseSpec {
  uint32_t rows = 100;
  uint32_t cols = 50;
  double density = 0.1;         // Chance that a (row, term) is stored.
  double empty_rows = 0.05;     // Chance that a row stores nothing.
  double duplicate_rows = 0.1;  // Chance that a row copies an earlier one.
  bool dyadic = false;          // Weights k/8, so that sums are exact: ties.
  bool signed_values = false;   // Allow negative weights.
  bool normalize = true;        // L2-normalize rows (not with dyadic).
};

SparseMatrix RandomSparse(const RandomSparseSpec& spec, uint32_t seed);

// Rows of `depth` values, normal or (dyadic) in {-2..2}/8, L2-normalized
// unless dyadic.
DenseMatrix RandomDense(uint32_t rows, uint32_t depth, bool dyadic,
                        uint32_t seed);

// `rows` group ids in [0, groups): in runs when contiguous, else shuffled.
std::vector<uint32_t> RandomGroups(uint32_t rows, uint32_t groups,
                                   bool contiguous, uint32_t seed);

// Scores of the reference: sparse summed in increasing term order in float
// (the documented order), dense in double.
float ReferenceSparseScore(const SparseMatrix& m, uint32_t a, uint32_t b);
double ReferenceDenseScore(const DenseMatrix& m, uint32_t a, uint32_t b);
double ReferenceScore(const StatementVectors& v, MatchMethod method, uint32_t a,
                      uint32_t b);

// All-pairs top-k by sorting every candidate: the definition in match.h.
TopMatches BruteForce(const StatementVectors& v,
                      const std::vector<uint32_t>& groups,
                      const MatchOptions& options);

// "" when `actual` equals `expected` up to float rounding: scores within
// `tolerance` of the reference score, lists in rank order, and the same
// members (valid candidates: other row, other group) except for pairs whose
// reference scores are within `tolerance` of the cut (the k-th score or
// min_score). Otherwise a description of the first difference.
std::string CompareUpToRounding(const StatementVectors& v,
                                const std::vector<uint32_t>& groups,
                                const MatchOptions& options,
                                const TopMatches& expected,
                                const TopMatches& actual, double tolerance);

}  // namespace laddermerge::match_testing

#endif  // LADDERMERGE_TESTS_MATCH_MATCH_TESTING_H_
