#include "consolidate/internal/level_profile.h"

#include <algorithm>
#include <cmath>
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

// Unpaired elements [begin, end) of one side, lying between two paired
// cells whose partners on the other side are `before` and `after`, join one
// of the two: those before a split point join `before`, the rest `after`.
// The split maximizes their evidence; among equal splits the one nearest the
// middle wins (so with no evidence at all, each joins its nearer neighbour).
// evidence(k, partner) is the evidence of element k with that partner.
template <typename Evidence>
int BestSplit(int begin, int end, int before, int after, Evidence evidence) {
  int best = begin;
  double best_total = -1, best_distance = 0;
  for (int split = begin; split <= end; ++split) {
    double total = 0;
    for (int k = begin; k < end; ++k) {
      total += evidence(k, k < split ? before : after);
    }
    const double distance = std::abs(split - (begin + end) / 2.0);
    if (total > best_total + 1e-12 ||
        (total > best_total - 1e-12 && distance < best_distance)) {
      best = split;
      best_total = total;
      best_distance = distance;
    }
  }
  return best;
}

// Pairs what the alignment left unpaired between two paired cells. A gap
// with unpaired columns and unpaired levels is first aligned on its own with
// every pairing allowed; then, between consecutive pairs, leftover columns
// (or leftover levels) join one of the two pairs as a span (BestSplit). The
// chain stays monotone. Unpaired columns and levels before the first pair or
// after the last stay unpaired: that is where ladders really differ (no
// junior level, a track that starts higher).
std::vector<AlignmentCell> FillInteriorGaps(std::vector<AlignmentCell> chain,
                                            const std::vector<double>& mean,
                                            int levels, int max_span) {
  if (chain.size() < 2) return chain;
  auto value = [&](int c, int j) { return mean[size_t(c) * levels + j]; };
  std::vector<AlignmentCell> anchors = {chain.front()};
  for (size_t k = 0; k + 1 < chain.size(); ++k) {
    const AlignmentCell prev = chain[k], next = chain[k + 1];
    const int c0 = prev.a + 1, c1 = next.a, j0 = prev.b + 1, j1 = next.b;
    if (c1 > c0 && j1 > j0) {
      std::vector<double> gains;
      for (int c = c0; c < c1; ++c) {
        for (int j = j0; j < j1; ++j) gains.push_back(value(c, j) + 1e-6);
      }
      for (const AlignmentCell& cell :
           BestMonotoneAlignment(gains, c1 - c0, j1 - j0, max_span)) {
        anchors.push_back({cell.a + c0, cell.b + j0});
      }
    }
    anchors.push_back(next);
  }
  std::vector<AlignmentCell> out;
  for (size_t k = 0; k + 1 < anchors.size(); ++k) {
    const AlignmentCell p = anchors[k], q = anchors[k + 1];
    out.push_back(p);
    const int c0 = p.a + 1, c1 = q.a, j0 = p.b + 1, j1 = q.b;
    if (c1 > c0 && j1 <= j0) {
      const int split = BestSplit(c0, c1, p.b, q.b, value);
      for (int c = c0; c < c1; ++c) out.push_back({c, c < split ? p.b : q.b});
    } else if (j1 > j0 && c1 <= c0) {
      const int split = BestSplit(j0, j1, p.a, q.a,
                                  [&](int j, int c) { return value(c, j); });
      for (int j = j0; j < j1; ++j) out.push_back({j < split ? p.a : q.a, j});
    }
  }
  out.push_back(anchors.back());
  std::sort(out.begin(), out.end(),
            [](const AlignmentCell& x, const AlignmentCell& y) {
              return x.a != y.a ? x.a < y.a : x.b < y.b;
            });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Merges the pairs into a new column list: unpaired columns and levels keep
// their order and get columns of their own; a column paired with two levels
// is split in two; a level paired with two columns appears in both.
std::vector<ProfileColumn> MergeColumns(
    const std::vector<ProfileColumn>& columns, int member, int levels,
    const std::vector<AlignmentCell>& pairs) {
  std::vector<ProfileColumn> out;
  const size_t members = columns.empty() ? 0 : columns[0].level.size();
  int next_column = 0;
  int next_level = 0;
  // A level of the new member that pairs with nothing gets a column of its
  // own; members whose level spans the columns around it (the same level
  // before and after) hold it there too, so a level's columns stay
  // contiguous.
  auto fresh_level = [&](int j) {
    ProfileColumn column;
    column.level.assign(members, -1);
    if (!out.empty() && next_column < static_cast<int>(columns.size())) {
      for (size_t m = 0; m < members; ++m) {
        if (out.back().level[m] >= 0 &&
            out.back().level[m] == columns[next_column].level[m]) {
          column.level[m] = out.back().level[m];
        }
      }
    }
    column.level[member] = j;
    return column;
  };
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

namespace {

// Aligns member `m` (with `levels` levels) to the profile and adds it.
void AddMember(int m, int levels, const EvidenceFn& evidence,
               const ProfileOptions& options, LevelProfile* profile) {
  const int cols = static_cast<int>(profile->columns.size());
  const std::vector<double> mean =
      ColumnEvidence(*profile, m, levels, evidence);
  const double top =
      mean.empty() ? 0.0 : *std::max_element(mean.begin(), mean.end());
  std::vector<AlignmentCell> pairs;
  if (top > 0) {
    std::vector<double> gains(mean.size());
    for (size_t i = 0; i < mean.size(); ++i) {
      gains[i] = mean[i] - options.min_evidence_ratio * top;
    }
    pairs = FillInteriorGaps(
        PruneSpans(BestMonotoneAlignment(gains, cols, levels, options.max_span),
                   mean, levels, options.span_ratio),
        mean, levels, options.max_span);
  }
  profile->columns = MergeColumns(profile->columns, m, levels, pairs);
  profile->order.push_back(m);
}

// Takes member `m` out of the profile: columns only it held go, and columns
// it alone had split are joined again.
void RemoveMember(int m, LevelProfile* profile) {
  std::vector<ProfileColumn> kept;
  for (ProfileColumn& column : profile->columns) {
    column.level[m] = -1;
    const bool empty = std::all_of(column.level.begin(), column.level.end(),
                                   [](int l) { return l < 0; });
    if (empty || (!kept.empty() && kept.back().level == column.level)) {
      continue;
    }
    kept.push_back(std::move(column));
  }
  profile->columns = std::move(kept);
  std::erase(profile->order, m);
}

// Passes of leave-one-out refinement after the first, progressive pass.
constexpr int kRefinementPasses = 3;

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
    AddMember(m, level_counts[m], evidence, options, &profile);
    added[m] = true;
  }
  // Early members were aligned against fewer ladders than later ones: align
  // each again against all the others until nothing changes, so that the
  // result depends far less on the order of the first pass.
  for (int pass = 0; members > 2 && pass < kRefinementPasses; ++pass) {
    const std::vector<ProfileColumn> before = profile.columns;
    const std::vector<int> order = profile.order;
    for (const int m : order) {
      RemoveMember(m, &profile);
      AddMember(m, level_counts[m], evidence, options, &profile);
    }
    const bool same =
        std::equal(before.begin(), before.end(), profile.columns.begin(),
                   profile.columns.end(),
                   [](const ProfileColumn& a, const ProfileColumn& b) {
                     return a.level == b.level;
                   });
    if (same) break;
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
