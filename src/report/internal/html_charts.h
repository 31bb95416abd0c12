// The charts of report.html, rendered on the server side as inline SVG and
// HTML: they need no script, print as they show, and are readable without
// colour (every cell and bar carries its number, every shape a <title>).
//
//   out += OverlapHeatmapSvg(result);
//   for (const LevelAlignment& a : result.levels)
//     out += LevelAlignmentCard(result, a);
//
// All text from the ladders is HTML-escaped. Deterministic.
#ifndef LADDERMERGE_REPORT_INTERNAL_HTML_CHARTS_H_
#define LADDERMERGE_REPORT_INTERNAL_HTML_CHARTS_H_

#include <string>

#include "absl/strings/string_view.h"

#include "consolidate/consolidate.h"

namespace laddermerge::internal {

// The colour of `fraction` (clamped to [0, 1]) on the report's sequential
// blue ramp, as "#rrggbb": light for 0, dark for 1.
std::string RampColor(double fraction);

// `text` cut to at most `max_chars` code points, with "…" when cut.
std::string Truncate(absl::string_view text, size_t max_chars);

// The ladder x ladder overlap as an SVG heatmap: one <rect class="heat-cell">
// per pair (diagonal in grey), the percentage written in each cell, a legend.
std::string OverlapHeatmapSvg(const MergeResult& result);

// Per area, one bar per ladder: the share of the area's multi-ladder
// clusters in which that ladder has a statement. An HTML table.
std::string AreaCoverageHtml(const MergeResult& result);

// One card with an SVG: the levels of ladder A on the left, of ladder B on
// the right, a line for every mapped pair (thicker = more similar, fainter =
// less certain, dashed = a further level the A level spans) labelled with
// its score, and dashed boxes for levels without a counterpart.
std::string LevelAlignmentCard(const MergeResult& result,
                               const LevelAlignment& alignment);

// The level shifts as a list of callouts, each linking to its cluster.
std::string LevelShiftsHtml(const MergeResult& result);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_REPORT_INTERNAL_HTML_CHARTS_H_
