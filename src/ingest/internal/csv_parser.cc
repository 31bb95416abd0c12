#include "ingest/internal/csv_parser.h"

#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace laddermerge::internal {
namespace {

enum class State {
  kFieldStart,     // Nothing of the current field read yet.
  kUnquoted,       // Inside a field that did not start with a quote.
  kQuoted,         // Inside a quoted field.
  kQuoteInQuoted,  // Just read a quote inside a quoted field.
};

class RecordParser {
 public:
  RecordParser(const SourceFile& source, char delimiter)
      : source_(source), delimiter_(delimiter), line_(source.first_line) {}

  absl::StatusOr<std::vector<CsvRecord>> Run();

 private:
  absl::Status Step(char c);
  void Unquoted(char c);
  absl::Status AfterQuote(char c);
  void StartField(bool quoted) {
    field_.line = line_;
    if (record_.fields.empty()) record_.line = line_;
    state_ = quoted ? State::kQuoted : State::kUnquoted;
  }
  void EndField() {
    if (record_.fields.empty()) record_.line = field_.line;
    record_.fields.push_back(std::move(field_));
    field_ = CsvField{"", line_};
    state_ = State::kFieldStart;
  }
  void EndRecord() {
    EndField();
    // A blank line is one empty unquoted field: not a record.
    if (record_.fields.size() > 1 || !record_.fields[0].text.empty() ||
        quoted_in_record_) {
      records_.push_back(std::move(record_));
    }
    record_ = CsvRecord();
    quoted_in_record_ = false;
  }

  const SourceFile& source_;
  const char delimiter_;
  int line_;
  State state_ = State::kFieldStart;
  CsvField field_;
  CsvRecord record_;
  bool quoted_in_record_ = false;
  std::vector<CsvRecord> records_;
};

absl::Status RecordParser::Step(char c) {
  switch (state_) {
    case State::kFieldStart:
      if (c == '"') {
        StartField(true);
        quoted_in_record_ = true;
        return absl::OkStatus();
      }
      field_.line = line_;
      Unquoted(c);
      return absl::OkStatus();
    case State::kUnquoted:
      Unquoted(c);
      return absl::OkStatus();
    case State::kQuoted:
      if (c == '"') {
        state_ = State::kQuoteInQuoted;
      } else {
        field_.text.push_back(c);
      }
      return absl::OkStatus();
    case State::kQuoteInQuoted:
      return AfterQuote(c);
  }
  return absl::OkStatus();
}

// A character outside quotes: a quote here is kept as text.
void RecordParser::Unquoted(char c) {
  if (c == delimiter_) {
    EndField();
  } else if (c == '\n') {
    EndRecord();
  } else {
    if (state_ == State::kFieldStart) StartField(false);
    field_.text.push_back(c);
  }
}

// After a quote inside a quoted field: a doubled quote, or the field's end.
absl::Status RecordParser::AfterQuote(char c) {
  if (c == '"') {
    field_.text.push_back('"');
    state_ = State::kQuoted;
  } else if (c == delimiter_) {
    EndField();
  } else if (c == '\n') {
    EndRecord();
  } else {
    return absl::InvalidArgumentError(absl::StrCat(
        source_.path, ":", line_, ": text after the closing quote of a field"));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<CsvRecord>> RecordParser::Run() {
  field_.line = line_;
  for (char c : source_.text) {
    if (absl::Status s = Step(c); !s.ok()) return s;
    // The line counter moves after the character, so a record or field
    // that ends at this '\n' keeps the line it is on.
    if (c == '\n') ++line_;
  }
  if (state_ == State::kQuoted) {
    return absl::InvalidArgumentError(absl::StrCat(
        source_.path, ":", field_.line, ": unterminated quoted field"));
  }
  if (state_ != State::kFieldStart || !record_.fields.empty()) EndRecord();
  return std::move(records_);
}

}  // namespace

absl::StatusOr<std::vector<CsvRecord>> ParseDelimitedRecords(
    const SourceFile& source, char delimiter) {
  return RecordParser(source, delimiter).Run();
}

}  // namespace laddermerge::internal
