#include "report/internal/merge_index.h"

#include <cmath>
#include <limits>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"

#include "common/check.h"

namespace laddermerge::internal {
namespace {

constexpr size_t kNoCluster = std::numeric_limits<size_t>::max();

void CheckClusters(const MergeResult& result, MergeIndex* index) {
  const size_t num_ladders = result.ladders.size();
  index->cluster_of.assign(result.statements.size(), kNoCluster);
  for (size_t c = 0; c < result.clusters.size(); ++c) {
    const Cluster& cluster = result.clusters[c];
    LM_CHECK(cluster.canonical < result.statements.size()) << cluster.id;
    LM_CHECK(cluster.area >= -1 &&
             cluster.area < static_cast<int>(result.areas.size()))
        << cluster.id << " area " << cluster.area;
    for (const uint32_t ladder : cluster.ladders) {
      LM_CHECK(ladder < num_ladders) << cluster.id << " ladder " << ladder;
    }
    for (const ClusterMember& member : cluster.members) {
      LM_CHECK(member.statement < result.statements.size()) << cluster.id;
      LM_CHECK(index->cluster_of[member.statement] == kNoCluster)
          << "statement " << member.statement << " is in two clusters";
      index->cluster_of[member.statement] = c;
    }
  }
  for (size_t s = 0; s < index->cluster_of.size(); ++s) {
    LM_CHECK(index->cluster_of[s] != kNoCluster)
        << "statement " << result.statements[s].id << " is in no cluster";
  }
}

void CheckRest(const MergeResult& result) {
  const size_t num_ladders = result.ladders.size();
  const int num_clusters = static_cast<int>(result.clusters.size());
  for (const Area& area : result.areas) {
    for (const int c : area.clusters) LM_CHECK(c >= 0 && c < num_clusters);
  }
  LM_CHECK(result.gaps.size() <= num_ladders);
  for (const LadderGaps& gaps : result.gaps) {
    LM_CHECK(gaps.ladder < num_ladders);
    for (const Gap& gap : gaps.missing) {
      LM_CHECK(gap.cluster >= 0 && gap.cluster < num_clusters);
      LM_CHECK(gap.closest_statement <
               static_cast<int64_t>(result.statements.size()));
    }
  }
  CheckLevelIndices(result);
  for (const FrameworkTrack& track : result.framework.tracks) {
    for (const FrameworkLevel& level : track.levels) {
      for (const FrameworkLevel::AreaEntries& area : level.areas) {
        for (const FrameworkEntry& entry : area.entries) {
          LM_CHECK(entry.cluster >= 0 && entry.cluster < num_clusters);
        }
      }
    }
  }
}

void CountLadders(const MergeResult& result, MergeIndex* index) {
  index->ladders.assign(result.ladders.size(), LadderStats());
  for (size_t s = 0; s < result.statements.size(); ++s) {
    const uint32_t ladder = result.statement_ladder[s];
    LM_CHECK(ladder < result.ladders.size()) << result.statements[s].id;
    const bool shared =
        result.clusters[index->cluster_of[s]].ladders.size() > 1;
    LadderStats& stats = index->ladders[ladder];
    ++stats.statements;
    ++(shared ? stats.shared : stats.unique);
    ++(shared ? index->shared_statements : index->unique_statements);
  }
  for (const Cluster& cluster : result.clusters) {
    if (cluster.ladders.size() > 1) ++index->shared_clusters;
  }
  for (const LadderGaps& gaps : result.gaps) {
    index->ladders[gaps.ladder].gaps += gaps.missing.size();
    index->gaps += gaps.missing.size();
  }
}

void CountFramework(const MergeResult& result, MergeIndex* index) {
  for (const FrameworkTrack& track : result.framework.tracks) {
    for (const FrameworkLevel& level : track.levels) {
      for (const FrameworkLevel::AreaEntries& area : level.areas) {
        for (const FrameworkEntry& entry : area.entries) {
          ++index->framework_entries;
          if (entry.single_ladder) ++index->framework_single;
        }
      }
    }
  }
}

const char* CountWord(int n) {
  static constexpr const char* kWords[] = {"zero", "one",  "two", "three",
                                           "four", "five", "six"};
  return n >= 0 && n <= 6 ? kWords[n] : nullptr;
}

}  // namespace

void CheckLevelIndices(const MergeResult& result) {
  const size_t num_ladders = result.ladders.size();
  for (const LevelAlignment& a : result.levels) {
    LM_CHECK(a.ladder_a < num_ladders && a.ladder_b < num_ladders);
    LM_CHECK(a.scores.empty() ||
             a.scores.size() == a.levels_a.size() * a.levels_b.size());
  }
  for (const LevelShift& shift : result.level_shifts) {
    LM_CHECK(shift.cluster >= 0 &&
             shift.cluster < static_cast<int>(result.clusters.size()));
    LM_CHECK(shift.earlier_ladder < num_ladders &&
             shift.later_ladder < num_ladders);
  }
}

MergeIndex IndexMergeResult(const MergeResult& result) {
  LM_CHECK(result.statement_ladder.size() == result.statements.size());
  MergeIndex index;
  CheckClusters(result, &index);
  CheckRest(result);
  CountLadders(result, &index);
  CountFramework(result, &index);
  return index;
}

std::string AreaName(const MergeResult& result, int area) {
  if (area < 0 || area >= static_cast<int>(result.areas.size())) {
    return "Other";
  }
  return result.areas[area].name;
}

const char* LinkTypeName(LinkType link) {
  switch (link) {
    case LinkType::kCanonical:
      return "canonical";
    case LinkType::kSame:
      return "same";
    case LinkType::kBroader:
      return "broader";
    case LinkType::kNarrower:
      return "narrower";
  }
  return "same";
}

const char* DecisionKindName(AppliedDecision::Kind kind) {
  switch (kind) {
    case AppliedDecision::Kind::kTogether:
      return "together";
    case AppliedDecision::Kind::kApart:
      return "apart";
    case AppliedDecision::Kind::kCanonical:
      return "canonical";
  }
  return "together";
}

std::string JoinLadders(const MergeResult& result,
                        absl::Span<const uint32_t> ladders,
                        absl::string_view separator, int64_t except) {
  std::vector<absl::string_view> names;
  for (const uint32_t ladder : ladders) {
    if (static_cast<int64_t>(ladder) != except) {
      names.push_back(result.ladders[ladder]);
    }
  }
  return absl::StrJoin(names, separator);
}

std::string ProvenanceText(const FrameworkEntry& entry) {
  if (entry.provenance.empty()) return "";
  return absl::StrCat("from ", absl::StrJoin(entry.provenance, ", "));
}

std::string StatementPlace(const Statement& s) {
  std::vector<absl::string_view> parts = {s.ladder};
  for (const std::string* part : {&s.track, &s.level, &s.section}) {
    if (!part->empty()) parts.push_back(*part);
  }
  return absl::StrJoin(parts, " · ");
}

std::string SourceLocation(const Statement& s) {
  return absl::StrCat(s.file, ":", s.line);
}

const char* GapConfidenceLabel(float confidence) {
  if (confidence >= 0.8f) return "very likely missing";
  if (confidence >= 0.5f) return "likely missing";
  return "possibly covered";
}

std::string LevelShiftSentence(const MergeResult& result,
                               const LevelShift& shift) {
  const std::string& earlier = result.ladders[shift.earlier_ladder];
  const std::string& later = result.ladders[shift.later_ladder];
  const char* word = CountWord(shift.levels_apart);
  const std::string apart =
      word != nullptr ? word : absl::StrCat(shift.levels_apart);
  return absl::StrCat(
      earlier, " expects \u201C", result.clusters[shift.cluster].canonical_text,
      "\u201D ", apart, shift.levels_apart == 1 ? " level" : " levels",
      " earlier than ", later, " (", earlier, " ", shift.earlier_level, ", ",
      later, " ", shift.later_level, ")");
}

std::string FormatDecimal(double value, int decimals) {
  if (!std::isfinite(value)) return "0";
  // Trims by length instead of pop_back() + assignment: GCC 12 with
  // sanitizers reports a false -Wrestrict on the latter.
  const std::string text = absl::StrFormat("%.*f", decimals, value);
  absl::string_view out = text;
  if (out.find('.') != absl::string_view::npos) {
    out = absl::StripSuffix(out.substr(0, out.find_last_not_of('0') + 1), ".");
  }
  if (out == "-0") return "0";
  return std::string(out);
}

std::string FormatScore(double score) {
  return absl::StrFormat("%.2f", std::isfinite(score) ? score : 0.0);
}

std::string FormatPercent(double fraction) {
  if (!std::isfinite(fraction)) fraction = 0;
  return absl::StrCat(static_cast<int>(std::lround(fraction * 100)), "%");
}

}  // namespace laddermerge::internal
