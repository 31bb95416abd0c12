// The best order-preserving alignment between two ordered lists (the levels
// of two ladders), given a gain for pairing each element of one with each
// element of the other.
//
//   // gains[a * cols + b]: how much pairing level a with level b is worth;
//   // negative means "better left unpaired".
//   std::vector<AlignmentCell> chain =
//       BestMonotoneAlignment(gains, rows, cols, /*max_span=*/2);
//   for (const AlignmentCell& cell : chain) Pair(cell.a, cell.b);
//
// An alignment is a chain of cells (a, b), sorted so that both a and b never
// decrease. From one cell to the next the chain either
//   - stays in row a and moves to column b + 1 (level a spans two levels),
//   - stays in column b and moves to row a + 1 (level b spans two levels), or
//   - moves to a later row and a later column, leaving every row and column in
//     between unpaired ("no counterpart").
// So pairs never cross, a level may span up to `max_span` consecutive levels
// of the other list, and any level may stay unpaired. The chain of the
// transposed gain matrix is the transposed chain, so deriving both directions
// from one chain makes A->B and B->A agree by construction.
#ifndef LADDERMERGE_CONSOLIDATE_INTERNAL_MONOTONE_ALIGNMENT_H_
#define LADDERMERGE_CONSOLIDATE_INTERNAL_MONOTONE_ALIGNMENT_H_

#include <vector>

#include "absl/types/span.h"

namespace laddermerge::internal {

struct AlignmentCell {
  int a = 0;  // Row: index into the first list.
  int b = 0;  // Column: index into the second list.

  friend bool operator==(const AlignmentCell& x, const AlignmentCell& y) {
    return x.a == y.a && x.b == y.b;
  }
};

// Returns the chain with the largest total gain (the empty chain when no
// positive total exists). `gains` holds rows * cols values, row-major.
// Among chains of equal total the one whose cells come first in
// lexicographic (a, b) order wins, so the result is deterministic.
// Requires rows, cols >= 0, max_span >= 1 and gains.size() == rows * cols.
// O(rows * cols * max_span) time and memory.
std::vector<AlignmentCell> BestMonotoneAlignment(absl::Span<const double> gains,
                                                 int rows, int cols,
                                                 int max_span);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_CONSOLIDATE_INTERNAL_MONOTONE_ALIGNMENT_H_
