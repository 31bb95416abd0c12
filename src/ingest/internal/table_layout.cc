#include "ingest/internal/table_layout.h"

#include <optional>
#include <utility>

#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

#include "ingest/internal/level_names.h"
#include "ingest/internal/markup_text.h"

namespace laddermerge::internal {
namespace {

// Statement cells must average this many words, or the table holds labels.
// A matrix with a level axis is a ladder by its shape, so its terse cells
// ("Designs systems") are statements; keyword tables still average less.
constexpr double kMinMeanWords = 3.0;
constexpr double kMinMeanWordsOnLevelAxis = 2.0;
// Longest text that still counts as a row label.
constexpr int kMaxLabelWords = 8;

enum class Axis { kNone, kColumns, kRows };

struct Layout {
  size_t header_row = 0;  // The header that names the columns' levels.
  size_t first_body_row = 0;
  size_t num_columns = 0;
  Axis axis = Axis::kNone;
  std::vector<std::optional<LevelName>> column_levels;  // By column.
  std::vector<std::optional<LevelName>> row_levels;     // By row.
  std::vector<bool> label_column;                       // By column.
};

const TableCell* CellAt(const TableGrid& t, size_t row, size_t column) {
  const std::vector<TableCell>& cells = t.rows[row].cells;
  return column < cells.size() ? &cells[column] : nullptr;
}

std::string CellText(const TableCell* cell) {
  if (cell == nullptr) return "";
  std::vector<absl::string_view> parts;
  for (const CellEntry& e : cell->entries) {
    if (!IsPlaceholder(e.text)) parts.push_back(TrimSpace(e.text));
  }
  return absl::StrJoin(parts, " ");
}

bool IsLabelCell(const TableCell* cell, int max_words) {
  if (cell == nullptr || CellText(cell).empty()) return true;  // Empty is fine.
  return cell->entries.size() == 1 &&
         IsLabelLike(cell->entries[0].text, max_words);
}

std::optional<LevelName> LevelOf(
    const TableCell* cell, PhraseContext context = PhraseContext::kTitle) {
  std::optional<LevelName> name = ParseLevelName(CellText(cell), context);
  if (name.has_value() && name->level.empty()) return std::nullopt;
  return name;
}

bool HasHeader(const TableGrid& t) {
  if (t.rows[0].is_header) return true;
  if (t.rows.size() < 2) return false;
  for (const TableCell& cell : t.rows[0].cells) {
    if (!IsLabelCell(&cell, kMaxLabelWords)) return false;
  }
  return true;
}

// How many of the columns after the first name levels in `row`.
int LevelColumns(const TableGrid& t, const Layout& layout, size_t row) {
  int levels = 0;
  for (size_t j = 1; j < layout.num_columns; ++j) {
    levels += LevelOf(CellAt(t, row, j)).has_value();
  }
  return levels;
}

// A header of two rows, tracks over levels ("Individual Contributor"
// spanning "Engineer I | Engineer II"): the levels' row is the header, and
// the row above gives each column's track.
void TakeTwoRowHeader(const TableGrid& t, Layout* layout) {
  if (layout->first_body_row != 1 || t.rows.size() < 3) return;
  for (const TableCell& cell : t.rows[1].cells) {
    if (!IsLabelCell(&cell, kMaxLabelWords)) return;
  }
  if (LevelColumns(t, *layout, 0) >= 2 || LevelColumns(t, *layout, 1) < 2) {
    return;
  }
  layout->header_row = 1;
  layout->first_body_row = 2;
}

bool TryColumnAxis(const TableGrid& t, Layout* layout) {
  if (layout->first_body_row == 0) return false;
  int levels = 0;
  layout->column_levels.assign(layout->num_columns, std::nullopt);
  for (size_t j = 1; j < layout->num_columns; ++j) {
    // Under a row of tracks, a bare role ("Engineering Manager") is a
    // level, as in a heading.
    layout->column_levels[j] =
        LevelOf(CellAt(t, layout->header_row, j), layout->header_row > 0
                                                      ? PhraseContext::kHeading
                                                      : PhraseContext::kTitle);
    if (!layout->column_levels[j].has_value()) continue;
    ++levels;
    if (layout->header_row > 0 && layout->column_levels[j]->track.empty()) {
      const std::optional<LevelName> above =
          ParseLevelName(CellText(CellAt(t, layout->header_row - 1, j)),
                         PhraseContext::kTitle);
      if (above.has_value() && above->level.empty()) {
        layout->column_levels[j]->track = above->track;
      }
    }
  }
  const int others = static_cast<int>(layout->num_columns) - 1;
  if (levels < 2 || 2 * levels < others) return false;
  layout->axis = Axis::kColumns;
  layout->label_column.assign(layout->num_columns, false);
  layout->label_column[0] = !layout->column_levels[0].has_value();
  for (size_t j = 1; j < layout->num_columns; ++j) {
    if (!layout->column_levels[j].has_value()) layout->label_column[j] = true;
  }
  return true;
}

bool TryRowAxis(const TableGrid& t, Layout* layout) {
  int levels = 0;
  int rows = 0;
  size_t last_level_column = 0;
  layout->row_levels.assign(t.rows.size(), std::nullopt);
  for (size_t r = layout->first_body_row; r < t.rows.size(); ++r) {
    if (CellText(CellAt(t, r, 0)).empty() &&
        CellText(CellAt(t, r, 1)).empty()) {
      continue;
    }
    ++rows;
    std::optional<LevelName> name = LevelOf(CellAt(t, r, 0));
    if (!name.has_value() && (name = LevelOf(CellAt(t, r, 1)))) {
      last_level_column = 1;
    }
    if (name.has_value()) ++levels;
    layout->row_levels[r] = std::move(name);
  }
  if (levels < 2 || 5 * levels < 3 * rows) return false;
  layout->axis = Axis::kRows;
  layout->label_column.assign(layout->num_columns, false);
  for (size_t j = 0; j <= last_level_column; ++j) {
    layout->label_column[j] = true;
  }
  return true;
}

double MeanWords(const TableGrid& t, const Layout& layout, size_t column,
                 int* multi_entry_cells) {
  int words = 0;
  int entries = 0;
  for (size_t r = layout.first_body_row; r < t.rows.size(); ++r) {
    const TableCell* cell = CellAt(t, r, column);
    if (cell == nullptr) continue;
    if (cell->entries.size() > 1) ++*multi_entry_cells;
    for (const CellEntry& e : cell->entries) {
      if (IsPlaceholder(e.text)) continue;
      words += CountWords(e.text);
      ++entries;
    }
  }
  return entries == 0 ? 0.0 : static_cast<double>(words) / entries;
}

// Without a level axis: is the first column a column of row labels?
void PlanWithoutAxis(const TableGrid& t, Layout* layout) {
  layout->label_column.assign(layout->num_columns, false);
  if (layout->num_columns < 2) return;
  for (size_t r = layout->first_body_row; r < t.rows.size(); ++r) {
    if (!IsLabelCell(CellAt(t, r, 0), kMaxLabelWords)) return;
  }
  int multi = 0;
  const double first = MeanWords(t, *layout, 0, &multi);
  multi = 0;
  double others = 0;
  for (size_t j = 1; j < layout->num_columns; ++j) {
    others += MeanWords(t, *layout, j, &multi);
  }
  others /= static_cast<double>(layout->num_columns - 1);
  layout->label_column[0] = multi > 0 || others >= 2 * first;
}

// A column whose cells all name levels (a title column beside level codes)
// labels its rows; it holds no statements.
void MarkLevelNameColumns(const TableGrid& t, Layout* layout) {
  for (size_t j = 0; j < layout->num_columns; ++j) {
    bool all_levels = true;
    bool any = false;
    for (size_t r = layout->first_body_row; r < t.rows.size() && all_levels;
         ++r) {
      const TableCell* cell = CellAt(t, r, j);
      if (CellText(cell).empty()) continue;
      any = true;
      all_levels =
          IsLabelCell(cell, kMaxLabelWords) && LevelOf(cell).has_value();
    }
    if (any && all_levels) layout->label_column[j] = true;
  }
}

Layout Plan(const TableGrid& t) {
  Layout layout;
  for (const TableRow& row : t.rows) {
    layout.num_columns = std::max(layout.num_columns, row.cells.size());
  }
  layout.first_body_row = HasHeader(t) ? 1 : 0;
  TakeTwoRowHeader(t, &layout);
  layout.row_levels.assign(t.rows.size(), std::nullopt);
  if (!TryColumnAxis(t, &layout) && !TryRowAxis(t, &layout)) {
    PlanWithoutAxis(t, &layout);
  }
  MarkLevelNameColumns(t, &layout);
  return layout;
}

double StatementMeanWords(const TableGrid& t, const Layout& layout) {
  double sum = 0;
  int columns = 0;
  int multi = 0;
  for (size_t j = 0; j < layout.num_columns; ++j) {
    if (layout.label_column[j]) continue;
    const double mean = MeanWords(t, layout, j, &multi);
    if (mean > 0) {
      sum += mean;
      ++columns;
    }
  }
  return columns == 0 ? 0.0 : sum / columns;
}

// The row's leading label cells, outermost first ("Technical > Code").
std::string RowLabel(const TableGrid& t, const Layout& layout, size_t row) {
  if (layout.axis == Axis::kRows) return "";
  std::vector<std::string> labels;
  for (size_t j = 0; j < layout.num_columns && layout.label_column[j]; ++j) {
    std::string label = CleanSectionName(CellText(CellAt(t, row, j)));
    if (!label.empty()) labels.push_back(std::move(label));
  }
  return absl::StrJoin(labels, " > ");
}

// Level, track and section of the cells of one column in one row.
Candidate CellContext(const TableGrid& t, const Layout& layout, size_t row,
                      size_t column, int statement_columns) {
  Candidate c;
  c.carrier = layout.axis == Axis::kNone ? Carrier::kTable : Carrier::kMatrix;
  const std::string header =
      layout.first_body_row > 0
          ? CleanSectionName(CellText(CellAt(t, layout.header_row, column)))
          : "";
  const std::string row_label = RowLabel(t, layout, row);
  const std::optional<LevelName>& level = layout.axis == Axis::kColumns
                                              ? layout.column_levels[column]
                                              : layout.row_levels[row];
  if (level.has_value()) {
    c.level = level->level;
    c.track = level->track;
  }
  std::optional<LevelName> header_name =
      layout.axis == Axis::kNone ? ParseLevelName(header, PhraseContext::kTitle)
                                 : std::nullopt;
  if (header_name.has_value() && header_name->level.empty()) {
    c.track = header_name->track;
    c.label = row_label;
  } else if (layout.axis == Axis::kColumns) {
    c.label = row_label;
  } else if (row_label.empty() || statement_columns > 1) {
    c.label = row_label.empty() || header.empty()
                  ? row_label + header
                  : absl::StrCat(row_label, " > ", header);
  } else {
    c.label = row_label;
  }
  return c;
}

std::vector<LevelName> AxisLevels(const Layout& layout) {
  std::vector<LevelName> axis;
  const auto& levels =
      layout.axis == Axis::kColumns ? layout.column_levels : layout.row_levels;
  if (layout.axis == Axis::kNone) return axis;
  for (const std::optional<LevelName>& name : levels) {
    if (name.has_value()) axis.push_back(*name);
  }
  return axis;
}

}  // namespace

std::vector<CellEntry> SplitCellText(absl::string_view text, int line) {
  std::vector<CellEntry> entries;
  for (absl::string_view piece : absl::StrSplit(text, '\n')) {
    if (TrimSpace(piece).empty()) continue;
    const bool marked = HasListMarker(piece);
    entries.push_back(
        CellEntry{std::string(StripListMarker(piece)), line,
                  marked ? StatementKind::kItem : StatementKind::kParagraph});
  }
  return entries;
}

void AddTable(const TableGrid& table, DocumentOutline* outline) {
  if (table.rows.empty()) return;
  const Layout layout = Plan(table);
  const double min_words =
      layout.axis == Axis::kNone ? kMinMeanWords : kMinMeanWordsOnLevelAxis;
  if (StatementMeanWords(table, layout) < min_words) return;
  int statement_columns = 0;
  for (size_t j = 0; j < layout.num_columns; ++j) {
    if (!layout.label_column[j]) ++statement_columns;
  }
  std::vector<Candidate> candidates;
  for (size_t r = layout.first_body_row; r < table.rows.size(); ++r) {
    for (size_t j = 0; j < table.rows[r].cells.size(); ++j) {
      if (j < layout.num_columns && layout.label_column[j]) continue;
      const Candidate context =
          CellContext(table, layout, r, j, statement_columns);
      for (const CellEntry& entry : table.rows[r].cells[j].entries) {
        Candidate c = context;
        c.text = entry.text;
        c.line = entry.line;
        c.kind = entry.kind;
        candidates.push_back(std::move(c));
      }
    }
  }
  outline->AddGroup(std::move(candidates), AxisLevels(layout));
}

}  // namespace laddermerge::internal
