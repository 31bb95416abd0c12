#include "consolidate/internal/level_evidence.h"

#include <cmath>
#include <utility>

#include "common/status_macros.h"

namespace laddermerge::internal {
namespace {

// All rows of a member, level by level, with each row's level.
void AppendRows(const TrackMember& member, std::vector<uint32_t>* rows,
                std::vector<int>* levels) {
  for (size_t level = 0; level < member.level_rows.size(); ++level) {
    for (const uint32_t row : member.level_rows[level]) {
      rows->push_back(row);
      levels->push_back(static_cast<int>(level));
    }
  }
}

}  // namespace

absl::StatusOr<LevelEvidence> MeasureLevelEvidence(const PairScorer& scorer,
                                                   const TrackMember& a,
                                                   const TrackMember& b,
                                                   double min_vote_score) {
  const size_t la = a.levels.size();
  const size_t lb = b.levels.size();
  LevelEvidence out;
  out.votes.assign(la * lb, 0.0);
  out.normalized.assign(la * lb, 0.0);
  std::vector<uint32_t> rows;
  std::vector<int> level;
  AppendRows(a, &rows, &level);
  const size_t split = rows.size();
  AppendRows(b, &rows, &level);
  if (split == 0 || split == rows.size()) return out;
  std::vector<uint32_t> side(rows.size(), 0);
  for (size_t i = split; i < rows.size(); ++i) side[i] = 1;
  LM_ASSIGN_OR_RETURN(
      TopMatches best,
      scorer.FindMatches(rows, side, 1, static_cast<float>(min_vote_score)));
  for (uint32_t i = 0; i < split; ++i) {
    if (best.of(i).empty()) continue;
    const Neighbor n = best.of(i)[0];
    if (best.of(n.statement).empty() || best.of(n.statement)[0].statement != i)
      continue;
    out.votes[size_t(level[i]) * lb + level[n.statement]] += n.score;
  }
  for (size_t i = 0; i < la; ++i) {
    for (size_t j = 0; j < lb; ++j) {
      const double size = std::sqrt(double(a.level_rows[i].size()) *
                                    double(b.level_rows[j].size()));
      if (size > 0) out.normalized[i * lb + j] = out.votes[i * lb + j] / size;
    }
  }
  return out;
}

LevelEvidence Transposed(const LevelEvidence& e, size_t levels_a,
                         size_t levels_b) {
  LevelEvidence out;
  out.votes.resize(e.votes.size());
  out.normalized.resize(e.normalized.size());
  for (size_t i = 0; i < levels_a; ++i) {
    for (size_t j = 0; j < levels_b; ++j) {
      out.votes[j * levels_a + i] = e.votes[i * levels_b + j];
      out.normalized[j * levels_a + i] = e.normalized[i * levels_b + j];
    }
  }
  return out;
}

}  // namespace laddermerge::internal
