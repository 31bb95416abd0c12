// report.xlsx through libxlsxwriter. This is the only file that includes
// xlsxwriter.h: it renders the format-independent tables of
// internal/tables.h into a workbook, one sheet per view.
//
// libxlsxwriter 1.1.4 writes only to a named file, so the workbook goes to a
// scratch file that is read back and removed. Its output is byte-identical
// for the same input once the document's creation time is fixed (the zip
// entries carry a constant 1980-01-01 date).
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>
#include <variant>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include <unistd.h>
#include <xlsxwriter.h>

#include "common/status_macros.h"
#include "report/internal/escape.h"
#include "report/internal/merge_index.h"
#include "report/internal/tables.h"
#include "report/report.h"

namespace laddermerge {
namespace {

using internal::Cell;
using internal::ColumnKind;
using internal::Table;

// Excel's limit on the characters of one cell, less room for the ellipsis.
constexpr size_t kMaxCellBytes = 32000;

enum class Highlight { kNone, kColorScale, kDataBar };

struct SheetTable {
  Table table;
  Highlight highlight = Highlight::kNone;  // For the kFraction columns.
};

struct Sheet {
  std::string name;  // At most 31 characters, none of []:*?/\ .
  std::vector<SheetTable> tables;
  // Freeze the first table's header row and give it the autofilter.
  bool filter = true;
};

// Text as a cell accepts it: valid UTF-8, no control characters other than
// tab and line feed, at most kMaxCellBytes.
std::string CellText(const std::string& text) {
  std::string out = internal::SanitizeUtf8(text);
  for (char& c : out) {
    const unsigned char u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t' && c != '\n') || u == 0x7F) c = ' ';
  }
  if (out.size() > kMaxCellBytes) {
    size_t cut = kMaxCellBytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) {
      --cut;
    }
    out.resize(cut);
    out += "\u2026";
  }
  return out;
}

// Owns one lxw_workbook and remembers the first libxlsxwriter error.
// Not copyable: it owns the C workbook, which workbook_close() frees.
class Workbook {
 public:
  Workbook(const std::string& path, const std::string& temp_dir)
      : temp_dir_(temp_dir) {
    lxw_workbook_options options = {};
    options.tmpdir = temp_dir_.empty() ? nullptr : temp_dir_.data();
    workbook_ = workbook_new_opt(path.c_str(), &options);
    if (workbook_ == nullptr) Fail(LXW_ERROR_CREATING_XLSX_FILE);
    if (workbook_ != nullptr) AddFormats();
  }
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;
  ~Workbook() {
    if (workbook_ != nullptr) workbook_close(workbook_);
  }

  void SetProperties(const std::string& title, int64_t created);
  void AddSheet(const Sheet& sheet);

  // Writes the file; the first error of the whole workbook, if any.
  absl::Status Close() {
    if (workbook_ != nullptr) Fail(workbook_close(workbook_));
    workbook_ = nullptr;
    if (error_ == LXW_NO_ERROR) return absl::OkStatus();
    return absl::InternalError(
        absl::StrCat("report.xlsx:1: libxlsxwriter: ", lxw_strerror(error_)));
  }

 private:
  void Fail(lxw_error error) {
    if (error_ == LXW_NO_ERROR) error_ = error;
  }
  void AddFormats();
  lxw_format* FormatFor(ColumnKind kind) const;
  int WriteTable(lxw_worksheet* sheet, int row, const SheetTable& table);
  void WriteCell(lxw_worksheet* sheet, int row, int col, const Cell& cell,
                 ColumnKind kind);
  void HighlightFractions(lxw_worksheet* sheet, int first_row, int last_row,
                          const SheetTable& table);

  std::string temp_dir_;  // Outlives workbook_, which points into it.
  lxw_workbook* workbook_ = nullptr;
  lxw_error error_ = LXW_NO_ERROR;
  lxw_format* title_ = nullptr;
  lxw_format* header_ = nullptr;
  lxw_format* text_ = nullptr;
  lxw_format* long_text_ = nullptr;
  lxw_format* integer_ = nullptr;
  lxw_format* score_ = nullptr;
  lxw_format* fraction_ = nullptr;
};

void Workbook::AddFormats() {
  title_ = workbook_add_format(workbook_);
  format_set_bold(title_);
  format_set_font_size(title_, 13);
  header_ = workbook_add_format(workbook_);
  format_set_bold(header_);
  format_set_font_color(header_, LXW_COLOR_WHITE);
  format_set_bg_color(header_, 0x1F4E79);
  format_set_bottom(header_, LXW_BORDER_THIN);
  format_set_text_wrap(header_);
  format_set_align(header_, LXW_ALIGN_VERTICAL_TOP);
  const auto cell_format = [&](const char* number_format, bool wrap) {
    lxw_format* format = workbook_add_format(workbook_);
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    if (number_format != nullptr) format_set_num_format(format, number_format);
    if (wrap) format_set_text_wrap(format);
    return format;
  };
  text_ = cell_format(nullptr, false);
  long_text_ = cell_format(nullptr, true);
  integer_ = cell_format("0", false);
  score_ = cell_format("0.00", false);
  fraction_ = cell_format("0%", false);
}

lxw_format* Workbook::FormatFor(ColumnKind kind) const {
  switch (kind) {
    case ColumnKind::kText:
      return text_;
    case ColumnKind::kLongText:
      return long_text_;
    case ColumnKind::kInteger:
      return integer_;
    case ColumnKind::kScore:
      return score_;
    case ColumnKind::kFraction:
      return fraction_;
  }
  return text_;
}

void Workbook::SetProperties(const std::string& title, int64_t created) {
  if (workbook_ == nullptr) return;
  std::string title_text = CellText(title);
  std::string author = "laddermerge";
  lxw_doc_properties properties = {};
  properties.title = title_text.data();
  properties.author = author.data();
  properties.created = static_cast<time_t>(created);
  Fail(workbook_set_properties(workbook_, &properties));
}

void Workbook::WriteCell(lxw_worksheet* sheet, int row, int col,
                         const Cell& cell, ColumnKind kind) {
  lxw_format* format = FormatFor(kind);
  if (const auto* text = std::get_if<std::string>(&cell)) {
    Fail(worksheet_write_string(sheet, row, col, CellText(*text).c_str(),
                                format));
  } else if (const auto* number = std::get_if<double>(&cell)) {
    Fail(worksheet_write_number(sheet, row, col, *number, format));
  }
}

void Workbook::HighlightFractions(lxw_worksheet* sheet, int first_row,
                                  int last_row, const SheetTable& table) {
  if (table.highlight == Highlight::kNone || last_row < first_row) return;
  for (size_t col = 0; col < table.table.columns.size(); ++col) {
    if (table.table.columns[col].kind != ColumnKind::kFraction) continue;
    lxw_conditional_format rule = {};
    rule.min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    rule.min_value = 0;
    rule.max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    rule.max_value = 1;
    if (table.highlight == Highlight::kColorScale) {
      rule.type = LXW_CONDITIONAL_2_COLOR_SCALE;
      rule.min_color = 0xF7FBFF;
      rule.max_color = 0x4292C6;
    } else {
      rule.type = LXW_CONDITIONAL_DATA_BAR;
      rule.bar_color = 0x6BAED6;
      rule.bar_solid = LXW_TRUE;
    }
    Fail(worksheet_conditional_format_range(sheet, first_row, col, last_row,
                                            col, &rule));
  }
}

// Writes `table` from `row` on; returns the row after it.
int Workbook::WriteTable(lxw_worksheet* sheet, int row,
                         const SheetTable& table) {
  const Table& t = table.table;
  if (!t.title.empty()) {
    Fail(worksheet_write_string(sheet, row++, 0, CellText(t.title).c_str(),
                                title_));
  }
  for (size_t col = 0; col < t.columns.size(); ++col) {
    Fail(worksheet_write_string(
        sheet, row, col, CellText(t.columns[col].header).c_str(), header_));
  }
  const int first_data_row = ++row;
  for (const std::vector<Cell>& cells : t.rows) {
    for (size_t col = 0; col < t.columns.size() && col < cells.size(); ++col) {
      WriteCell(sheet, row, col, cells[col], t.columns[col].kind);
    }
    ++row;
  }
  HighlightFractions(sheet, first_data_row, row - 1, table);
  return row;
}

void Workbook::AddSheet(const Sheet& sheet) {
  if (workbook_ == nullptr) return;
  lxw_worksheet* worksheet =
      workbook_add_worksheet(workbook_, sheet.name.c_str());
  if (worksheet == nullptr) return Fail(LXW_ERROR_SHEETNAME_ALREADY_USED);
  std::vector<double> widths;
  for (const SheetTable& table : sheet.tables) {
    const std::vector<internal::Column>& columns = table.table.columns;
    if (widths.size() < columns.size()) widths.resize(columns.size(), 0);
    for (size_t i = 0; i < columns.size(); ++i) {
      widths[i] = std::max(widths[i], columns[i].width);
    }
  }
  for (size_t col = 0; col < widths.size(); ++col) {
    Fail(worksheet_set_column(worksheet, col, col, widths[col], nullptr));
  }
  int row = 0;
  for (size_t i = 0; i < sheet.tables.size(); ++i) {
    const Table& table = sheet.tables[i].table;
    const int header_row = row + (table.title.empty() ? 0 : 1);
    row = WriteTable(worksheet, row, sheet.tables[i]);
    // The first table's header stays in view and gets the sheet's only
    // autofilter.
    if (i == 0 && sheet.filter && !table.columns.empty()) {
      worksheet_freeze_panes(worksheet, header_row + 1, 0);
      Fail(worksheet_autofilter(worksheet, header_row, 0,
                                std::max(header_row, row - 1),
                                table.columns.size() - 1));
    }
    row += 2;
  }
}

std::vector<Sheet> Sheets(const MergeResult& result,
                          const internal::MergeIndex& index,
                          const ReportOptions& options) {
  Table overview = internal::OverviewTable(result, index);
  overview.title = options.title;
  Table ladders = internal::LaddersTable(result, index);
  ladders.title = "Ladders";
  Table decisions = internal::DecisionsTable(result);
  decisions.title = "Decisions from the decisions file";
  Table warnings = internal::WarningsTable(result);
  warnings.title = "Warnings";
  std::vector<Sheet> sheets;
  sheets.push_back({"Summary",
                    {{std::move(overview)},
                     {std::move(ladders), Highlight::kDataBar},
                     {std::move(decisions)},
                     {std::move(warnings)}},
                    /*filter=*/false});
  sheets.push_back(
      {"Overlap",
       {{internal::OverlapMatrixTable(result), Highlight::kColorScale},
        {internal::AreaCoverageTable(result), Highlight::kDataBar}}});
  sheets.push_back({"Gaps", {{internal::GapsTable(result)}}});
  sheets.push_back({"Clusters", {{internal::ClustersTable(result)}}});
  sheets.push_back({"Levels", {{internal::LevelsTable(result)}}});
  sheets.push_back({"Level shifts", {{internal::LevelShiftsTable(result)}}});
  sheets.push_back({"Framework", {{internal::FrameworkTable(result)}}});
  return sheets;
}

absl::StatusOr<std::string> ScratchPath(const std::string& temp_dir) {
  std::error_code ec;
  const std::string dir =
      temp_dir.empty() ? std::filesystem::temp_directory_path(ec).string()
                       : temp_dir;
  std::string path = absl::StrCat(dir, "/laddermerge-XXXXXX.xlsx");
  const int fd = ::mkstemps(path.data(), 5);
  if (ec || fd < 0) {
    const std::string message =
        absl::StrCat(dir, ":1: cannot create a scratch file for report.xlsx: ",
                     ec ? ec.message() : std::strerror(errno));
    return errno == ENOENT ? absl::NotFoundError(message)
                           : absl::PermissionDeniedError(message);
  }
  ::close(fd);
  return path;
}

std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace

absl::StatusOr<std::string> ReportXlsx(const MergeResult& result,
                                       const ReportOptions& options) {
  if (options.xlsx_created <= 0) {
    return absl::InvalidArgumentError(
        "report.xlsx:1: xlsx_created must be a positive Unix time");
  }
  const internal::MergeIndex index = internal::IndexMergeResult(result);
  LM_ASSIGN_OR_RETURN(const std::string path, ScratchPath(options.temp_dir));
  absl::Status status;
  {
    Workbook workbook(path, options.temp_dir);
    workbook.SetProperties(options.title, options.xlsx_created);
    for (const Sheet& sheet : Sheets(result, index, options)) {
      workbook.AddSheet(sheet);
    }
    status = workbook.Close();
  }
  std::string content = status.ok() ? ReadWholeFile(path) : "";
  std::remove(path.c_str());
  if (!status.ok()) return status;
  if (content.empty()) {
    return absl::InternalError("report.xlsx:1: the workbook came out empty");
  }
  return content;
}

}  // namespace laddermerge
