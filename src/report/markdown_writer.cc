// framework.md and gaps.md: Markdown a People team reads as is or rendered
// (GitHub, an editor preview). All text from the ladders goes through
// MarkdownInline, so it renders as written and never as markup or HTML.
#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

#include "report/internal/escape.h"
#include "report/internal/merge_index.h"
#include "report/report.h"

namespace laddermerge {
namespace {

using internal::MarkdownInline;

std::string LadderList(const MergeResult& result) {
  std::vector<std::string> names;
  for (const std::string& name : result.ladders) {
    names.push_back(MarkdownInline(name));
  }
  return absl::StrJoin(names, ", ");
}

std::string FrameworkIntro(const MergeResult& result,
                           const internal::MergeIndex& index) {
  const std::string title = result.framework.name.empty()
                                ? "Consolidated framework"
                                : result.framework.name;
  return absl::StrCat(
      "# ", MarkdownInline(title), "\n\n",
      "A proposal to review, not a final answer. laddermerge built it from ",
      result.ladders.size(), " ladders (", LadderList(result),
      "): every expectation below is real wording from one of them, followed "
      "by the levels it comes from. Expectations marked **only in** exist in "
      "a single ladder; decide whether to keep them. The cluster ids in "
      "brackets (c12) are the same in clusters.json, clusters.csv, "
      "report.xlsx and report.html.\n\n",
      "- ", index.framework_entries, " expectations\n", "- ",
      index.framework_entries - index.framework_single,
      " held by two or more ladders\n", "- ", index.framework_single,
      " only in one ladder\n");
}

std::string EntryLine(const MergeResult& result, const FrameworkEntry& entry) {
  const Cluster& cluster = result.clusters[entry.cluster];
  std::string line = absl::StrCat("- ", MarkdownInline(entry.text));
  const std::string provenance = internal::ProvenanceText(entry);
  if (!provenance.empty()) {
    absl::StrAppend(&line, " \u2014 _", MarkdownInline(provenance), "_");
  }
  if (entry.single_ladder && !cluster.ladders.empty()) {
    absl::StrAppend(&line, " \u00B7 **only in ",
                    MarkdownInline(result.ladders[cluster.ladders.front()]),
                    "**");
  }
  absl::StrAppend(&line, " (", MarkdownInline(cluster.id), ")\n");
  return line;
}

std::string LevelSection(const MergeResult& result,
                         const FrameworkLevel& level) {
  std::string out = absl::StrCat(
      "\n### ", level.name.empty() ? "(no level)" : MarkdownInline(level.name),
      "\n");
  for (const FrameworkLevel::AreaEntries& area : level.areas) {
    absl::StrAppend(&out, "\n#### ",
                    MarkdownInline(internal::AreaName(result, area.area)),
                    "\n\n");
    for (const FrameworkEntry& entry : area.entries) {
      out += EntryLine(result, entry);
    }
  }
  return out;
}

std::string GapsIntro(const MergeResult& result) {
  return absl::StrCat(
      "# Gaps: what each ladder lacks\n\n", "For each of the ",
      result.ladders.size(), " ladders (", LadderList(result),
      "), the expectations that other ladders have and it does not, grouped "
      "by competency area, the most widely shared first. The confidence says "
      "how sure laddermerge is that the ladder has nothing equivalent: it is "
      "high when even the ladder's closest statement is far from the "
      "expectation. Read the closest statement before deciding.\n");
}

std::string GapItem(const MergeResult& result, const LadderGaps& gaps,
                    const Gap& gap) {
  const Cluster& cluster = result.clusters[gap.cluster];
  const std::string& ladder = result.ladders[gaps.ladder];
  std::string out = absl::StrCat(
      "- **", MarkdownInline(cluster.canonical_text), "** (",
      MarkdownInline(cluster.id), ")\n", "  - Held by: ",
      MarkdownInline(
          internal::JoinLadders(result, cluster.ladders, ", ", gaps.ladder)),
      "\n", "  - Confidence: ", internal::FormatScore(gap.confidence), " (",
      internal::GapConfidenceLabel(gap.confidence), ")\n");
  if (gap.closest_statement >= 0) {
    const Statement& s = result.statements[gap.closest_statement];
    absl::StrAppend(&out, "  - Closest in ", MarkdownInline(ladder), ": \u201C",
                    MarkdownInline(s.text), "\u201D \u2014 ",
                    MarkdownInline(internal::StatementPlace(s)),
                    ", similarity ", internal::FormatScore(gap.closest_score),
                    ", ", MarkdownInline(internal::SourceLocation(s)), "\n");
  } else {
    absl::StrAppend(&out, "  - Closest in ", MarkdownInline(ladder),
                    ": nothing similar\n");
  }
  return out;
}

// Gaps of one ladder under one heading per area, areas in the order they
// first appear (the model already groups them).
std::string LadderGapsSection(const MergeResult& result,
                              const LadderGaps& gaps) {
  const std::string& ladder = result.ladders[gaps.ladder];
  std::string out = absl::StrCat(
      "\n## ", MarkdownInline(ladder), ": ", gaps.missing.size(), " missing ",
      gaps.missing.size() == 1 ? "expectation" : "expectations", "\n");
  if (gaps.missing.empty()) {
    absl::StrAppend(&out,
                    "\nNothing missing: every expectation that other "
                    "ladders share has a counterpart in ",
                    MarkdownInline(ladder), ".\n");
    return out;
  }
  std::vector<int> areas;
  for (const Gap& gap : gaps.missing) {
    const int area = result.clusters[gap.cluster].area;
    if (std::find(areas.begin(), areas.end(), area) == areas.end()) {
      areas.push_back(area);
    }
  }
  for (const int area : areas) {
    absl::StrAppend(&out, "\n### ",
                    MarkdownInline(internal::AreaName(result, area)), "\n\n");
    for (const Gap& gap : gaps.missing) {
      if (result.clusters[gap.cluster].area == area) {
        out += GapItem(result, gaps, gap);
      }
    }
  }
  return out;
}

}  // namespace

std::string FrameworkMarkdown(const MergeResult& result) {
  const internal::MergeIndex index = internal::IndexMergeResult(result);
  std::string out = FrameworkIntro(result, index);
  for (const FrameworkTrack& track : result.framework.tracks) {
    absl::StrAppend(&out, "\n## ",
                    track.name.empty()
                        ? std::string("Levels")
                        : absl::StrCat("Track: ", MarkdownInline(track.name)),
                    "\n");
    for (const FrameworkLevel& level : track.levels) {
      out += LevelSection(result, level);
    }
  }
  if (result.framework.tracks.empty()) out += "\n_No expectations._\n";
  return out;
}

std::string GapsMarkdown(const MergeResult& result) {
  internal::IndexMergeResult(result);
  std::string out = GapsIntro(result);
  for (const LadderGaps& gaps : result.gaps) {
    out += LadderGapsSection(result, gaps);
  }
  return out;
}

}  // namespace laddermerge
