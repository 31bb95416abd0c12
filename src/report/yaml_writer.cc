// framework.yaml: the proposed framework as a ladder laddermerge reads back,
// in the common shape
//
//   company: consolidated
//   title: "..."
//   tracks:
//     - name: "ic"
//       levels:
//         - name: "L3"
//           competencies:
//             - name: "Delivery"
//               expectations:
//                 # c12 · from northwind L3, contoso Senior Engineer
//                 - "Breaks epics into small, shippable pieces"
//
// Provenance and the "only in" marks are YAML comments above each
// expectation: a reader can never mistake them for statements, and a person
// editing the file sees them next to the line they describe. Every scalar is
// double-quoted (YamlQuoted), so no statement text can change the structure.
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

#include "report/internal/escape.h"
#include "report/internal/merge_index.h"
#include "report/report.h"

namespace laddermerge {
namespace {

using internal::OneLine;
using internal::YamlQuoted;

std::string Header(const MergeResult& result) {
  const std::string title = result.framework.name.empty()
                                ? "Consolidated framework"
                                : result.framework.name;
  return absl::StrCat(
      "# ", OneLine(title), "\n", "# Proposed by laddermerge from: ",
      OneLine(absl::StrJoin(result.ladders, ", ")), ".\n",
      "# Every expectation is real wording from one of these ladders. The\n"
      "# comment above it names its cluster (as in clusters.json) and the\n"
      "# levels it comes from, and marks expectations only one ladder has.\n"
      "# Edit freely: laddermerge reads this file back as a ladder.\n",
      "company: \"consolidated\"\n", "title: ", YamlQuoted(title), "\n");
}

// The lines of a mapping written at `indent + 2` as a list item at `indent`:
// "    name: x\n    levels: ..." becomes "  - name: x\n    levels: ...".
std::string ListItem(int indent, std::string mapping) {
  if (mapping.empty()) return absl::StrCat(std::string(indent, ' '), "- {}\n");
  mapping.replace(indent, 2, "- ");
  return mapping;
}

// `name: "..."` at `indent`, or nothing for an empty name (the reader then
// leaves the track or level unnamed instead of inventing one).
std::string NameKey(int indent, const std::string& name) {
  if (name.empty()) return "";
  return absl::StrCat(std::string(indent, ' '), "name: ", YamlQuoted(name),
                      "\n");
}

std::string Comment(const MergeResult& result, const FrameworkEntry& entry,
                    int indent) {
  const Cluster& cluster = result.clusters[entry.cluster];
  std::string comment = cluster.id;
  const std::string provenance = internal::ProvenanceText(entry);
  if (!provenance.empty()) absl::StrAppend(&comment, " \u00B7 ", provenance);
  if (entry.single_ladder && !cluster.ladders.empty()) {
    absl::StrAppend(&comment, " \u00B7 only in ",
                    result.ladders[cluster.ladders.front()]);
  }
  return absl::StrCat(std::string(indent, ' '), "# ", OneLine(comment), "\n");
}

// One competency at list indent 10: its name and its expectations.
std::string AreaItem(const MergeResult& result,
                     const FrameworkLevel::AreaEntries& area) {
  std::string out = absl::StrCat(
      NameKey(12, internal::AreaName(result, area.area)), "            ",
      area.entries.empty() ? "expectations: []\n" : "expectations:\n");
  for (const FrameworkEntry& entry : area.entries) {
    absl::StrAppend(&out, Comment(result, entry, 14), "              - ",
                    YamlQuoted(entry.text), "\n");
  }
  return ListItem(10, std::move(out));
}

// One level at list indent 6.
std::string LevelItem(const MergeResult& result, const FrameworkLevel& level) {
  std::string out = absl::StrCat(
      NameKey(8, level.name), "        ",
      level.areas.empty() ? "competencies: []\n" : "competencies:\n");
  for (const FrameworkLevel::AreaEntries& area : level.areas) {
    out += AreaItem(result, area);
  }
  return ListItem(6, std::move(out));
}

// One track at list indent 2.
std::string TrackItem(const MergeResult& result, const FrameworkTrack& track) {
  std::string out =
      absl::StrCat(NameKey(4, track.name), "    ",
                   track.levels.empty() ? "levels: []\n" : "levels:\n");
  for (const FrameworkLevel& level : track.levels) {
    out += LevelItem(result, level);
  }
  return ListItem(2, std::move(out));
}

}  // namespace

std::string FrameworkYaml(const MergeResult& result) {
  internal::IndexMergeResult(result);
  std::string out = Header(result);
  if (result.framework.tracks.empty()) return absl::StrCat(out, "tracks: []\n");
  out += "tracks:\n";
  for (const FrameworkTrack& track : result.framework.tracks) {
    out += TrackItem(result, track);
  }
  return out;
}

}  // namespace laddermerge
