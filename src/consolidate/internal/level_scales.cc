#include "consolidate/internal/level_scales.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "common/status_macros.h"

namespace laddermerge::internal {
namespace {

int IndexOf(const std::vector<std::string>& names, const std::string& name) {
  const auto it = std::find(names.begin(), names.end(), name);
  return it == names.end() ? -1 : static_cast<int>(it - names.begin());
}

// The members of one ladder, in its track order.
std::vector<TrackMember> LadderMembers(const Ladder& ladder, uint32_t index,
                                       uint32_t first_row) {
  std::vector<TrackMember> members;
  auto member_of = [&](const std::string& track) -> TrackMember& {
    for (TrackMember& m : members) {
      if (m.track == track) return m;
    }
    members.push_back({index, track, {}, {}});
    return members.back();
  };
  for (const Track& track : ladder.tracks) {
    TrackMember& m = member_of(track.name);
    for (const std::string& level : track.levels) {
      if (IndexOf(m.levels, level) < 0) m.levels.push_back(level);
    }
  }
  for (uint32_t i = 0; i < ladder.statements.size(); ++i) {
    const Statement& s = ladder.statements[i];
    if (s.level.empty()) continue;
    TrackMember& m = member_of(s.track);
    int level = IndexOf(m.levels, s.level);
    if (level < 0) {
      m.levels.push_back(s.level);
      level = static_cast<int>(m.levels.size() - 1);
    }
    m.level_rows.resize(m.levels.size());
    m.level_rows[level].push_back(first_row + i);
  }
  std::erase_if(members, [](TrackMember& m) {
    m.level_rows.resize(m.levels.size());
    return std::all_of(m.level_rows.begin(), m.level_rows.end(),
                       [](const auto& rows) { return rows.empty(); });
  });
  return members;
}

absl::Status MeasureGroup(const PairScorer& scorer, const LevelOptions& options,
                          TrackGroup* group) {
  const int n = static_cast<int>(group->members.size());
  group->evidence.resize(size_t(n) * n);
  for (int a = 0; a < n; ++a) {
    for (int b = a + 1; b < n; ++b) {
      const TrackMember& ma = group->members[a];
      const TrackMember& mb = group->members[b];
      LM_ASSIGN_OR_RETURN(
          LevelEvidence e,
          MeasureLevelEvidence(scorer, ma, mb, options.min_vote_score));
      group->evidence[size_t(b) * n + a] =
          Transposed(e, ma.levels.size(), mb.levels.size());
      group->evidence[size_t(a) * n + b] = std::move(e);
    }
  }
  std::vector<int> counts;
  for (const TrackMember& m : group->members) {
    counts.push_back(static_cast<int>(m.levels.size()));
  }
  const ProfileOptions profile = {options.span_ratio,
                                  options.min_evidence_ratio, options.max_span};
  group->profile = AlignProfile(
      counts,
      [group](int a, int b) -> const std::vector<double>& {
        return group->Evidence(a, b).normalized;
      },
      profile);
  return absl::OkStatus();
}

// Tracks compared across names: a ladder with one track whose name the other
// ladder lacks is compared with each of the other's tracks.
std::vector<std::pair<const TrackMember*, const TrackMember*>> CrossPairs(
    const std::vector<std::vector<TrackMember>>& by_ladder) {
  std::vector<std::pair<const TrackMember*, const TrackMember*>> pairs;
  auto has = [](const std::vector<TrackMember>& ms, const std::string& t) {
    return std::any_of(ms.begin(), ms.end(),
                       [&](const TrackMember& m) { return m.track == t; });
  };
  for (size_t x = 0; x < by_ladder.size(); ++x) {
    for (size_t y = x + 1; y < by_ladder.size(); ++y) {
      const auto& mx = by_ladder[x];
      const auto& my = by_ladder[y];
      for (const TrackMember& a : mx) {
        for (const TrackMember& b : my) {
          if (a.track == b.track) continue;
          const bool a_alone = mx.size() == 1 && !has(my, a.track);
          const bool b_alone = my.size() == 1 && !has(mx, b.track);
          if (a_alone || b_alone) pairs.push_back({&a, &b});
        }
      }
    }
  }
  return pairs;
}

}  // namespace

std::vector<TrackMember> CollectTrackMembers(const Corpus& corpus) {
  std::vector<TrackMember> out;
  uint32_t row = 0;
  for (uint32_t l = 0; l < corpus.ladders.size(); ++l) {
    for (TrackMember& m : LadderMembers(corpus.ladders[l], l, row)) {
      out.push_back(std::move(m));
    }
    row += static_cast<uint32_t>(corpus.ladders[l].statements.size());
  }
  return out;
}

absl::StatusOr<std::vector<TrackGroup>> BuildTrackGroups(
    const Corpus& corpus, const PairScorer& scorer,
    const LevelOptions& options) {
  const std::vector<TrackMember> members = CollectTrackMembers(corpus);
  std::vector<std::string> names;
  std::vector<std::vector<TrackMember>> by_ladder(corpus.ladders.size());
  for (const TrackMember& m : members) {
    if (IndexOf(names, m.track) < 0) names.push_back(m.track);
    by_ladder[m.ladder].push_back(m);
  }
  std::vector<TrackGroup> groups;
  for (const std::string& name : names) {
    TrackGroup group;
    group.joint = true;
    for (const TrackMember& m : members) {
      if (m.track == name) group.members.push_back(m);
    }
    groups.push_back(std::move(group));
  }
  for (const auto& [a, b] : CrossPairs(by_ladder)) {
    TrackGroup group;
    group.members = {*a, *b};
    groups.push_back(std::move(group));
  }
  for (TrackGroup& group : groups) {
    LM_RETURN_IF_ERROR(MeasureGroup(scorer, options, &group));
  }
  return groups;
}

LevelAlignment AlignmentBetween(const TrackGroup& group, int a, int b) {
  const TrackMember& ma = group.members[a];
  const TrackMember& mb = group.members[b];
  const LevelEvidence& e = group.Evidence(a, b);
  const size_t lb = mb.levels.size();
  LevelAlignment out;
  out.ladder_a = ma.ladder;
  out.ladder_b = mb.ladder;
  out.track_a = ma.track;
  out.track_b = mb.track;
  out.levels_a = ma.levels;
  out.levels_b = mb.levels;
  out.scores.assign(e.normalized.begin(), e.normalized.end());
  const double strongest =
      e.normalized.empty()
          ? 0.0
          : *std::max_element(e.normalized.begin(), e.normalized.end());
  for (int i = 0; i < static_cast<int>(ma.levels.size()); ++i) {
    std::vector<int> partners;
    for (const int c : ColumnsOfLevel(group.profile, a, i)) {
      const int j = group.profile.columns[c].level[b];
      if (j >= 0 &&
          std::find(partners.begin(), partners.end(), j) == partners.end()) {
        partners.push_back(j);
      }
    }
    LevelPair pair;
    pair.level_a = ma.levels[i];
    double row_votes = 0, partner_votes = 0, row_best = 0;
    for (size_t j = 0; j < lb; ++j) {
      row_votes += e.votes[i * lb + j];
      row_best = std::max(row_best, e.normalized[i * lb + j]);
    }
    for (const int j : partners) partner_votes += e.votes[i * lb + j];
    if (!partners.empty()) {
      pair.level_b = mb.levels[partners[0]];
      for (size_t k = 1; k < partners.size(); ++k) {
        pair.also_b.push_back(mb.levels[partners[k]]);
      }
      pair.score = static_cast<float>(e.normalized[i * lb + partners[0]]);
      pair.confidence =
          row_votes > 0 ? static_cast<float>(partner_votes / row_votes) : 0.f;
    } else {
      pair.confidence =
          strongest > 0 ? static_cast<float>(1.0 - row_best / strongest) : 1.f;
    }
    out.pairs.push_back(std::move(pair));
  }
  return out;
}

std::vector<LevelAlignment> AllAlignments(
    const std::vector<TrackGroup>& groups) {
  std::vector<LevelAlignment> out;
  for (const TrackGroup& group : groups) {
    const int n = static_cast<int>(group.members.size());
    for (int a = 0; a < n; ++a) {
      for (int b = 0; b < n; ++b) {
        if (group.members[a].ladder < group.members[b].ladder) {
          out.push_back(AlignmentBetween(group, a, b));
        }
      }
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const LevelAlignment& x, const LevelAlignment& y) {
                     return std::tie(x.ladder_a, x.ladder_b) <
                            std::tie(y.ladder_a, y.ladder_b);
                   });
  return out;
}

}  // namespace laddermerge::internal
