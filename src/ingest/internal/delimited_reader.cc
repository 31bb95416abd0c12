// The CSV/TSV reader: a ladder matrix whose one side names levels and whose
// other side names competencies (areas).
//
//   "",         L1,          L2             Competency, Area, L1, L2
//   Delivery,   "- Ships…",  "…"            or transposed:
//   Craft,      "…",         "…"            "", Delivery, Craft
//                                           MG1, "…", "…"
//
// The side whose names look like levels (LooksLikeLevelName) holds the
// levels; with levels in the header row, every column before the first level
// column is an area column (a column headed "track" gives the track), and an
// area cell left blank repeats the one above (merged cells). Each cell is
// split into statements by SplitCellText, each with the line where it starts;
// a bracketed line such as "[Manager Skills]" heads the cell's later
// statements (section "<area> > Manager Skills", and track
// "management" when it names managers).
// Rows shorter than the header are padded (spreadsheets drop trailing empty
// cells); a row with more non-empty fields than the header is an error.
//
// A list instead of a matrix ("long format", one row per statement) is read
// by its header: a level column (Level, Grade, Band, ...) and a text column
// (Expectation, Statement, Description, Criteria, Behaviour, ...), with
// optional track and competency columns (Track, Path; Competency, Area,
// Category, Skill, ...); a blank level, track or competency cell repeats the
// one above. Spreadsheets that export with ';' (locales with a decimal
// comma) are recognized by their header line. Title rows above the header
// (only the first cell filled) are skipped.
#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"

#include "common/status_macros.h"
#include "ingest/internal/csv_parser.h"
#include "ingest/internal/level_names.h"
#include "ingest/internal/levels.h"
#include "ingest/internal/markup_text.h"
#include "ingest/internal/reader.h"
#include "ingest/internal/statement_split.h"
#include "ingest/internal/structure_names.h"
#include "ingest/internal/structure_vocabulary.h"

namespace laddermerge::internal {
namespace {

struct Layout {
  bool levels_in_header = true;
  int track_column = -1;
  std::vector<std::string> column_tracks;  // By column, from a track row.
  std::vector<int> area_columns;   // Levels in header: the leading columns.
  std::vector<int> value_columns;  // Cells that hold statements.
};

const std::string& Cell(const CsvRecord& row, int column) {
  static const auto* const kEmpty = new std::string();
  return column < static_cast<int>(row.fields.size()) ? row.fields[column].text
                                                      : *kEmpty;
}

// "[Manager Skills]" on its own in a cell heads the statements
// after it.
bool IsSubHeading(absl::string_view text) {
  return text.size() > 2 && text.size() < 100 && text.front() == '[' &&
         text.back() == ']' && text.find_first_of("[]\n", 1) == text.size() - 1;
}

bool IsTrackHeader(absl::string_view name) {
  return absl::AsciiStrToLower(absl::StripAsciiWhitespace(name)) == "track";
}

absl::Status CheckWidths(const std::vector<CsvRecord>& rows,
                         const SourceFile& source) {
  const size_t width = rows[0].fields.size();
  for (const CsvRecord& row : rows) {
    for (size_t j = width; j < row.fields.size(); ++j) {
      if (!absl::StripAsciiWhitespace(row.fields[j].text).empty()) {
        return absl::InvalidArgumentError(
            absl::StrCat(source.path, ":", row.line, ": row has ",
                         row.fields.size(), " fields, the header has ", width));
      }
    }
  }
  return absl::OkStatus();
}

// A header of two rows, tracks over levels ("Individual Contributor" over
// "Engineer I", "Engineer II"; a merged cell exports as the name then blank
// cells): each column's track, or {} when the first row is not such a row.
std::vector<std::string> TracksOverLevels(const std::vector<CsvRecord>& rows) {
  if (rows.size() < 3) return {};
  const int width = static_cast<int>(rows[0].fields.size());
  std::vector<std::string> tracks(width);
  std::string running;
  int levels = 0;
  for (int j = 1; j < width; ++j) {
    const std::string& above = Cell(rows[0], j);
    if (!absl::StripAsciiWhitespace(above).empty()) {
      const std::optional<LevelName> name =
          ParseLevelName(above, PhraseContext::kTitle);
      if (!name.has_value() || !name->level.empty() || name->track.empty()) {
        return {};
      }
      running = name->track;
    }
    tracks[j] = running;
    const std::string& below = Cell(rows[1], j);
    if (!IsLabelLike(below, 8)) return {};
    const std::optional<LevelName> level =
        ParseLevelName(below, PhraseContext::kHeading);
    levels += level.has_value() && !level->level.empty();
  }
  if (levels < 2) return {};
  return tracks;
}

// Fraction-free comparison of how level-like each side's names are.
Layout ChooseLayout(const std::vector<CsvRecord>& rows, bool* guessed) {
  const int width = static_cast<int>(rows[0].fields.size());
  int header_levels = 0, header_names = 0, column_levels = 0, column_names = 0;
  int first_level = -1;
  for (int j = 1; j < width; ++j) {
    const std::string& name = Cell(rows[0], j);
    header_names += !absl::StripAsciiWhitespace(name).empty();
    if (LooksLikeLevelName(name)) {
      ++header_levels;
      if (first_level < 0) first_level = j;
    }
  }
  for (size_t i = 1; i < rows.size(); ++i) {
    column_names += !absl::StripAsciiWhitespace(Cell(rows[i], 0)).empty();
    column_levels += LooksLikeLevelName(Cell(rows[i], 0));
  }
  Layout layout;
  *guessed = header_levels == 0 && column_levels == 0;
  layout.levels_in_header = header_levels * std::max(column_names, 1) >=
                            column_levels * std::max(header_names, 1);
  if (!layout.levels_in_header) first_level = 1;
  if (first_level < 0) first_level = 1;
  for (int j = 0; j < width; ++j) {
    if (IsTrackHeader(Cell(rows[0], j))) {
      layout.track_column = j;
    } else if (layout.levels_in_header ? j < first_level : j == 0) {
      layout.area_columns.push_back(j);
    } else {
      layout.value_columns.push_back(j);
    }
  }
  return layout;
}

// Area cells left blank repeat the value above (merged cells); a new value
// in one area column clears the repeated values of the columns after it.
void FillAreas(const CsvRecord& row, const std::vector<int>& columns,
               std::vector<std::string>* areas) {
  for (size_t k = 0; k < areas->size(); ++k) {
    std::string value = CleanName(Cell(row, columns[k]));
    if (value.empty()) continue;
    (*areas)[k] = std::move(value);
    for (size_t later = k + 1; later < areas->size(); ++later) {
      (*areas)[later].clear();
    }
  }
}

std::string JoinAreas(const std::vector<std::string>& areas) {
  std::vector<std::string> present;
  for (const std::string& a : areas) {
    if (!a.empty()) present.push_back(a);
  }
  return absl::StrJoin(present, " > ");
}

class MatrixReader {
 public:
  MatrixReader(const SourceFile& source, const ReaderContext& context,
               const std::vector<CsvRecord>& rows, Layout layout)
      : source_(source), context_(context), rows_(rows), layout_(layout) {}

  ReadResult Run() {
    std::vector<std::string> areas(layout_.area_columns.size());
    for (size_t i = 1; i < rows_.size(); ++i) {
      FillAreas(rows_[i], layout_.area_columns, &areas);
      const std::string row_track =
          layout_.track_column >= 0
              ? CleanName(Cell(rows_[i], layout_.track_column))
              : "";
      for (int j : layout_.value_columns) {
        const std::string& track =
            row_track.empty() &&
                    j < static_cast<int>(layout_.column_tracks.size())
                ? layout_.column_tracks[j]
                : row_track;
        const std::string level = CleanName(
            layout_.levels_in_header ? Cell(rows_[0], j) : Cell(rows_[i], 0));
        const std::string section = layout_.levels_in_header
                                        ? JoinAreas(areas)
                                        : CleanName(Cell(rows_[0], j));
        if (j < static_cast<int>(rows_[i].fields.size())) {
          EmitCell(rows_[i].fields[j], track, level, section);
        }
      }
    }
    result_.tracks = tracks_.Take();
    return std::move(result_);
  }

 private:
  void EmitCell(const CsvField& cell, std::string track,
                const std::string& level, const std::string& section) {
    if (track.empty()) track = TrackFromLevelName(level);
    if (track.empty()) track = context_.track;
    const std::string& final_level = level.empty() ? context_.level : level;
    tracks_.Add(track, final_level);
    std::string sub_section;
    std::string sub_track;
    for (TextPiece& piece : SplitCellText(cell.text)) {
      if (IsSubHeading(piece.text)) {
        sub_section = CleanName(piece.text.substr(1, piece.text.size() - 2));
        sub_track = TrackFromLevelName(sub_section);
        continue;
      }
      if (!HasLetter(piece.text)) continue;
      RawStatement s;
      s.text = std::move(piece.text);
      s.file = source_.path;
      s.line = cell.line + piece.newlines_before;
      s.track = sub_track.empty() ? track : sub_track;
      s.level = final_level;
      s.section = sub_section.empty() || section.empty()
                      ? section + sub_section
                      : absl::StrCat(section, " > ", sub_section);
      s.kind = StatementKind::kItem;
      result_.statements.push_back(std::move(s));
    }
  }

  const SourceFile& source_;
  const ReaderContext& context_;
  const std::vector<CsvRecord>& rows_;
  const Layout layout_;
  ReadResult result_;
  TrackList tracks_;
};

// The columns of a list with one row per statement.
struct ListColumns {
  int level = -1;
  int text = -1;
  int track = -1;
  std::vector<int> sections;  // In column order.
};

// The words in column `j` of all rows after the header.
size_t WordsInColumn(const std::vector<CsvRecord>& rows, int j) {
  size_t words = 0;
  for (size_t i = 1; i < rows.size(); ++i)
    words += CountWords(Cell(rows[i], j));
  return words;
}

// Reads the header of a list: nullopt unless it has a level column and a
// text column. Of several text-like columns ("Statement", "Description")
// the one holding the most words is the text.
std::optional<ListColumns> ListColumnsOf(const std::vector<CsvRecord>& rows) {
  const CsvRecord& header = rows[0];
  const Vocabulary& vocabulary = DefaultVocabulary();
  ListColumns columns;
  std::vector<int> text_candidates;
  for (int j = 0; j < static_cast<int>(header.fields.size()); ++j) {
    const std::string key = NormalizeKey(header.fields[j].text);
    if (key.empty()) continue;
    const KeyRole role = vocabulary.Classify(key);
    const auto is = [&](std::initializer_list<absl::string_view> keys) {
      return std::find(keys.begin(), keys.end(), key) != keys.end();
    };
    if (role == KeyRole::kLevelField || role == KeyRole::kLevelContainer ||
        is({"joblevel", "careerlevel"})) {
      if (columns.level < 0) columns.level = j;
    } else if (role == KeyRole::kTrackField ||
               is({"path", "careerpath", "careertrack", "jobfamily"})) {
      if (columns.track < 0) columns.track = j;
    } else if (role == KeyRole::kStatements ||
               (role == KeyRole::kDescription && key != "summary" &&
                key != "overview") ||
               is({"behaviour", "behavior", "signal", "requirement",
                   "responsibility", "indicator", "outcome"})) {
      text_candidates.push_back(j);
    } else if (role == KeyRole::kSectionField ||
               role == KeyRole::kSectionContainer ||
               is({"skill", "category", "subcategory", "subcompetency",
                   "subarea", "capability"})) {
      columns.sections.push_back(j);
    }
  }
  size_t most = 0;
  for (const int j : text_candidates) {
    const size_t words = WordsInColumn(rows, j);
    if (columns.text < 0 || words > most) {
      columns.text = j;
      most = words;
    }
  }
  if (columns.level < 0 || columns.text < 0) return std::nullopt;
  return columns;
}

ReadResult ReadList(const SourceFile& source, const ReaderContext& context,
                    const std::vector<CsvRecord>& rows,
                    const ListColumns& columns) {
  ReadResult result;
  TrackList tracks;
  std::string level, track;
  std::vector<std::string> sections(columns.sections.size());
  for (size_t i = 1; i < rows.size(); ++i) {
    const CsvRecord& row = rows[i];
    // Blank cells repeat the row above (merged cells).
    if (std::string v = LevelFromValue(Cell(row, columns.level),
                                       Cell(rows[0], columns.level));
        !v.empty()) {
      level = std::move(v);
    }
    if (columns.track >= 0) {
      if (std::string v = CleanName(Cell(row, columns.track)); !v.empty()) {
        track = std::move(v);
      }
    }
    FillAreas(row, columns.sections, &sections);
    if (columns.text >= static_cast<int>(row.fields.size())) continue;
    const CsvField& cell = row.fields[columns.text];
    const std::string& final_level = level.empty() ? context.level : level;
    std::string final_track = track.empty() ? context.track : track;
    if (final_track.empty()) final_track = TrackFromLevelName(final_level);
    const std::string section = JoinAreas(sections);
    for (TextPiece& piece : SplitCellText(cell.text)) {
      if (!HasLetter(piece.text)) continue;
      RawStatement s;
      s.text = std::move(piece.text);
      s.file = source.path;
      s.line = cell.line + piece.newlines_before;
      s.track = final_track;
      s.level = final_level;
      s.section = section;
      s.kind = StatementKind::kItem;
      if (!s.level.empty()) tracks.Add(s.track, s.level);
      result.statements.push_back(std::move(s));
    }
  }
  result.tracks = tracks.Take();
  return result;
}

int FilledCells(const CsvRecord& row) {
  return static_cast<int>(
      std::count_if(row.fields.begin(), row.fields.end(), [](const auto& f) {
        return !absl::StripAsciiWhitespace(f.text).empty();
      }));
}

// Rows above the header that fill only their first cell (a sheet title,
// "Last updated ...") are not the header, when some row fills two or more.
void DropTitleRows(std::vector<CsvRecord>* rows) {
  const auto title = [](const CsvRecord& r) {
    const int filled = FilledCells(r);
    return filled == 0 ||
           (filled == 1 && !r.fields.empty() &&
            !absl::StripAsciiWhitespace(r.fields[0].text).empty());
  };
  if (std::all_of(rows->begin(), rows->end(), title)) return;
  rows->erase(rows->begin(),
              std::find_if_not(rows->begin(), rows->end(), title));
}

// ';' when the header line has more semicolons than commas outside quotes
// (spreadsheets in locales with a decimal comma), else `delimiter`.
char SniffDelimiter(absl::string_view text, char delimiter) {
  if (delimiter != ',') return delimiter;
  absl::ConsumePrefix(&text, "\xEF\xBB\xBF");
  int commas = 0, semicolons = 0;
  bool quoted = false;
  for (const char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') {
      if (commas + semicolons > 0) break;
      continue;
    }
    commas += c == ',';
    semicolons += c == ';';
  }
  return semicolons > commas ? ';' : delimiter;
}

}  // namespace

absl::StatusOr<ReadResult> ReadDelimited(const SourceFile& source,
                                         char delimiter,
                                         const ReaderContext& context) {
  LM_ASSIGN_OR_RETURN(
      std::vector<CsvRecord> rows,
      ParseDelimitedRecords(source, SniffDelimiter(source.text, delimiter)));
  DropTitleRows(&rows);
  if (rows.size() < 2) return ReadResult();
  LM_RETURN_IF_ERROR(CheckWidths(rows, source));
  if (const std::optional<ListColumns> list = ListColumnsOf(rows)) {
    return ReadList(source, context, rows, *list);
  }
  std::vector<std::string> column_tracks = TracksOverLevels(rows);
  if (!column_tracks.empty()) rows.erase(rows.begin());
  bool guessed = false;
  Layout layout = ChooseLayout(rows, &guessed);
  layout.column_tracks = std::move(column_tracks);
  ReadResult result =
      MatrixReader(source, context, rows, std::move(layout)).Run();
  if (guessed) {
    result.warnings.push_back(absl::StrCat(
        source.path, ":", rows[0].line,
        ": no level names in the header row or first column; reading the "
        "header row as levels"));
  }
  return result;
}

}  // namespace laddermerge::internal
