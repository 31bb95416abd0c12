#include "consolidate/internal/framework.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace laddermerge::internal {
namespace {

constexpr char kAllLevels[] = "All levels";

// "L3 / Engineer II / Lead Engineer": the distinct level names in a column.
std::string ColumnName(const TrackGroup& group, const ProfileColumn& column) {
  std::vector<std::string> names;
  for (size_t m = 0; m < group.members.size(); ++m) {
    if (column.level[m] < 0) continue;
    const std::string& name = group.members[m].levels[column.level[m]];
    if (std::find(names.begin(), names.end(), name) == names.end()) {
      names.push_back(name);
    }
  }
  return absl::StrJoin(names, " / ");
}

// The first column of every statement row in `group`, or -1.
std::vector<int> ColumnOfRows(const TrackGroup& group, size_t rows) {
  std::vector<int> column(rows, -1);
  for (int m = 0; m < static_cast<int>(group.members.size()); ++m) {
    const TrackMember& member = group.members[m];
    for (int l = 0; l < static_cast<int>(member.levels.size()); ++l) {
      const std::vector<int> cols = ColumnsOfLevel(group.profile, m, l);
      if (cols.empty()) continue;
      for (const uint32_t row : member.level_rows[l]) column[row] = cols[0];
    }
  }
  return column;
}

// "<ladder> <level>" per distinct source level, in ladder then member order.
std::vector<std::string> Provenance(const MergeResult& result,
                                    const Cluster& cluster) {
  std::vector<std::pair<uint32_t, std::string>> sources;
  for (const ClusterMember& m : cluster.members) {
    const Statement& s = result.statements[m.statement];
    std::string text = result.ladders[result.statement_ladder[m.statement]];
    if (!s.level.empty()) absl::StrAppend(&text, " ", s.level);
    sources.push_back({result.statement_ladder[m.statement], text});
  }
  std::stable_sort(
      sources.begin(), sources.end(),
      [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (auto& [ladder, text] : sources) {
    if (std::find(out.begin(), out.end(), text) == out.end()) {
      out.push_back(std::move(text));
    }
  }
  return out;
}

class FrameworkBuilder {
 public:
  FrameworkBuilder(const std::vector<TrackGroup>& groups,
                   const MergeResult& result)
      : result_(result) {
    for (const TrackGroup& g : groups) {
      if (g.joint) groups_.push_back(&g);
    }
  }

  Framework Build() {
    Framework framework;
    framework.name = absl::StrCat("Consolidated framework (",
                                  absl::StrJoin(result_.ladders, ", "), ")");
    std::vector<std::vector<int>> columns;
    for (const TrackGroup* g : groups_) {
      columns.push_back(ColumnOfRows(*g, result_.statements.size()));
    }
    // placed[track][level]: clusters, in cluster order. Level 0 is "All
    // levels"; column c is level c + 1.
    std::vector<std::vector<std::vector<int>>> placed(groups_.size());
    for (size_t t = 0; t < groups_.size(); ++t) {
      placed[t].resize(groups_[t]->profile.columns.size() + 1);
    }
    std::vector<int> unplaced;
    for (int c = 0; c < static_cast<int>(result_.clusters.size()); ++c) {
      const int t = TrackOf(result_.clusters[c]);
      if (t < 0) {
        unplaced.push_back(c);
        continue;
      }
      placed[t][LevelOf(result_.clusters[c], columns[t]) + 1].push_back(c);
    }
    for (size_t t = 0; t < groups_.size(); ++t) {
      framework.tracks.push_back(Track(*groups_[t], placed[t]));
    }
    if (!unplaced.empty()) {
      FrameworkTrack rest;
      rest.levels.push_back(Level(kAllLevels, unplaced));
      framework.tracks.push_back(std::move(rest));
    }
    return framework;
  }

 private:
  // The group of the track most members belong to; ties go to the earlier.
  int TrackOf(const Cluster& cluster) const {
    std::vector<int> votes(groups_.size(), 0);
    for (const ClusterMember& m : cluster.members) {
      const std::string& track = result_.statements[m.statement].track;
      for (size_t t = 0; t < groups_.size(); ++t) {
        if (groups_[t]->members[0].track == track) ++votes[t];
      }
    }
    const auto best = std::max_element(votes.begin(), votes.end());
    return best == votes.end() || *best == 0
               ? -1
               : static_cast<int>(best - votes.begin());
  }

  // The lower median over ladders of the column where each first has a
  // member; -1 when no member has a column.
  int LevelOf(const Cluster& cluster, const std::vector<int>& column) const {
    std::map<uint32_t, int> first;
    for (const ClusterMember& m : cluster.members) {
      const int c = column[m.statement];
      if (c < 0) continue;
      const uint32_t ladder = result_.statement_ladder[m.statement];
      auto [it, inserted] = first.emplace(ladder, c);
      if (!inserted) it->second = std::min(it->second, c);
    }
    if (first.empty()) return -1;
    std::vector<int> cols;
    for (const auto& [ladder, c] : first) cols.push_back(c);
    std::sort(cols.begin(), cols.end());
    return cols[(cols.size() - 1) / 2];
  }

  FrameworkTrack Track(const TrackGroup& group,
                       const std::vector<std::vector<int>>& placed) const {
    FrameworkTrack track;
    track.name = group.members[0].track;
    if (!placed[0].empty())
      track.levels.push_back(Level(kAllLevels, placed[0]));
    for (size_t c = 0; c < group.profile.columns.size(); ++c) {
      track.levels.push_back(
          Level(ColumnName(group, group.profile.columns[c]), placed[c + 1]));
    }
    return track;
  }

  FrameworkLevel Level(const std::string& name,
                       const std::vector<int>& clusters) const {
    FrameworkLevel level;
    level.name = name;
    std::map<int, std::vector<FrameworkEntry>> by_area;
    for (const int c : clusters) {
      const Cluster& cluster = result_.clusters[c];
      FrameworkEntry entry;
      entry.cluster = c;
      entry.text = cluster.canonical_text;
      entry.provenance = Provenance(result_, cluster);
      entry.single_ladder = cluster.ladders.size() < 2;
      by_area[cluster.area].push_back(std::move(entry));
    }
    for (auto& [area, entries] : by_area) {
      level.areas.push_back({area, std::move(entries)});
    }
    return level;
  }

  const MergeResult& result_;
  std::vector<const TrackGroup*> groups_;
};

}  // namespace

Framework BuildFramework(const std::vector<TrackGroup>& groups,
                         const MergeResult& result) {
  return FrameworkBuilder(groups, result).Build();
}

}  // namespace laddermerge::internal
