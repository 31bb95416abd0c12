// The spreadsheet views of a MergeResult as plain tables, independent of the
// file format: the CSV writer and the workbook writer render the same tables,
// so clusters.csv and the workbook's Clusters sheet never disagree.
//
//   const Table table = GapsTable(result);
//   for (const Column& c : table.columns) Header(c.header, c.width);
//   for (const std::vector<Cell>& row : table.rows) Row(row);
//
// Headers are words a People team reads ("Canonical wording", "Held by"),
// not identifiers. Text cells hold text as written in the ladders (not yet
// escaped); number cells hold unrounded values.
#ifndef LADDERMERGE_REPORT_INTERNAL_TABLES_H_
#define LADDERMERGE_REPORT_INTERNAL_TABLES_H_

#include <string>
#include <variant>
#include <vector>

#include "common/ladder.h"
#include "consolidate/consolidate.h"
#include "match/match.h"
#include "report/internal/merge_index.h"

namespace laddermerge::internal {

enum class ColumnKind {
  kText,      // Names, ids, levels: short text.
  kLongText,  // Statements and notes: wrapped in the workbook.
  kInteger,   // Counts and line numbers.
  kScore,     // Similarity or confidence in [0, 1]; 2 decimals shown.
  kFraction,  // A share in [0, 1]; shown as a percentage in the workbook.
};

struct Column {
  std::string header;
  ColumnKind kind = ColumnKind::kText;
  double width = 14;  // Display width in characters, for the workbook.
};

// Empty, text, or number.
using Cell = std::variant<std::monostate, std::string, double>;

struct Table {
  std::string title;  // Shown above the table in the workbook; may be "".
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;  // Each row has columns.size() cells.
};

// The table as CSV: RFC 4180, UTF-8 with a byte order mark, CRLF line ends
// (what spreadsheets open by double click).
std::string TableCsv(const Table& table);

// The table as a GitHub-flavoured Markdown pipe table, cells escaped.
std::string TableMarkdown(const Table& table);

// One row per statement: id, ladder, track, level, section, text, file,
// line. O(statements).
Table StatementsTable(const Corpus& corpus);

// One row per kept match: both statements' ids, ladders, levels and texts,
// and the score. O(matches).
Table MatchesTable(const Corpus& corpus, const TopMatches& matches);

// One row per cluster member, clusters in output order, canonical member
// first. O(statements).
Table ClustersTable(const MergeResult& result);

// One row per gap, ladder by ladder, each grouped by area with the most
// widely shared first (the model's order, as in gaps.md). O(gaps).
Table GapsTable(const MergeResult& result);

// overlap.csv: columns View, Row, then one per ladder. "Overlap" rows (one
// per ladder): the share of the row ladder's statements with a counterpart in
// the column ladder. "Area coverage" rows (one per area): the share of the
// area's multi-ladder clusters in which the column ladder has a member.
Table OverlapTable(const MergeResult& result);

// The overlap matrix alone: Ladder, then one column per ladder.
Table OverlapMatrixTable(const MergeResult& result);

// Per area: Area, Clusters shared by 2+ ladders, then coverage per ladder.
Table AreaCoverageTable(const MergeResult& result);

// Headline counts as Item / Value rows.
Table OverviewTable(const MergeResult& result, const MergeIndex& index);

// Per ladder: statements, shared, only here, share shared, gaps.
Table LaddersTable(const MergeResult& result, const MergeIndex& index);

// One row per level pair of every alignment.
Table LevelsTable(const MergeResult& result);

// One row per level shift.
Table LevelShiftsTable(const MergeResult& result);

// The proposed framework, one row per expectation.
Table FrameworkTable(const MergeResult& result);

// Applied (and rejected) decisions from the decisions file.
Table DecisionsTable(const MergeResult& result);

// One row per warning.
Table WarningsTable(const MergeResult& result);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_REPORT_INTERNAL_TABLES_H_
