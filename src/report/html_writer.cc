// report.html: one self-contained page for people. The summary, overlap
// heatmap, area coverage, gaps, level charts, decisions and warnings are
// rendered here as HTML and SVG (they print and read without script); the
// cluster browser is rendered in the browser from an embedded JSON blob, so
// thousands of statements stay small and can be filtered and searched.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

#include "nlohmann/json.hpp"
#include "report/internal/escape.h"
#include "report/internal/html_assets.h"
#include "report/internal/html_charts.h"
#include "report/internal/json_util.h"
#include "report/internal/merge_index.h"
#include "report/report.h"

namespace laddermerge {
namespace {

// Embedded assets are std::string_view; Abseil here has its own string_view.
absl::string_view AsAbsl(std::string_view s) { return {s.data(), s.size()}; }

using internal::FormatPercent;
using internal::MergeIndex;
using Json = nlohmann::ordered_json;
using H = std::string;  // HTML text, already escaped.

H Esc(absl::string_view text) { return internal::HtmlEscape(text); }

// Okabe-Ito, without its yellow (too light on white); repeats after eight.
constexpr const char* kLadderColors[] = {"#0072B2", "#E69F00", "#009E73",
                                         "#CC79A7", "#56B4E9", "#D55E00",
                                         "#7F7F7F", "#000000"};

H LadderColorCss(const MergeResult& result) {
  H css;
  for (size_t i = 0; i < result.ladders.size(); ++i) {
    absl::StrAppend(&css, ".ladder-", i,
                    "{--ladder:", kLadderColors[i % std::size(kLadderColors)],
                    "}\n");
  }
  return css;
}

// "1 area", "4 areas".
std::string Counted(size_t n, const char* noun) {
  return absl::StrCat(n, " ", noun, n == 1 ? "" : "s");
}

H LadderName(const MergeResult& result, size_t ladder) {
  return absl::StrCat("<span class=\"ladder-name ladder-", ladder,
                      "\"><span class=\"swatch\"></span>",
                      Esc(result.ladders[ladder]), "</span>");
}

H Head(const MergeResult& result, const ReportOptions& options) {
  return absl::StrCat(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, "
      "initial-scale=1\">\n<meta name=\"generator\" content=\"laddermerge\">\n"
      "<title>",
      Esc(options.title), "</title>\n<style>\n", AsAbsl(internal::ReportCss()),
      LadderColorCss(result), "</style>\n</head>\n<body>\n");
}

H Masthead(const MergeResult& result, const ReportOptions& options) {
  return absl::StrCat(
      "<header class=\"masthead\"><div class=\"wrap\"><h1>", Esc(options.title),
      "</h1><span class=\"sub\">", result.ladders.size(),
      " ladders: ", Esc(absl::StrJoin(result.ladders, ", ")),
      "</span></div></header>\n<nav class=\"toc\" aria-label=\"Sections\">"
      "<div class=\"wrap\"><ul>",
      "<li><a href=\"#summary\">Summary</a></li>",
      "<li><a href=\"#overlap\">Overlap</a></li>",
      "<li><a href=\"#coverage\">Areas</a></li>",
      "<li><a href=\"#gaps\">Gaps</a></li>",
      "<li><a href=\"#levels\">Levels</a></li>",
      "<li><a href=\"#clusters\">Clusters</a></li>",
      "<li><a href=\"#decisions\">Decisions</a></li>",
      "<li><a href=\"#warnings\">Warnings</a></li>",
      "</ul></div></nav>\n<main class=\"wrap\">\n");
}

H SectionStart(const char* id, const char* title, const std::string& aside) {
  return absl::StrCat("<section class=\"panel\" id=\"", id,
                      "\"><div class=\"section-head\"><h2>", title,
                      "</h2><span class=\"muted\">", aside, "</span></div>\n");
}

H Tile(const char* kind, size_t value, const char* label,
       const std::string& note) {
  return absl::StrCat("<div class=\"tile ", kind, "\"><div class=\"value\">",
                      value, "</div><div class=\"label\">", label,
                      "</div><div class=\"tile-note\">", note,
                      "</div></div>\n");
}

std::string Share(size_t part, size_t whole) {
  return FormatPercent(whole == 0 ? 0 : static_cast<double>(part) / whole);
}

H LadderRow(const MergeResult& result, const MergeIndex& index, size_t i) {
  const internal::LadderStats& s = index.ladders[i];
  const double shared = s.statements == 0 ? 0 : 100.0 * s.shared / s.statements;
  return absl::StrCat(
      "<tr><td>", LadderName(result, i), "</td><td class=\"num\">",
      s.statements, "</td><td class=\"num\">", s.shared, " (",
      Share(s.shared, s.statements), ")</td><td class=\"num\">", s.unique,
      "</td><td><div class=\"split-bar\" role=\"img\" aria-label=\"",
      Share(s.shared, s.statements),
      " shared\"><span class=\"shared\" style=\"width:",
      internal::FormatDecimal(shared, 1),
      "%\"></span><span class=\"unique\" style=\"width:",
      internal::FormatDecimal(s.statements == 0 ? 0 : 100 - shared, 1),
      "%\"></span></div></td><td class=\"num\">", s.gaps, "</td></tr>\n");
}

H SummarySection(const MergeResult& result, const MergeIndex& index) {
  const size_t total = result.statements.size();
  H out = absl::StrCat(
      SectionStart("summary", "Summary", ""),
      "<p class=\"lead\">laddermerge compared every expectation of these "
      "ladders, grouped the ones that say the same thing into clusters, and "
      "lists what each ladder lacks. It proposes; people decide.</p>\n"
      "<div class=\"tiles\">\n",
      Tile("", result.ladders.size(), "ladders", ""),
      Tile("", total, "statements", "expectations read from the files"),
      Tile("shared", index.shared_statements, "shared",
           absl::StrCat(Share(index.shared_statements, total),
                        " have an equivalent in another ladder")),
      Tile("unique", index.unique_statements, "only in one ladder",
           absl::StrCat(Share(index.unique_statements, total),
                        " of all statements")),
      Tile("", result.clusters.size(), "clusters",
           absl::StrCat(index.shared_clusters, " shared by 2+ ladders")),
      Tile("gaps", index.gaps, "gaps", "expectations a ladder lacks"),
      "</div>\n<table class=\"data\"><thead><tr><th>Ladder</th>"
      "<th class=\"num\">Statements</th><th class=\"num\">Shared</th>"
      "<th class=\"num\">Only here</th><th><span class=\"key\"><i "
      "class=\"shared\"></i>shared</span><span class=\"key\"><i "
      "class=\"unique\"></i>only here</span></th><th "
      "class=\"num\">Gaps</th></tr></thead>\n<tbody>\n");
  for (size_t i = 0; i < result.ladders.size(); ++i) {
    out += LadderRow(result, index, i);
  }
  out += "</tbody></table>\n</section>\n";
  return out;
}

// "Read across" with the strongest off-diagonal pair as the example.
H OverlapReading(const MergeResult& result) {
  const std::vector<std::vector<float>>& m = result.overlap.shared;
  size_t best_i = 0, best_j = 0;
  float best = -1;
  for (size_t i = 0; i < m.size() && i < result.ladders.size(); ++i) {
    for (size_t j = 0; j < m[i].size() && j < result.ladders.size(); ++j) {
      if (i != j && m[i][j] > best) best = m[i][j], best_i = i, best_j = j;
    }
  }
  if (best < 0) return "";
  return absl::StrCat(
      "<div class=\"reading\"><strong>How to read it.</strong> Read across a "
      "row: <strong>",
      FormatPercent(best), "</strong> of ", Esc(result.ladders[best_i]),
      "\u2019s statements have a counterpart in ", Esc(result.ladders[best_j]),
      ". The matrix is not symmetric: a small ladder can be covered by a "
      "large one without the reverse.</div>\n");
}

H OverlapSection(const MergeResult& result) {
  return absl::StrCat(
      SectionStart("overlap", "Overlap between ladders", ""),
      "<div class=\"chart-row\">", internal::OverlapHeatmapSvg(result),
      OverlapReading(result), "</div>\n</section>\n",
      SectionStart("coverage", "Coverage by competency area",
                   Counted(result.areas.size(), "area")),
      "<p class=\"lead\">For each area, the share of its shared expectations "
      "(clusters held by two or more ladders) in which each ladder has a "
      "statement. Low bars point to the gaps below.</p>\n",
      internal::AreaCoverageHtml(result), "</section>\n");
}

const char* ConfidenceClass(float confidence) {
  if (confidence >= 0.8f) return "conf-high";
  if (confidence >= 0.5f) return "conf-mid";
  return "conf-low";
}

H GapItem(const MergeResult& result, const LadderGaps& gaps, const Gap& gap) {
  const Cluster& cluster = result.clusters[gap.cluster];
  H out = absl::StrCat(
      "<li class=\"gap ", ConfidenceClass(gap.confidence),
      "\"><div class=\"what\">", Esc(cluster.canonical_text),
      "</div><div class=\"meta\"><span>Held by ",
      Esc(internal::JoinLadders(result, cluster.ladders, ", ", gaps.ladder)),
      "</span><span class=\"pill ", ConfidenceClass(gap.confidence), "\">",
      internal::GapConfidenceLabel(gap.confidence), " \u00B7 ",
      internal::FormatScore(gap.confidence),
      "</span><a href=\"#cluster-browser\" data-show-cluster=\"",
      Esc(cluster.id), "\">", Esc(cluster.id), "</a></div>");
  const std::string& ladder = result.ladders[gaps.ladder];
  if (gap.closest_statement >= 0) {
    const Statement& s = result.statements[gap.closest_statement];
    absl::StrAppend(&out, "<div class=\"closest\">Closest in ", Esc(ladder),
                    ": \u201C", Esc(s.text), "\u201D (similarity ",
                    internal::FormatScore(gap.closest_score), ", ",
                    Esc(internal::StatementPlace(s)), ", <span class=\"mono\">",
                    Esc(internal::SourceLocation(s)), "</span>)</div>");
  } else {
    absl::StrAppend(&out, "<div class=\"closest\">Nothing similar in ",
                    Esc(ladder), "</div>");
  }
  return out + "</li>\n";
}

H GapPanel(const MergeResult& result, const LadderGaps& gaps) {
  const std::string& ladder = result.ladders[gaps.ladder];
  H out = absl::StrCat(
      "<div class=\"tab-panel\" id=\"gaps-panel-", gaps.ladder,
      "\" role=\"tabpanel\" aria-labelledby=\"gaps-tab-", gaps.ladder,
      "\"><h3>", Esc(ladder), " lacks ", gaps.missing.size(),
      gaps.missing.size() == 1 ? " expectation" : " expectations",
      " that other ladders have</h3>\n");
  if (gaps.missing.empty()) {
    return out + "<p class=\"empty\">Nothing missing.</p></div>\n";
  }
  int area = -2;
  for (const Gap& gap : gaps.missing) {
    const int gap_area = result.clusters[gap.cluster].area;
    if (gap_area != area) {
      if (area != -2) out += "</ul>\n";
      area = gap_area;
      absl::StrAppend(&out, "<h4>", Esc(internal::AreaName(result, area)),
                      "</h4><ul class=\"gap-list\">\n");
    }
    out += GapItem(result, gaps, gap);
  }
  return out + "</ul></div>\n";
}

H GapsSection(const MergeResult& result, const MergeIndex& index) {
  H out = absl::StrCat(
      SectionStart("gaps", "What each ladder lacks",
                   Counted(index.gaps, "gap")),
      "<p class=\"lead\">Expectations that other ladders have and this one "
      "does not, by area, the most widely shared first. The confidence is "
      "high when even the ladder\u2019s closest statement is far away; check "
      "that statement before deciding.</p>\n<div class=\"tablist\" "
      "role=\"tablist\" aria-label=\"Ladder\" data-tabs hidden>\n");
  for (const LadderGaps& gaps : result.gaps) {
    absl::StrAppend(&out, "<button type=\"button\" role=\"tab\" id=\"gaps-tab-",
                    gaps.ladder, "\" aria-controls=\"gaps-panel-", gaps.ladder,
                    "\" aria-selected=\"false\">",
                    LadderName(result, gaps.ladder), "<span class=\"count\">",
                    gaps.missing.size(), "</span></button>\n");
  }
  out += "</div>\n";
  for (const LadderGaps& gaps : result.gaps) out += GapPanel(result, gaps);
  if (result.gaps.empty()) out += "<p class=\"empty\">No gaps computed.</p>\n";
  return out + "</section>\n";
}

H LevelsSection(const MergeResult& result) {
  H out = absl::StrCat(
      SectionStart("levels", "How levels correspond",
                   Counted(result.levels.size(), "comparison")),
      "<p class=\"lead\">Which level of one ladder matches which level of "
      "another, from the expectations they share. Titles lie across "
      "companies; these lines do not depend on them.</p>\n");
  if (result.levels.empty()) {
    out += "<p class=\"empty\">No level correspondence was computed.</p>\n";
  } else {
    out += "<div class=\"align-grid\">\n";
    for (const LevelAlignment& a : result.levels) {
      out += internal::LevelAlignmentCard(result, a);
    }
    out +=
        "</div>\n<p class=\"legend\">Thicker line: more similar levels. "
        "Fainter "
        "line: less certain. Dashed line: the level also spans that level. "
        "Dashed box: no counterpart.</p>\n";
  }
  if (!result.level_shifts.empty()) {
    absl::StrAppend(&out,
                    "<h3>Where the same expectation sits at different "
                    "levels</h3>\n<p class=\"lead\">A frequent source of "
                    "unfairness when people are re-levelled.</p>\n",
                    internal::LevelShiftsHtml(result));
  }
  return out + "</section>\n";
}

H ClustersSection(const MergeResult& result, const MergeIndex& index) {
  return absl::StrCat(
      SectionStart("clusters", "Cluster browser",
                   absl::StrCat(Counted(result.clusters.size(), "cluster"),
                                ", ", index.shared_clusters, " shared")),
      "<p class=\"lead\">Each cluster groups statements that say the same "
      "thing; its canonical wording is the most central member. Highlighted "
      "words are the shared terms that matched.</p>\n"
      "<div id=\"cluster-browser\">\n<div class=\"filters\" hidden>\n"
      "<label>Search<input id=\"cluster-search\" type=\"search\" "
      "placeholder=\"Words, a level, a file, or a cluster id such as "
      "c12\"></label>\n<label>Area<select id=\"cluster-area\"><option "
      "value=\"\">All areas</option></select></label>\n<label>Ladder<select "
      "id=\"cluster-ladder\"><option value=\"\">Any "
      "ladder</option></select></label>\n<label>Show<select "
      "id=\"cluster-scope\"><option value=\"all\">All clusters</option><option "
      "value=\"shared\">Shared by 2+ ladders</option><option "
      "value=\"single\">Only in one ladder</option></select></label>\n</div>\n"
      "<p class=\"result-count\" aria-live=\"polite\"></p>\n<noscript><p "
      "class=\"note\">The cluster browser needs JavaScript; clusters.csv and "
      "report.xlsx hold the same clusters.</p></noscript>\n"
      "<div class=\"cluster-list\"></div>\n<button type=\"button\" "
      "class=\"more\" hidden>Show more</button>\n</div>\n</section>\n");
}

H DecisionsSection(const MergeResult& result) {
  H out = SectionStart("decisions", "Reviewers\u2019 decisions",
                       Counted(result.decisions.size(), "decision"));
  if (result.decisions.empty()) {
    return out +
           "<p class=\"empty\">No decisions file was used. Pass one with "
           "<code>merge --decisions FILE</code> to force statements together, "
           "keep them apart, or pin a wording.</p></section>\n";
  }
  out +=
      "<table class=\"data\"><thead><tr><th>Decision</th><th>Statements</th>"
      "<th>Pinned wording</th><th>Applied</th><th>Note</th><th>Source</th>"
      "</tr></thead>\n<tbody>\n";
  for (const AppliedDecision& d : result.decisions) {
    absl::StrAppend(
        &out, "<tr><td>", internal::DecisionKindName(d.kind),
        "</td><td class=\"mono\">", Esc(absl::StrJoin(d.statement_ids, ", ")),
        "</td><td>", Esc(d.text), "</td><td>",
        d.applied ? "\u2713 applied" : "\u2717 not applied", "</td><td>",
        Esc(d.note), "</td><td class=\"mono\">", Esc(d.source), "</td></tr>\n");
  }
  return out + "</tbody></table>\n</section>\n";
}

H WarningsSection(const MergeResult& result) {
  H out = SectionStart("warnings", "Warnings",
                       Counted(result.warnings.size(), "warning"));
  if (result.warnings.empty()) {
    return out + "<p class=\"empty\">No warnings.</p></section>\n";
  }
  out += "<ul class=\"warnings mono\">\n";
  for (const std::string& warning : result.warnings) {
    absl::StrAppend(&out, "<li>", Esc(warning), "</li>\n");
  }
  return out + "</ul>\n</section>\n";
}

// The data of the cluster browser. Statements are arrays to keep the page
// small: [ladder, track, level, section, text, file, line, id]; members are
// [statement, link (0 canonical, 1 same, 2 broader, 3 narrower), score,
// evidence].
Json BrowserData(const MergeResult& result) {
  Json statements = Json::array();
  for (size_t i = 0; i < result.statements.size(); ++i) {
    const Statement& s = result.statements[i];
    statements.push_back({result.statement_ladder[i], s.track, s.level,
                          s.section, s.text, s.file, s.line, s.id});
  }
  Json clusters = Json::array();
  for (const Cluster& cluster : result.clusters) {
    Json members = Json::array();
    for (const ClusterMember& m : cluster.members) {
      members.push_back({m.statement, static_cast<int>(m.link),
                         internal::RoundScore(m.score), m.evidence});
    }
    clusters.push_back({{"id", cluster.id},
                        {"text", cluster.canonical_text},
                        {"area", cluster.area},
                        {"cohesion", internal::RoundScore(cluster.cohesion)},
                        {"pinned", cluster.pinned},
                        {"ladders", cluster.ladders},
                        {"members", std::move(members)}});
  }
  Json areas = Json::array();
  for (const Area& area : result.areas) areas.push_back(area.name);
  return {{"ladders", result.ladders},
          {"areas", std::move(areas)},
          {"statements", std::move(statements)},
          {"clusters", std::move(clusters)}};
}

}  // namespace

std::string ReportHtml(const MergeResult& result,
                       const ReportOptions& options) {
  const MergeIndex index = internal::IndexMergeResult(result);
  return absl::StrCat(
      Head(result, options), Masthead(result, options),
      SummarySection(result, index), OverlapSection(result),
      GapsSection(result, index), LevelsSection(result),
      ClustersSection(result, index), DecisionsSection(result),
      WarningsSection(result),
      "</main>\n<footer class=\"wrap\">Generated by laddermerge. Every "
      "statement links back to its file and line; the same data is in "
      "clusters.json, gaps.json, levels.json and report.xlsx.</footer>\n"
      "<script type=\"application/json\" id=\"lm-data\">",
      internal::ScriptSafeJson(BrowserData(result)), "</script>\n<script>\n",
      AsAbsl(internal::ReportJs()), "</script>\n</body>\n</html>\n");
}

}  // namespace laddermerge
