// clusters.json, gaps.json and levels.json: SPEC.md's shapes first, in SPEC
// order, then extra fields for programs that want the details.
#include <algorithm>
#include <string>
#include <vector>

#include "nlohmann/json.hpp"
#include "report/internal/json_util.h"
#include "report/internal/merge_index.h"
#include "report/report.h"

namespace laddermerge {
namespace {

using Json = nlohmann::ordered_json;
using internal::RoundScore;

Json MemberLinks(const MergeResult& result, const Cluster& cluster) {
  Json links = Json::array();
  for (const ClusterMember& member : cluster.members) {
    links.push_back({{"statement", result.statements[member.statement].id},
                     {"link", internal::LinkTypeName(member.link)},
                     {"score", RoundScore(member.score)},
                     {"evidence", member.evidence}});
  }
  return links;
}

Json ClusterJson(const MergeResult& result, const Cluster& cluster) {
  Json members = Json::array();
  for (const ClusterMember& member : cluster.members) {
    members.push_back(result.statements[member.statement].id);
  }
  Json ladders = Json::array();
  for (const uint32_t ladder : cluster.ladders) {
    ladders.push_back(result.ladders[ladder]);
  }
  return {{"id", cluster.id},
          {"canonical", cluster.canonical_text},
          {"area", internal::AreaName(result, cluster.area)},
          {"members", std::move(members)},
          {"canonical_statement", result.statements[cluster.canonical].id},
          {"pinned", cluster.pinned},
          {"cohesion", RoundScore(cluster.cohesion)},
          {"ladders", std::move(ladders)},
          {"links", MemberLinks(result, cluster)}};
}

Json AreasJson(const MergeResult& result) {
  Json areas = Json::array();
  for (const Area& area : result.areas) {
    Json clusters = Json::array();
    for (const int c : area.clusters) clusters.push_back(result.clusters[c].id);
    areas.push_back({{"name", area.name},
                     {"top_terms", area.top_terms},
                     {"source_sections", area.source_sections},
                     {"clusters", std::move(clusters)}});
  }
  return areas;
}

Json GapJson(const MergeResult& result, const LadderGaps& gaps,
             const Gap& gap) {
  const Cluster& cluster = result.clusters[gap.cluster];
  Json present_in = Json::array();
  for (const uint32_t ladder : cluster.ladders) {
    if (ladder != gaps.ladder) present_in.push_back(result.ladders[ladder]);
  }
  Json closest = nullptr;
  if (gap.closest_statement >= 0) {
    const Statement& s = result.statements[gap.closest_statement];
    closest = {{"statement", s.id},
               {"text", s.text},
               {"score", RoundScore(gap.closest_score)}};
  }
  return {{"cluster", cluster.id},
          {"canonical", cluster.canonical_text},
          {"area", internal::AreaName(result, cluster.area)},
          {"present_in", std::move(present_in)},
          {"confidence", RoundScore(gap.confidence)},
          {"closest", std::move(closest)}};
}

// Most certain first; equal confidences keep the model's order (by area,
// most widely shared first).
std::vector<const Gap*> ByConfidence(const LadderGaps& gaps) {
  std::vector<const Gap*> order;
  for (const Gap& gap : gaps.missing) order.push_back(&gap);
  std::stable_sort(order.begin(), order.end(), [](const Gap* a, const Gap* b) {
    return a->confidence > b->confidence;
  });
  return order;
}

Json PairsJson(const LevelAlignment& alignment) {
  Json pairs = Json::array();
  for (const LevelPair& pair : alignment.pairs) {
    Json level_b = nullptr;
    if (!pair.level_b.empty()) level_b = pair.level_b;
    pairs.push_back({{"level_a", pair.level_a},
                     {"level_b", std::move(level_b)},
                     {"score", RoundScore(pair.score)},
                     {"also_b", pair.also_b},
                     {"confidence", RoundScore(pair.confidence)}});
  }
  return pairs;
}

Json ScoreRows(const LevelAlignment& alignment) {
  Json rows = Json::array();
  const size_t width = alignment.levels_b.size();
  if (alignment.scores.empty()) return rows;
  for (size_t i = 0; i < alignment.levels_a.size(); ++i) {
    Json row = Json::array();
    for (size_t j = 0; j < width; ++j) {
      row.push_back(RoundScore(alignment.scores[i * width + j]));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

Json DecisionsJson(const MergeResult& result) {
  Json decisions = Json::array();
  for (const AppliedDecision& d : result.decisions) {
    Json entry = {{"kind", internal::DecisionKindName(d.kind)},
                  {"statements", d.statement_ids},
                  {"applied", d.applied},
                  {"note", d.note},
                  {"source", d.source}};
    if (d.kind == AppliedDecision::Kind::kCanonical) entry["text"] = d.text;
    decisions.push_back(std::move(entry));
  }
  return decisions;
}

Json ShiftsJson(const MergeResult& result) {
  Json shifts = Json::array();
  for (const LevelShift& shift : result.level_shifts) {
    const Cluster& cluster = result.clusters[shift.cluster];
    shifts.push_back({{"cluster", cluster.id},
                      {"canonical", cluster.canonical_text},
                      {"earlier_ladder", result.ladders[shift.earlier_ladder]},
                      {"earlier_level", shift.earlier_level},
                      {"later_ladder", result.ladders[shift.later_ladder]},
                      {"later_level", shift.later_level},
                      {"levels_apart", shift.levels_apart},
                      {"score", RoundScore(shift.score)},
                      {"text", internal::LevelShiftSentence(result, shift)}});
  }
  return shifts;
}

}  // namespace

std::string ClustersJson(const MergeResult& result) {
  internal::IndexMergeResult(result);  // Checks the indices used below.
  Json statements = Json::array();
  for (const Statement& s : result.statements) {
    statements.push_back(internal::StatementJson(s));
  }
  Json clusters = Json::array();
  for (const Cluster& cluster : result.clusters) {
    clusters.push_back(ClusterJson(result, cluster));
  }
  const Json root = {{"statements", std::move(statements)},
                     {"clusters", std::move(clusters)},
                     {"ladders", result.ladders},
                     {"areas", AreasJson(result)},
                     {"decisions", DecisionsJson(result)}};
  return internal::DumpJson(root);
}

std::string GapsJson(const MergeResult& result) {
  internal::IndexMergeResult(result);
  Json gaps = Json::array();
  for (const LadderGaps& ladder_gaps : result.gaps) {
    Json missing = Json::array();
    for (const Gap* gap : ByConfidence(ladder_gaps)) {
      missing.push_back(GapJson(result, ladder_gaps, *gap));
    }
    gaps.push_back({{"ladder", result.ladders[ladder_gaps.ladder]},
                    {"missing", std::move(missing)}});
  }
  return internal::DumpJson({{"gaps", std::move(gaps)}});
}

std::string LevelsJson(const MergeResult& result) {
  internal::CheckLevelIndices(result);
  Json alignments = Json::array();
  for (const LevelAlignment& a : result.levels) {
    alignments.push_back({{"ladder_a", result.ladders[a.ladder_a]},
                          {"ladder_b", result.ladders[a.ladder_b]},
                          {"track_a", a.track_a},
                          {"track_b", a.track_b},
                          {"pairs", PairsJson(a)},
                          {"levels_a", a.levels_a},
                          {"levels_b", a.levels_b},
                          {"scores", ScoreRows(a)}});
  }
  return internal::DumpJson(
      {{"alignments", std::move(alignments)}, {"shifts", ShiftsJson(result)}});
}

}  // namespace laddermerge
