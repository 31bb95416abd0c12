// FindLevelShifts (declared in level_scales.h).
#include <algorithm>
#include <cstdint>
#include <tuple>
#include <vector>

#include "consolidate/internal/level_scales.h"

namespace laddermerge::internal {
namespace {

// Where a statement sits in a joint scale: its level spans the columns
// [first, last].
struct Place {
  int member = -1;
  int level = -1;
  int first = -1;
  int last = -1;
  uint32_t row = 0;
};

std::vector<Place> PlaceRows(const TrackGroup& group, size_t rows) {
  std::vector<Place> places(rows);
  for (int m = 0; m < static_cast<int>(group.members.size()); ++m) {
    const TrackMember& member = group.members[m];
    for (int level = 0; level < static_cast<int>(member.levels.size());
         ++level) {
      const std::vector<int> columns = ColumnsOfLevel(group.profile, m, level);
      if (columns.empty()) continue;
      for (const uint32_t row : member.level_rows[level]) {
        places[row] = {m, level, columns.front(), columns.back(), row};
      }
    }
  }
  return places;
}

// How many of `member`'s levels lie after the column `column`: the levels
// from the one aligned at or before `column` up to `level`.
int LevelsAfter(const TrackGroup& group, int member, int level, int column) {
  int before = -1;
  for (int l = 0; l < level; ++l) {
    const std::vector<int> columns = ColumnsOfLevel(group.profile, member, l);
    if (!columns.empty() && columns.back() <= column) before = l;
  }
  return level - before;
}

void AddShifts(const TrackGroup& group, const std::vector<Place>& places,
               const MergeResult& result, int cluster, const PairScorer& scorer,
               double min_score, std::vector<LevelShift>* out) {
  // The earliest place of each member in the cluster.
  std::vector<Place> earliest(group.members.size());
  for (const ClusterMember& m : result.clusters[cluster].members) {
    const Place& p = places[m.statement];
    if (p.member < 0) continue;
    Place& e = earliest[p.member];
    if (e.member < 0 || p.first < e.first) e = p;
  }
  for (const Place& x : earliest) {
    for (const Place& y : earliest) {
      if (x.member < 0 || y.member < 0 || x.last >= y.first) continue;
      const TrackMember& early = group.members[x.member];
      const TrackMember& late = group.members[y.member];
      if (early.ladder == late.ladder) continue;
      const int apart = LevelsAfter(group, y.member, y.level, x.last);
      const double score = scorer.Score(x.row, y.row);
      if (apart < 1 || score < min_score) continue;
      out->push_back({cluster, early.ladder, late.ladder, early.levels[x.level],
                      late.levels[y.level], apart, static_cast<float>(score)});
    }
  }
}

}  // namespace

std::vector<LevelShift> FindLevelShifts(const std::vector<TrackGroup>& groups,
                                        const MergeResult& result,
                                        const PairScorer& scorer,
                                        double min_score) {
  std::vector<LevelShift> out;
  for (const TrackGroup& group : groups) {
    if (!group.joint || group.members.size() < 2) continue;
    const std::vector<Place> places =
        PlaceRows(group, result.statements.size());
    for (int c = 0; c < static_cast<int>(result.clusters.size()); ++c) {
      if (result.clusters[c].ladders.size() < 2) continue;
      AddShifts(group, places, result, c, scorer, min_score, &out);
    }
  }
  std::stable_sort(
      out.begin(), out.end(), [](const LevelShift& a, const LevelShift& b) {
        return std::tie(b.levels_apart, a.cluster, a.earlier_ladder,
                        a.later_ladder) < std::tie(a.levels_apart, b.cluster,
                                                   b.earlier_ladder,
                                                   b.later_ladder);
      });
  return out;
}

}  // namespace laddermerge::internal
