// overlap.csv, clusters.csv and gaps.csv: RFC 4180 with a UTF-8 byte order
// mark and CRLF line ends, the combination Excel opens correctly by double
// click (without the mark it reads UTF-8 as Windows-1252) and that
// LibreOffice, Google Sheets and Python's csv module (encoding="utf-8-sig")
// read too.
#include <string>
#include <variant>

#include "report/internal/escape.h"
#include "report/internal/merge_index.h"
#include "report/internal/tables.h"
#include "report/report.h"

namespace laddermerge {
namespace {

using internal::Cell;
using internal::ColumnKind;

constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";
constexpr char kLineEnd[] = "\r\n";

std::string CellCsv(const Cell& cell, ColumnKind kind) {
  if (const auto* text = std::get_if<std::string>(&cell)) {
    return internal::CsvField(internal::SpreadsheetText(*text));
  }
  if (const auto* number = std::get_if<double>(&cell)) {
    return internal::FormatDecimal(*number,
                                   kind == ColumnKind::kInteger ? 0 : 4);
  }
  return "";
}

}  // namespace

namespace internal {

std::string TableCsv(const Table& table) {
  std::string out = kByteOrderMark;
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (i > 0) out += ',';
    out +=
        internal::CsvField(internal::SpreadsheetText(table.columns[i].header));
  }
  out += kLineEnd;
  for (const std::vector<Cell>& row : table.rows) {
    for (size_t i = 0; i < table.columns.size(); ++i) {
      if (i > 0) out += ',';
      if (i < row.size()) out += CellCsv(row[i], table.columns[i].kind);
    }
    out += kLineEnd;
  }
  return out;
}

}  // namespace internal

namespace {
using internal::TableCsv;
}  // namespace

std::string OverlapCsv(const MergeResult& result) {
  internal::IndexMergeResult(result);
  return TableCsv(internal::OverlapTable(result));
}

std::string ClustersCsv(const MergeResult& result) {
  internal::IndexMergeResult(result);
  return TableCsv(internal::ClustersTable(result));
}

std::string GapsCsv(const MergeResult& result) {
  internal::IndexMergeResult(result);
  return TableCsv(internal::GapsTable(result));
}

}  // namespace laddermerge
