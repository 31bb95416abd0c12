#include "consolidate/internal/level_profile.h"

#include <algorithm>
#include <utility>

#include "common/check.h"
#include "consolidate/internal/monotone_alignment.h"

namespace laddermerge::internal {
namespace {

// Mean evidence between each column (over the members present in it) and
// each level of `member`: columns x levels, row-major.
std::vector<double> ColumnEvidence(const LevelProfile& profile, int member,
                                   int levels, const EvidenceFn& evidence) {
  const int cols = static_cast<int>(profile.columns.size());
  std::vector<double> mean(size_t(cols) * levels, 0.0);
  for (int c = 0; c < cols; ++c) {
    int present = 0;
    for (const int other : profile.order) {
      const int level = profile.columns[c].level[other];
      if (level < 0) continue;
      ++present;
      const std::vector<double>& e = evidence(other, member);
      for (int j = 0; j < levels; ++j) {
        mean[size_t(c) * levels + j] += e[size_t(level) * levels + j];
      }
    }
    if (present == 0) continue;
    for (int j = 0; j < levels; ++j) mean[size_t(c) * levels + j] /= present;
  }
  return mean;
}

// Drops the weaker partners of a span: a column paired with several levels
// (or a level with several columns) keeps those whose evidence is at least
// span_ratio times the best one's.
std::vector<AlignmentCell> PruneSpans(std::vector<AlignmentCell> chain,
                                      const std::vector<double>& mean,
                                      int levels, double span_ratio) {
  auto value = [&](const AlignmentCell& cell) {
    return mean[size_t(cell.a) * levels + cell.b];
  };
  std::vector<double> best_of_column, best_of_level;
  for (const AlignmentCell& cell : chain) {
    if (cell.a >= static_cast<int>(best_of_column.size())) {
      best_of_column.resize(cell.a + 1, 0.0);
    }
    if (cell.b >= static_cast<int>(best_of_level.size())) {
      best_of_level.resize(cell.b + 1, 0.0);
    }
    best_of_column[cell.a] = std::max(best_of_column[cell.a], value(cell));
    best_of_level[cell.b] = std::max(best_of_level[cell.b], value(cell));
  }
  std::erase_if(chain, [&](const AlignmentCell& cell) {
    return value(cell) < span_ratio * best_of_column[cell.a] ||
           value(cell) < span_ratio * best_of_level[cell.b];
  });
  return chain;
}

// Merges the pairs into a new column list: unpaired columns and levels keep
// their order and get columns of their own; a column paired with two levels
// is split in two; a level paired with two columns appears in both.
std::vector<ProfileColumn> MergeColumns(
    const std::vector<ProfileColumn>& columns, int member, int levels,
    const std::vector<AlignmentCell>& pairs) {
  std::vector<ProfileColumn> out;
  const size_t members = columns.empty() ? 0 : columns[0].level.size();
  auto fresh_level = [&](int j) {
    ProfileColumn column;
    column.level.assign(members, -1);
    column.level[member] = j;
    return column;
  };
  int next_column = 0;
  int next_level = 0;
  for (const AlignmentCell& cell : pairs) {
    for (; next_column < cell.a; ++next_column) {
      out.push_back(columns[next_column]);
    }
    for (; next_level < cell.b; ++next_level) {
      out.push_back(fresh_level(next_level));
    }
    ProfileColumn column = columns[cell.a];
    column.level[member] = cell.b;
    out.push_back(std::move(column));
    next_column = std::max(next_column, cell.a + 1);
    next_level = std::max(next_level, cell.b + 1);
  }
  for (; next_column < static_cast<int>(columns.size()); ++next_column) {
    out.push_back(columns[next_column]);
  }
  for (; next_level < levels; ++next_level) {
    out.push_back(fresh_level(next_level));
  }
  return out;
}

// The member not yet aligned with the most evidence towards those that are.
int NextMember(const std::vector<int>& level_counts,
               const std::vector<bool>& added, const std::vector<int>& order,
               const EvidenceFn& evidence) {
  int best = -1;
  double best_total = -1;
  for (int m = 0; m < static_cast<int>(level_counts.size()); ++m) {
    if (added[m]) continue;
    double total = 0;
    for (const int other : order) {
      for (const double e : evidence(other, m)) total += e;
    }
    if (total > best_total) {
      best = m;
      best_total = total;
    }
  }
  return best;
}

}  // namespace

LevelProfile AlignProfile(const std::vector<int>& level_counts,
                          const EvidenceFn& evidence,
                          const ProfileOptions& options) {
  LevelProfile profile;
  const int members = static_cast<int>(level_counts.size());
  if (members == 0) return profile;
  const int pivot = static_cast<int>(
      std::max_element(level_counts.begin(), level_counts.end()) -
      level_counts.begin());
  for (int i = 0; i < level_counts[pivot]; ++i) {
    ProfileColumn column;
    column.level.assign(members, -1);
    column.level[pivot] = i;
    profile.columns.push_back(std::move(column));
  }
  profile.order.push_back(pivot);
  std::vector<bool> added(members, false);
  added[pivot] = true;
  for (int step = 1; step < members; ++step) {
    const int m = NextMember(level_counts, added, profile.order, evidence);
    const int levels = level_counts[m];
    const int cols = static_cast<int>(profile.columns.size());
    const std::vector<double> mean =
        ColumnEvidence(profile, m, levels, evidence);
    const double top =
        mean.empty() ? 0.0 : *std::max_element(mean.begin(), mean.end());
    std::vector<AlignmentCell> pairs;
    if (top > 0) {
      std::vector<double> gains(mean.size());
      for (size_t i = 0; i < mean.size(); ++i) {
        gains[i] = mean[i] - options.min_evidence_ratio * top;
      }
      pairs = PruneSpans(
          BestMonotoneAlignment(gains, cols, levels, options.max_span), mean,
          levels, options.span_ratio);
    }
    profile.columns = MergeColumns(profile.columns, m, levels, pairs);
    profile.order.push_back(m);
    added[m] = true;
  }
  return profile;
}

std::vector<int> ColumnsOfLevel(const LevelProfile& profile, int member,
                                int level) {
  std::vector<int> out;
  for (int c = 0; c < static_cast<int>(profile.columns.size()); ++c) {
    if (profile.columns[c].level[member] == level) out.push_back(c);
  }
  return out;
}

}  // namespace laddermerge::internal
