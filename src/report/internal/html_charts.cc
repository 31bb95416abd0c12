#include "report/internal/html_charts.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"

#include "report/internal/escape.h"
#include "report/internal/merge_index.h"

namespace laddermerge::internal {
namespace {

using H = std::string;  // HTML text, already escaped.

H Esc(absl::string_view text) { return HtmlEscape(text); }

std::string Num(double value) { return FormatDecimal(value, 1); }

size_t CodePoints(absl::string_view text) {
  size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Heatmap geometry, in SVG user units.
constexpr double kCellWidth = 92;
constexpr double kCellHeight = 50;
constexpr size_t kHeatLabelChars = 22;  // Longer ladder names are cut.
constexpr size_t kHeatFlatChars = 11;   // Longest name that fits a cell.

H HeatCell(const MergeResult& result, size_t i, size_t j, double x, double y) {
  const bool diagonal = i == j;
  const std::vector<float>& row = result.overlap.shared[i];
  const double value = j < row.size() ? row[j] : 0;
  const std::string fill = diagonal ? "#eceff3" : RampColor(value);
  const std::string title =
      diagonal ? absl::StrCat(result.ladders[i], " (same ladder)")
               : absl::StrCat(FormatPercent(value), " of ", result.ladders[i],
                              "\u2019s statements have a counterpart in ",
                              result.ladders[j]);
  const bool dark = !diagonal && value > 0.6;
  return absl::StrCat(
      "<g><rect class=\"heat-cell\" x=\"", Num(x), "\" y=\"", Num(y),
      "\" width=\"", Num(kCellWidth), "\" height=\"", Num(kCellHeight),
      "\" rx=\"4\" fill=\"", fill, "\"><title>", Esc(title),
      "</title></rect><text class=\"heat-value", dark ? " dark" : "", "\" x=\"",
      Num(x + kCellWidth / 2), "\" y=\"", Num(y + kCellHeight / 2 + 5),
      "\" text-anchor=\"middle\">", diagonal ? "\u2014" : FormatPercent(value),
      "</text></g>\n");
}

H HeatLegend(double x, double y) {
  const double width = 200;
  return absl::StrCat("<defs><linearGradient id=\"heat-ramp\">",
                      "<stop offset=\"0\" stop-color=\"", RampColor(0), "\"/>",
                      "<stop offset=\"0.5\" stop-color=\"", RampColor(0.5),
                      "\"/>", "<stop offset=\"1\" stop-color=\"", RampColor(1),
                      "\"/>", "</linearGradient></defs>\n<rect x=\"", Num(x),
                      "\" y=\"", Num(y), "\" width=\"", Num(width),
                      "\" height=\"10\" rx=\"3\" fill=\"url(#heat-ramp)\"/>\n",
                      "<text class=\"axis-note\" x=\"", Num(x), "\" y=\"",
                      Num(y + 24), "\">0%</text><text class=\"axis-note\" x=\"",
                      Num(x + width), "\" y=\"", Num(y + 24),
                      "\" text-anchor=\"end\">100%</text>\n");
}

// Level chart geometry.
constexpr double kBoxWidth = 178;
constexpr double kBoxHeight = 26;
constexpr double kRowHeight = 34;
constexpr double kGutter = 164;
constexpr double kLevelTop = 30;
constexpr size_t kLevelChars = 26;

double LevelY(size_t index) { return kLevelTop + index * kRowHeight; }

H LevelBox(absl::string_view name, double x, double y, bool none) {
  return absl::StrCat("<g><rect class=\"level-box", none ? " none" : "",
                      "\" x=\"", Num(x), "\" y=\"", Num(y), "\" width=\"",
                      Num(kBoxWidth), "\" height=\"", Num(kBoxHeight),
                      "\" rx=\"5\"><title>", Esc(name),
                      none ? " (no counterpart)" : "",
                      "</title></rect><text class=\"level-text\" x=\"",
                      Num(x + 9), "\" y=\"", Num(y + kBoxHeight / 2 + 4.5),
                      "\">", Esc(Truncate(name, kLevelChars)), "</text></g>\n");
}

H LinkPath(const LevelAlignment& a, const LevelPair& pair, size_t from,
           size_t to, bool span, const MergeResult& result) {
  const double x1 = kBoxWidth;
  const double x2 = kBoxWidth + kGutter;
  const double y1 = LevelY(from) + kBoxHeight / 2;
  const double y2 = LevelY(to) + kBoxHeight / 2;
  const double width = 1.5 + 7 * std::clamp<double>(pair.score, 0, 1);
  const double opacity = 0.35 + 0.6 * std::clamp<double>(pair.confidence, 0, 1);
  const std::string title = absl::StrCat(
      result.ladders[a.ladder_a], " ", pair.level_a,
      span ? " also spans " : " \u2194 ", result.ladders[a.ladder_b], " ",
      a.levels_b[to], ": similarity ", FormatScore(pair.score), ", confidence ",
      FormatScore(pair.confidence));
  H out = absl::StrCat(
      "<path class=\"link-path", span ? " span" : "", "\" d=\"M", Num(x1), " ",
      Num(y1), " C", Num(x1 + kGutter / 2), " ", Num(y1), " ",
      Num(x2 - kGutter / 2), " ", Num(y2), " ", Num(x2), " ", Num(y2),
      "\" stroke-width=\"", Num(width), "\" stroke-opacity=\"",
      FormatDecimal(opacity, 2), "\"><title>", Esc(title), "</title></path>\n");
  if (!span) {
    absl::StrAppend(&out, "<text class=\"link-score\" x=\"", Num((x1 + x2) / 2),
                    "\" y=\"", Num((y1 + y2) / 2 + 4),
                    "\" text-anchor=\"middle\">", FormatScore(pair.score),
                    "</text>\n");
  }
  return out;
}

int IndexOf(const std::vector<std::string>& names, const std::string& name) {
  const auto it = std::find(names.begin(), names.end(), name);
  return it == names.end() ? -1 : static_cast<int>(it - names.begin());
}

// The lines of every pair of `a`; marks which levels got one.
H LevelLinks(const MergeResult& result, const LevelAlignment& a,
             std::vector<bool>* a_paired, std::vector<bool>* b_reached) {
  H out;
  for (const LevelPair& pair : a.pairs) {
    const int from = IndexOf(a.levels_a, pair.level_a);
    const int to = IndexOf(a.levels_b, pair.level_b);
    if (from < 0 || to < 0) continue;
    (*a_paired)[from] = true;
    (*b_reached)[to] = true;
    out += LinkPath(a, pair, from, to, false, result);
    for (const std::string& also : pair.also_b) {
      const int extra = IndexOf(a.levels_b, also);
      if (extra < 0) continue;
      (*b_reached)[extra] = true;
      out += LinkPath(a, pair, from, extra, true, result);
    }
  }
  return out;
}

// "northwind · ic", or just the ladder without a track.
std::string SideName(const MergeResult& result, uint32_t ladder,
                     const std::string& track) {
  if (track.empty()) return result.ladders[ladder];
  return absl::StrCat(result.ladders[ladder], " \u00B7 ", track);
}

// Ladder `i`'s bar for area `a`, or a dash when the area has no shared
// clusters (or no coverage was computed).
H CoverageCell(const MergeResult& result, size_t a, size_t i, size_t shared) {
  const auto& coverage = result.overlap.area_coverage;
  if (shared == 0 || a >= coverage.size() || i >= coverage[a].size()) {
    return "<td class=\"bar-cell\"><span "
           "class=\"bar-label\">\u2014</span></td>";
  }
  const double value = std::clamp<double>(coverage[a][i], 0, 1);
  return absl::StrCat(
      "<td class=\"bar-cell ladder-", i,
      "\"><div class=\"bar\" role=\"img\" aria-label=\"",
      Esc(absl::StrCat(result.ladders[i], ": ", FormatPercent(value), " of ",
                       result.areas[a].name)),
      "\"><span style=\"width:", FormatDecimal(value * 100, 1),
      "%\"></span></div><span class=\"bar-label\">", FormatPercent(value),
      "</span></td>");
}

}  // namespace

std::string RampColor(double fraction) {
  static constexpr std::array<std::array<int, 3>, 5> kStops = {{
      {242, 247, 252},
      {203, 223, 241},
      {143, 190, 224},
      {76, 144, 198},
      {28, 88, 150},
  }};
  const double t =
      std::clamp(std::isfinite(fraction) ? fraction : 0, 0.0, 1.0) *
      (kStops.size() - 1);
  const size_t low =
      std::min<size_t>(static_cast<size_t>(t), kStops.size() - 2);
  const double mix = t - low;
  std::string out = "#";
  for (int k = 0; k < 3; ++k) {
    const double v =
        kStops[low][k] + (kStops[low + 1][k] - kStops[low][k]) * mix;
    absl::StrAppendFormat(&out, "%02x", static_cast<int>(std::lround(v)));
  }
  return out;
}

std::string Truncate(absl::string_view text, size_t max_chars) {
  if (CodePoints(text) <= max_chars) return std::string(text);
  size_t seen = 0;
  size_t cut = 0;
  for (; cut < text.size(); ++cut) {
    const bool lead = (static_cast<unsigned char>(text[cut]) & 0xC0) != 0x80;
    if (lead && ++seen == max_chars) break;
  }
  return absl::StrCat(text.substr(0, cut), "\u2026");
}

std::string OverlapHeatmapSvg(const MergeResult& result) {
  const size_t n =
      std::min(result.ladders.size(), result.overlap.shared.size());
  size_t longest = 4;
  for (size_t i = 0; i < n; ++i) {
    longest = std::max(longest, CodePoints(result.ladders[i]));
  }
  const size_t label_chars = std::min<size_t>(longest, kHeatLabelChars);
  // Column labels that do not fit a cell are slanted upwards.
  const bool slanted = label_chars > kHeatFlatChars;
  const double top = slanted ? 34 + 4.2 * label_chars : 58;
  const double left = 24 + 7.6 * label_chars;
  const double width = left + n * kCellWidth + (slanted ? 60 : 8);
  const double height = top + n * kCellHeight + 50;
  H out = absl::StrCat(
      "<svg class=\"heatmap\" viewBox=\"0 0 ", Num(width), " ", Num(height),
      "\" width=\"", Num(width), "\" height=\"", Num(height),
      "\" role=\"img\" aria-labelledby=\"heat-title\">\n",
      "<title id=\"heat-title\">Overlap between ladders: share of each row "
      "ladder\u2019s statements that have a counterpart in the column "
      "ladder</title>\n<text class=\"axis-note\" x=\"",
      Num(left), "\" y=\"16\">", "has a counterpart in \u2192</text>\n");
  for (size_t j = 0; j < n; ++j) {
    const double x = left + j * kCellWidth + kCellWidth / 2;
    const double y = top - 10;
    absl::StrAppend(
        &out, "<text class=\"axis-label\" x=\"", Num(x), "\" y=\"", Num(y),
        slanted ? absl::StrCat("\" transform=\"rotate(-35 ", Num(x), " ",
                               Num(y), ")\" text-anchor=\"start\">")
                : std::string("\" text-anchor=\"middle\">"),
        Esc(Truncate(result.ladders[j], kHeatLabelChars)), "<title>",
        Esc(result.ladders[j]), "</title></text>\n");
  }
  for (size_t i = 0; i < n; ++i) {
    const double y = top + i * kCellHeight;
    absl::StrAppend(
        &out, "<text class=\"axis-label\" x=\"", Num(left - 10), "\" y=\"",
        Num(y + kCellHeight / 2 + 5), "\" text-anchor=\"end\">",
        Esc(Truncate(result.ladders[i], kHeatLabelChars)), "</text>\n");
    for (size_t j = 0; j < n; ++j) {
      out += HeatCell(result, i, j, left + j * kCellWidth, y);
    }
  }
  out += HeatLegend(left, top + n * kCellHeight + 16);
  out += "</svg>\n";
  return out;
}

std::string AreaCoverageHtml(const MergeResult& result) {
  H out =
      "<table class=\"data coverage\"><thead><tr><th>Area</th>"
      "<th class=\"num\">Shared clusters</th>";
  for (size_t i = 0; i < result.ladders.size(); ++i) {
    absl::StrAppend(&out, "<th><span class=\"ladder-name ladder-", i,
                    "\"><span class=\"swatch\"></span>", Esc(result.ladders[i]),
                    "</span></th>");
  }
  out += "</tr></thead>\n<tbody>\n";
  for (size_t a = 0; a < result.areas.size(); ++a) {
    const Area& area = result.areas[a];
    size_t shared = 0;
    for (const int c : area.clusters) {
      shared += result.clusters[c].ladders.size() > 1;
    }
    absl::StrAppend(&out, "<tr><td class=\"area\">", Esc(area.name));
    if (!area.top_terms.empty()) {
      const size_t n = std::min<size_t>(4, area.top_terms.size());
      absl::StrAppend(&out, "<div class=\"bar-label\">",
                      Esc(absl::StrJoin(area.top_terms.begin(),
                                        area.top_terms.begin() + n, ", ")),
                      "</div>");
    }
    absl::StrAppend(&out, "</td><td class=\"num\">", shared, "</td>");
    for (size_t i = 0; i < result.ladders.size(); ++i) {
      out += CoverageCell(result, a, i, shared);
    }
    out += "</tr>\n";
  }
  out += "</tbody></table>\n";
  return out;
}

std::string LevelAlignmentCard(const MergeResult& result,
                               const LevelAlignment& a) {
  const std::string side_a = SideName(result, a.ladder_a, a.track_a);
  const std::string side_b = SideName(result, a.ladder_b, a.track_b);
  const double width = 2 * kBoxWidth + kGutter;
  const double height =
      LevelY(std::max(a.levels_a.size(), a.levels_b.size())) + 4;
  H out = absl::StrCat(
      "<div class=\"align-card\"><h3>", Esc(side_a), " \u2194 ", Esc(side_b),
      "</h3>\n<svg class=\"level-chart\" viewBox=\"0 0 ", Num(width), " ",
      Num(height), "\" width=\"", Num(width), "\" height=\"", Num(height),
      "\" role=\"img\" aria-label=\"",
      Esc(absl::StrCat("Level correspondence between ", side_a, " and ",
                       side_b)),
      "\">\n<text class=\"level-head\" x=\"0\" y=\"16\">",
      Esc(Truncate(side_a, 28)), "</text><text class=\"level-head\" x=\"",
      Num(width), "\" y=\"16\" text-anchor=\"end\">", Esc(Truncate(side_b, 28)),
      "</text>\n");
  std::vector<bool> a_paired(a.levels_a.size(), false);
  std::vector<bool> b_reached(a.levels_b.size(), false);
  out += LevelLinks(result, a, &a_paired, &b_reached);
  for (size_t i = 0; i < a.levels_a.size(); ++i) {
    out += LevelBox(a.levels_a[i], 0, LevelY(i), !a_paired[i]);
    if (!a_paired[i]) {
      absl::StrAppend(&out, "<text class=\"no-counterpart\" x=\"",
                      Num(kBoxWidth + 10), "\" y=\"",
                      Num(LevelY(i) + kBoxHeight / 2 + 4),
                      "\">no counterpart</text>\n");
    }
  }
  for (size_t j = 0; j < a.levels_b.size(); ++j) {
    out +=
        LevelBox(a.levels_b[j], kBoxWidth + kGutter, LevelY(j), !b_reached[j]);
  }
  out += "</svg></div>\n";
  return out;
}

std::string LevelShiftsHtml(const MergeResult& result) {
  if (result.level_shifts.empty()) return "";
  H out = "<ul class=\"shifts\">\n";
  for (const LevelShift& shift : result.level_shifts) {
    const std::string& id = result.clusters[shift.cluster].id;
    absl::StrAppend(&out, "<li>", Esc(LevelShiftSentence(result, shift)),
                    " <a href=\"#cluster-browser\" data-show-cluster=\"",
                    Esc(id), "\">", Esc(id), "</a></li>\n");
  }
  out += "</ul>\n";
  return out;
}

}  // namespace laddermerge::internal
