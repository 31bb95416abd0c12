#include "merge_fixture.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "absl/strings/str_cat.h"

namespace laddermerge::testing_util {

MergeResultBuilder::MergeResultBuilder(std::vector<std::string> ladders) {
  result_.ladders = std::move(ladders);
  next_line_.assign(result_.ladders.size(), 3);
}

uint32_t MergeResultBuilder::AddStatement(uint32_t ladder,
                                          const std::string& track,
                                          const std::string& level,
                                          const std::string& section,
                                          const std::string& text) {
  const std::string& name = result_.ladders[ladder];
  Statement s;
  s.ladder = name;
  s.track = track;
  s.level = level;
  s.section = section;
  s.text = text;
  s.file = absl::StrCat(name, "/", track.empty() ? "ladder" : track, ".md");
  s.line = next_line_[ladder]++;
  size_t position = 1;
  for (const uint32_t l : result_.statement_ladder) position += l == ladder;
  s.id = absl::StrCat(name, ":", position);
  result_.statements.push_back(std::move(s));
  result_.statement_ladder.push_back(ladder);
  return static_cast<uint32_t>(result_.statements.size() - 1);
}

int MergeResultBuilder::AddArea(const std::string& name,
                                std::vector<std::string> top_terms) {
  Area area;
  area.name = name;
  area.top_terms = std::move(top_terms);
  area.source_sections = {name};
  result_.areas.push_back(std::move(area));
  return static_cast<int>(result_.areas.size() - 1);
}

int MergeResultBuilder::AddCluster(int area,
                                   const std::vector<uint32_t>& members,
                                   std::vector<std::string> evidence) {
  Cluster cluster;
  cluster.area = area;
  cluster.canonical = members.front();
  cluster.canonical_text = result_.statements[members.front()].text;
  cluster.cohesion = members.size() > 1 ? 0.78f : 1.0f;
  for (size_t i = 0; i < members.size(); ++i) {
    ClusterMember m;
    m.statement = members[i];
    m.link = i == 0 ? LinkType::kCanonical : LinkType::kSame;
    m.score = i == 0 ? 1.0f : 0.8f;
    m.evidence = evidence;
    cluster.members.push_back(std::move(m));
  }
  result_.clusters.push_back(std::move(cluster));
  return static_cast<int>(result_.clusters.size() - 1);
}

void MergeResultBuilder::SetLink(int cluster, size_t member, LinkType link,
                                 float score) {
  result_.clusters[cluster].members[member].link = link;
  result_.clusters[cluster].members[member].score = score;
}

void MergeResultBuilder::AddGap(uint32_t ladder, int cluster, float confidence,
                                int64_t closest_statement,
                                float closest_score) {
  while (result_.gaps.size() <= ladder) {
    result_.gaps.push_back(LadderGaps());
    result_.gaps.back().ladder = static_cast<uint32_t>(result_.gaps.size() - 1);
  }
  result_.gaps[ladder].missing.push_back(
      {cluster, confidence, closest_statement, closest_score});
}

void MergeResultBuilder::AddAlignment(LevelAlignment alignment) {
  result_.levels.push_back(std::move(alignment));
}
void MergeResultBuilder::AddShift(LevelShift shift) {
  result_.level_shifts.push_back(std::move(shift));
}
void MergeResultBuilder::AddDecision(AppliedDecision decision) {
  result_.decisions.push_back(std::move(decision));
}
void MergeResultBuilder::AddWarning(const std::string& warning) {
  result_.warnings.push_back(warning);
}

namespace {

void FinishClusters(MergeResult* r) {
  std::vector<bool> clustered(r->statements.size(), false);
  for (const Cluster& c : r->clusters) {
    for (const ClusterMember& m : c.members) clustered[m.statement] = true;
  }
  for (uint32_t s = 0; s < r->statements.size(); ++s) {
    if (clustered[s]) continue;
    Cluster c;
    c.canonical = s;
    c.canonical_text = r->statements[s].text;
    c.members.push_back({s, LinkType::kCanonical, 1.0f, {}});
    r->clusters.push_back(std::move(c));
  }
  for (size_t i = 0; i < r->clusters.size(); ++i) {
    Cluster& c = r->clusters[i];
    c.id = absl::StrCat("c", i + 1);
    std::set<uint32_t> ladders;
    for (const ClusterMember& m : c.members) {
      ladders.insert(r->statement_ladder[m.statement]);
    }
    c.ladders.assign(ladders.begin(), ladders.end());
    if (c.area >= 0) r->areas[c.area].clusters.push_back(static_cast<int>(i));
  }
}

void ComputeOverlap(MergeResult* r) {
  const size_t n = r->ladders.size();
  std::vector<std::vector<float>> counts(n, std::vector<float>(n, 0));
  std::vector<float> totals(n, 0);
  for (const Cluster& c : r->clusters) {
    for (const ClusterMember& m : c.members) {
      const uint32_t own = r->statement_ladder[m.statement];
      ++totals[own];
      for (const uint32_t other : c.ladders) ++counts[own][other];
    }
  }
  r->overlap.shared = counts;
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) {
      r->overlap.shared[i][j] = totals[i] == 0 ? 0 : counts[i][j] / totals[i];
    }
  }
  for (const Area& area : r->areas) {
    std::vector<float> coverage(n, 0);
    float shared = 0;
    for (const int c : area.clusters) {
      if (r->clusters[c].ladders.size() < 2) continue;
      ++shared;
      for (const uint32_t l : r->clusters[c].ladders) ++coverage[l];
    }
    for (float& v : coverage) v = shared == 0 ? 0 : v / shared;
    r->overlap.area_coverage.push_back(std::move(coverage));
  }
}

FrameworkLevel& LevelOf(FrameworkTrack* track, const std::string& name) {
  for (FrameworkLevel& level : track->levels) {
    if (level.name == name) return level;
  }
  track->levels.push_back({name, {}});
  return track->levels.back();
}

void BuildFramework(MergeResult* r) {
  r->framework.name = "Consolidated framework (northwind, contoso, fabrikam)";
  for (size_t i = 0; i < r->clusters.size(); ++i) {
    const Cluster& c = r->clusters[i];
    const Statement& canonical = r->statements[c.canonical];
    auto track = std::find_if(
        r->framework.tracks.begin(), r->framework.tracks.end(),
        [&](const FrameworkTrack& t) { return t.name == canonical.track; });
    if (track == r->framework.tracks.end()) {
      r->framework.tracks.push_back({canonical.track, {}});
      track = r->framework.tracks.end() - 1;
    }
    FrameworkLevel& level = LevelOf(&*track, canonical.level);
    if (level.areas.empty() || level.areas.back().area != c.area) {
      level.areas.push_back({c.area, {}});
    }
    FrameworkEntry entry;
    entry.cluster = static_cast<int>(i);
    entry.text = c.canonical_text;
    entry.single_ladder = c.ladders.size() == 1;
    for (const ClusterMember& m : c.members) {
      const Statement& s = r->statements[m.statement];
      const std::string source = absl::StrCat(s.ladder, " ", s.level);
      if (std::find(entry.provenance.begin(), entry.provenance.end(), source) ==
          entry.provenance.end()) {
        entry.provenance.push_back(source);
      }
    }
    level.areas.back().entries.push_back(std::move(entry));
  }
}

}  // namespace

MergeResult MergeResultBuilder::Build() const {
  MergeResult r = result_;
  FinishClusters(&r);
  ComputeOverlap(&r);
  BuildFramework(&r);
  while (r.gaps.size() < r.ladders.size()) {
    r.gaps.push_back(LadderGaps());
    r.gaps.back().ladder = static_cast<uint32_t>(r.gaps.size() - 1);
  }
  for (LadderGaps& gaps : r.gaps) {
    std::stable_sort(gaps.missing.begin(), gaps.missing.end(),
                     [&](const Gap& a, const Gap& b) {
                       const Cluster& ca = r.clusters[a.cluster];
                       const Cluster& cb = r.clusters[b.cluster];
                       if (ca.area != cb.area) return ca.area < cb.area;
                       return ca.ladders.size() > cb.ladders.size();
                     });
  }
  return r;
}

namespace {

// Two alignments (a span, a level without counterpart) and a level shift.
void AddSampleLevels(int on_call, MergeResultBuilder* b) {
  LevelAlignment nc;
  nc.ladder_a = 0, nc.ladder_b = 1, nc.track_a = "ic", nc.track_b = "ic";
  nc.levels_a = {"L3", "L4"};
  nc.levels_b = {"Engineer", "Senior Engineer", "Staff Engineer"};
  nc.scores = {0.41f, 0.71f, 0.2f, 0.1f, 0.3f, 0.64f};
  nc.pairs = {{"L3", "Senior Engineer", {"Engineer"}, 0.71f, 0.8f},
              {"L4", "Staff Engineer", {}, 0.64f, 0.55f}};
  b->AddAlignment(nc);
  LevelAlignment cf;
  cf.ladder_a = 1, cf.ladder_b = 2, cf.track_a = "ic", cf.track_b = "ic";
  cf.levels_a = {"Engineer", "Senior Engineer", "Staff Engineer"};
  cf.levels_b = {"Software Engineer", "Lead Engineer", "Staff Engineer"};
  cf.scores = {0.1f, 0.2f, 0.1f, 0.6f, 0.3f, 0.1f, 0.2f, 0.5f, 0.4f};
  cf.pairs = {{"Engineer", "", {}, 0.1f, 0.4f},
              {"Senior Engineer", "Software Engineer", {}, 0.6f, 0.7f},
              {"Staff Engineer", "Lead Engineer", {}, 0.5f, 0.6f}};
  b->AddAlignment(cf);
  b->AddShift({on_call, 1, 0, "Engineer", "L4", 1});
}

void AddSampleReview(MergeResultBuilder* b) {
  b->AddDecision({AppliedDecision::Kind::kTogether,
                  {"northwind:2", "contoso:2"},
                  "",
                  true,
                  "merged two clusters",
                  "decisions.yaml:3"});
  b->AddDecision({AppliedDecision::Kind::kCanonical,
                  {"fabrikam:9"},
                  "<b>Pinned</b> wording",
                  false,
                  "no statement fabrikam:9",
                  "decisions.yaml:8"});
  b->AddWarning("fabrikam/ic.md:7: empty cell skipped");
  b->AddWarning("contoso/ic.md:2: odd <b>markup</b> removed");
}

}  // namespace

MergeResult SampleMergeResult() {
  MergeResultBuilder b({"northwind", "contoso", "fabrikam"});
  const int delivery = b.AddArea("Delivery", {"ship", "small", "plan"});
  const int people = b.AddArea("People development", {"mentor", "coach"});
  const int operations = b.AddArea("Operations", {"on-call", "incident"});
  const int security = b.AddArea("Security & <Compliance>", {"threat"});
  const uint32_t n0 =
      b.AddStatement(0, "ic", "L3", "Delivery",
                     "Breaks epics into small, shippable pieces of work.");
  const uint32_t n1 = b.AddStatement(0, "ic", "L4", "Lifting Others",
                                     "Mentors engineers on their team.");
  const uint32_t n2 = b.AddStatement(0, "ic", "L4", "Running Production",
                                     "Owns the on-call health of a service.");
  const uint32_t n3 = b.AddStatement(0, "ic", "L3", "Delivery", kCsvText);
  b.AddStatement(0, "management", "M1", "People",
                 "Runs weekly 1:1s & career conversations.");
  const uint32_t c0 =
      b.AddStatement(1, "ic", "Senior Engineer", "Execution",
                     "Splits large projects into small deliverable pieces.");
  const uint32_t c1 =
      b.AddStatement(1, "ic", "Senior Engineer", "Developing Others",
                     "Mentors and coaches engineers across teams.");
  const uint32_t c2 =
      b.AddStatement(1, "ic", "Engineer", "Operational Excellence",
                     "Takes part in the on-call rotation and owns incidents.");
  const uint32_t c3 =
      b.AddStatement(1, "ic", "Staff Engineer", "Security", kHostileText);
  const uint32_t f0 =
      b.AddStatement(2, "ic", "Software Engineer", "Technical > Delivery",
                     "I break down my work into small pieces I can ship.");
  const uint32_t f1 = b.AddStatement(2, "ic", "Lead Engineer", "People",
                                     "I mentor other engineers.");
  const uint32_t f2 =
      b.AddStatement(2, "ic", "Staff Engineer", "Security", kInvalidUtf8Text);
  const uint32_t f3 = b.AddStatement(2, "ic", "Lead Engineer", "People",
                                     "I run the team's hiring loop.");
  const uint32_t n5 =
      b.AddStatement(0, "ic", "L4", "Hiring",
                     "Interviews candidates and calibrates hiring decisions.");
  const int shipping = b.AddCluster(delivery, {n0, c0, f0}, {"small", "piece"});
  b.SetLink(shipping, 2, LinkType::kNarrower, 0.66f);
  const int mentoring =
      b.AddCluster(people, {n1, c1, f1}, {"mentor", "engineer"});
  b.SetLink(mentoring, 1, LinkType::kBroader, 0.71f);
  const int on_call = b.AddCluster(operations, {c2, n2}, {"on-call"});
  const int threats = b.AddCluster(security, {c3, f2}, {"threat", "<script>"});
  const int hiring = b.AddCluster(people, {n5, f3}, {"hiring"});
  b.AddCluster(delivery, {n3});
  b.AddGap(0, threats, 0.91f, n2, 0.12f);
  b.AddGap(1, hiring, 0.35f, c1, 0.44f);
  b.AddGap(2, on_call, 0.68f, -1, 0);
  AddSampleLevels(on_call, &b);
  AddSampleReview(&b);
  return b.Build();
}

MergeResult LargeMergeResult(int ladders, int per_ladder) {
  std::vector<std::string> names;
  for (int l = 0; l < ladders; ++l) names.push_back(absl::StrCat("ladder", l));
  MergeResultBuilder b(names);
  const int area = b.AddArea("Craft", {"code"});
  std::vector<std::vector<uint32_t>> by_row(per_ladder);
  for (int l = 0; l < ladders; ++l) {
    for (int i = 0; i < per_ladder; ++i) {
      by_row[i].push_back(b.AddStatement(
          l, "ic", absl::StrCat("L", 1 + i % 5), "Craft",
          absl::StrCat("Writes well-tested code for component ", i,
                       " and reviews changes of teammates with care.")));
    }
  }
  for (const std::vector<uint32_t>& members : by_row) {
    b.AddCluster(area, members, {"code", "review"});
  }
  return b.Build();
}

}  // namespace laddermerge::testing_util
