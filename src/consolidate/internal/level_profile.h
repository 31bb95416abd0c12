// A joint level scale for several ladders that share a track: the levels of
// every ladder aligned to one sequence of columns, by progressive monotone
// alignment (as multiple sequence alignment builds a profile).
//
//   // evidence(m1, m2): levels of member m1 x levels of member m2, row-major.
//   LevelProfile profile = AlignProfile(level_counts, evidence, options);
//   for (const ProfileColumn& column : profile.columns)
//     column.level[m];  // member m's level in this column, or -1.
//
// Start from the member with the most levels (its levels are the columns),
// then add the member with the most evidence towards those already aligned,
// one at a time. The gain of pairing a column with a level of the new member
// is the mean evidence between that level and the column's levels of the
// members present in it, minus min_evidence_ratio times the largest such
// mean. BestMonotoneAlignment picks the pairs; a level keeps a second partner
// (a span) only when its evidence is at least span_ratio times its best
// partner's. Unpaired levels become columns of their own. Then, as in
// iterative refinement of a multiple sequence alignment, each member is taken
// out and aligned again against all the others, until nothing changes (at
// most three passes). Because every pair
// of members reads its correspondence off the same columns, A->B and B->A
// agree, and so do A->B->C and A->C.
#ifndef LADDERMERGE_CONSOLIDATE_INTERNAL_LEVEL_PROFILE_H_
#define LADDERMERGE_CONSOLIDATE_INTERNAL_LEVEL_PROFILE_H_

#include <functional>
#include <vector>

namespace laddermerge::internal {

struct ProfileOptions {
  double span_ratio = 0.75;
  double min_evidence_ratio = 0.1;
  int max_span = 2;
};

struct ProfileColumn {
  std::vector<int> level;  // Per member: level index, or -1 when absent.
};

struct LevelProfile {
  std::vector<ProfileColumn> columns;  // Junior first.
  std::vector<int> order;              // Members in the order they were added.
};

// Evidence between level i of member a and level j of member b: a row-major
// levels(a) x levels(b) matrix. Must satisfy evidence(b, a) = transpose.
using EvidenceFn =
    std::function<const std::vector<double>&(int member_a, int member_b)>;

// Aligns members 0 .. level_counts.size() - 1, where member m has
// level_counts[m] levels in order. Deterministic: ties go to the earlier
// member, column and level. O(members^2 * columns * levels * max_span).
LevelProfile AlignProfile(const std::vector<int>& level_counts,
                          const EvidenceFn& evidence,
                          const ProfileOptions& options);

// The columns holding member m's level `level`, in order.
std::vector<int> ColumnsOfLevel(const LevelProfile& profile, int member,
                                int level);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_CONSOLIDATE_INTERNAL_LEVEL_PROFILE_H_
