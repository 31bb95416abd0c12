// Reading a table cell by cell, for GFM pipe tables and HTML <table>s alike.
// The reader fills a TableGrid; AddTable decides the table's orientation and
// reports each cell entry to the outline with its level, track and section.
//
//   TableGrid grid = ...;  // rows of cells, each cell split into entries
//   AddTable(grid, &outline);
//
// Orientation, tried in this order:
//   columns = levels  the header row names levels in at least two columns and
//                     half of them ("| | Engineer 1 | Engineer 2 |"): each cell
//                     belongs to its column's level; the first column holds
//                     row labels, which become the last section component;
//   rows = levels     the first (or second) cell of most rows names a level
//                     ("| M2 | Engineering Manager 1 | ...cells |"): leading
//                     columns of short labels (level code, title) are not
//                     statements, and each other cell takes its row's level
//                     and its column header as section;
//   no level axis     a first column of short labels beside longer cells
//                     ("|Responsibility|Growth Behaviors|") gives each row's
//                     section; a header naming a track ("Tech Lead (System)")
//                     sets the track of its column; otherwise a header
//                     becomes the section of its column.
// A table whose statement cells average fewer than three words (two in a
// table with a level axis, a ladder matrix by its shape) is a label table (a
// level index, a comparison of keywords, a map of titles) and gives no
// statements. Empty cells and placeholders ("N/A", "Same as L2") give
// nothing: ladders are cumulative, so an empty cell means "nothing new".
// Cells of a level axis are Carrier::kMatrix, others Carrier::kTable.
#ifndef LADDERMERGE_INGEST_INTERNAL_TABLE_LAYOUT_H_
#define LADDERMERGE_INGEST_INTERNAL_TABLE_LAYOUT_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

#include "ingest/ingest.h"
#include "ingest/internal/outline.h"

namespace laddermerge::internal {

// One statement-sized piece of a cell: a bullet, an <li>, a <p>- or
// <br>-separated line, or the whole cell.
struct CellEntry {
  std::string text;
  int line = 0;  // Text line, as Candidate::line.
  StatementKind kind = StatementKind::kItem;
};

struct TableCell {
  std::vector<CellEntry> entries;  // In reading order; may be empty.
};

struct TableRow {
  std::vector<TableCell> cells;
  bool is_header = false;  // A GFM header row, <thead> or all-<th> row.
};

struct TableGrid {
  std::vector<TableRow> rows;
};

// Splits a cell's text into entries at line breaks (the readers render <p>,
// <br> and <li> boundaries as '\n'). A line starting with a list marker is a
// kItem without its marker; other lines are kParagraph. All entries get
// `line`. Blank lines give nothing.
std::vector<CellEntry> SplitCellText(absl::string_view text, int line);

// Reports the statements of `table` to `outline` as described above.
// O(cells).
void AddTable(const TableGrid& table, DocumentOutline* outline);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_TABLE_LAYOUT_H_
