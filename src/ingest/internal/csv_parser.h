// An RFC 4180 record parser for CSV and TSV: fields separated by a
// delimiter, records by line breaks; a field in double quotes may hold
// delimiters, line breaks and doubled quotes ("" for ").
//
//   LM_ASSIGN_OR_RETURN(std::vector<CsvRecord> records,
//                       ParseDelimitedRecords(source, ','));
//   records[1].fields[2].text  // the cell, quotes removed
//   records[1].fields[2].line  // the file line where the cell starts
//
// Leniency, chosen for files exported by spreadsheets: a quote inside an
// unquoted field is kept as text, and blank lines are skipped. Strictness:
// text after a closing quote and an unterminated quoted field are errors.
#ifndef LADDERMERGE_INGEST_INTERNAL_CSV_PARSER_H_
#define LADDERMERGE_INGEST_INTERNAL_CSV_PARSER_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"

#include "ingest/internal/reader.h"

namespace laddermerge::internal {

struct CsvField {
  std::string text;  // Unquoted; line breaks inside are '\n'.
  int line = 0;      // File line of the field's first character.
};

struct CsvRecord {
  std::vector<CsvField> fields;
  int line = 0;  // File line where the record starts.
};

// Splits `source.text` (already '\n'-normalized) into records. Errors,
// InvalidArgument: "file:L: unterminated quoted field" with L the line where
// the field's opening quote is; "file:L: text after the closing quote of a
// field". O(n) time and memory in the text, whatever the number of columns
// or the size of a cell.
absl::StatusOr<std::vector<CsvRecord>> ParseDelimitedRecords(
    const SourceFile& source, char delimiter);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_CSV_PARSER_H_
