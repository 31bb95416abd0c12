// Report: the last pipeline stage. Renders results as JSON, Markdown, YAML,
// CSV, XLSX and HTML, and is the only stage that writes files. Every file is
// written atomically: to a temporary name first, renamed into place after it
// is complete, so a failed run never leaves a half-written output.
//
//   std::cout << ParseJson(corpus);
//   LM_ASSIGN_OR_RETURN(std::vector<OutputFile> files,
//                       MergeOutputFiles(result, ReportOptions()));
//   LM_RETURN_IF_ERROR(WriteOutputDirectory("out", files));
//
// Every writer is deterministic: the same input gives byte-identical output.
// All text taken from ladders is escaped for the target format (HTML, CSV,
// YAML, Markdown) and invalid UTF-8 in it is replaced by U+FFFD, so every
// file is valid UTF-8. The MergeResult writers check its indices with
// LM_CHECK (an inconsistent MergeResult is a bug of the stage that built it)
// and are thread-safe: they only read their arguments.
#ifndef LADDERMERGE_REPORT_REPORT_H_
#define LADDERMERGE_REPORT_REPORT_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

#include "common/ladder.h"
#include "consolidate/consolidate.h"
#include "match/match.h"

namespace laddermerge {

// SPEC.md's `parse` output: {"ladders": [{"name", "files", "statements"}]},
// pretty-printed with a trailing newline. Deterministic. O(statements).
std::string ParseJson(const Corpus& corpus);

// SPEC.md's `match` output: {"matches": [{"a": id, "b": id, "score": s}]},
// one pair per line, row by row in FlattenStatements order and best first
// within a row, scores rounded to 4 decimals. `matches` has one row per
// statement of `corpus`. O(pairs).
std::string MatchJson(const Corpus& corpus, const TopMatches& matches);

// One file of an output directory.
struct OutputFile {
  std::string name;  // Relative name, e.g. "clusters.json". No "..".
  std::string content;
};

// Writes `content` to `path` through a temporary file in the same directory
// and a rename. Returns PermissionDenied, or ResourceExhausted when the disk,
// a quota or the file size limit is full, with "path:1: ..." and leaves no
// temporary file behind on failure.
absl::Status WriteFileAtomically(const std::string& path,
                                 absl::string_view content);

// Writes all `files` into the directory `dir` as one unit: they are written
// into a fresh temporary sibling directory, which then replaces `dir` (an
// existing `dir` is replaced only after everything was written). On failure
// `dir` is untouched and the temporary directory removed.
absl::Status WriteOutputDirectory(const std::string& dir,
                                  const std::vector<OutputFile>& files);

struct ReportOptions {
  // Title of report.html and of the workbook's Summary sheet.
  std::string title = "Career ladder comparison";
  // Creation time written into report.xlsx, in seconds since the Unix epoch.
  // Fixed (2024-01-01T00:00:00Z) so that the same MergeResult gives a
  // byte-identical workbook; set it from the clock or SOURCE_DATE_EPOCH for
  // a real date. Must be positive: libxlsxwriter reads 0 as "now".
  int64_t xlsx_created = 1704067200;
  // Directory for libxlsxwriter's scratch files; "" means the system's
  // temporary directory.
  std::string temp_dir;
  // Files rendered at once by MergeOutputFiles; 0 means all hardware threads.
  // The output does not depend on it.
  int threads = 0;
};

// Every file `laddermerge merge --out DIR` writes, in this order:
// clusters.json, gaps.json, levels.json, framework.md, framework.yaml,
// gaps.md, overlap.csv, clusters.csv, gaps.csv, report.xlsx, report.html.
// Errors are those of ReportXlsx. O(size of result).
absl::StatusOr<std::vector<OutputFile>> MergeOutputFiles(
    const MergeResult& result, const ReportOptions& options);

// clusters.json (SPEC.md): {"statements": [Statement...], "clusters": [{"id",
// "canonical", "area", "members": [ids], ...}], ...}. Extra fields per
// cluster: "canonical_statement" (id), "pinned", "cohesion", "ladders"
// (names), "links" ([{"statement", "link": same|broader|narrower|canonical,
// "score", "evidence": [terms]}], one per member); at the top: "ladders",
// "areas" ([{"name", "top_terms", "source_sections", "clusters": [ids]}])
// and "decisions" ([{"kind": together|apart|canonical, "statements",
// "applied", "note", "source", "text" (canonical only)}]).
std::string ClustersJson(const MergeResult& result);

// gaps.json (SPEC.md): {"gaps": [{"ladder", "missing": [{"cluster",
// "canonical", "area", "present_in", "confidence", "closest"}]}]}, one entry
// per ladder, missing clusters most certain first (ties keep the model's
// order). "closest" is {"statement", "text", "score"}, the ladder's nearest
// statement, or null.
std::string GapsJson(const MergeResult& result);

// levels.json and the `levels` command (SPEC.md): {"alignments":
// [{"ladder_a", "ladder_b", "track_a", "track_b", "pairs": [{"level_a",
// "level_b", "score", "also_b", "confidence"}], "levels_a", "levels_b",
// "scores"}], "shifts": [...]}. "level_b" is null when the level has no
// counterpart; "scores" is the level x level similarity matrix, rows = A.
// Checks only result.ladders, result.levels and result.level_shifts (and the
// clusters the shifts name), so `levels` may fill just those.
std::string LevelsJson(const MergeResult& result);

// framework.md: the proposed framework by track, level and area, each
// expectation with its provenance, single-ladder ones marked "only in".
std::string FrameworkMarkdown(const MergeResult& result);

// framework.yaml: the same framework as laddermerge input (tracks -> levels
// -> competencies -> expectations); provenance in YAML comments.
std::string FrameworkYaml(const MergeResult& result);

// gaps.md: per ladder, the clusters it lacks by area, most widely shared
// first, with confidence and the ladder's closest statement.
std::string GapsMarkdown(const MergeResult& result);

// The CSV files: RFC 4180, UTF-8 with a byte order mark (so Excel reads
// UTF-8), CRLF line ends, human column headers; text cells starting with
// = + - @ get a leading apostrophe against formula injection. Scores and
// shares are fractions in [0, 1] with up to 4 decimals.
//
// overlap.csv: columns View, Row, one per ladder; "Overlap" rows hold the
// ladder x ladder matrix (share of the row ladder's statements with a
// counterpart in the column ladder), "Area coverage" rows the share of each
// area's multi-ladder clusters in which the column ladder takes part.
std::string OverlapCsv(const MergeResult& result);
// clusters.csv: one row per cluster member, with the cluster's columns
// repeated, for filtering and pivot tables.
std::string ClustersCsv(const MergeResult& result);
// gaps.csv: one row per gap, in gaps.md's order.
std::string GapsCsv(const MergeResult& result);

// report.xlsx: sheets Summary, Overlap, Gaps, Clusters, Levels, Level shifts,
// Framework; bold headers, frozen header rows, autofilters, column widths,
// percentages and colour scales. Byte-identical for the same result and
// options. Writes a scratch file in options.temp_dir; returns Internal with
// libxlsxwriter's message when it fails, or the file error.
absl::StatusOr<std::string> ReportXlsx(const MergeResult& result,
                                       const ReportOptions& options);

// report.html: one self-contained page (inline CSS, SVG and JavaScript; no
// network) with the summary, overlap heatmap, area coverage, gaps, level
// correspondence, a filterable cluster browser, decisions and warnings.
// Ladder text is HTML-escaped, and inside the embedded JSON data `<`, `>`
// and `&` are \u-escaped, so no input can close a tag or run script. The
// page marks <html data-rendered="true"> once its script has run.
std::string ReportHtml(const MergeResult& result, const ReportOptions& options);

// ---------------------------------------------------------------------------
// Other renderings for stdout (`--format csv|md`) and `validate`.

// `parse --format csv`: one row per statement (Id, Ladder, Track, Level,
// Section, Statement, File, Line), CSV as described above OverlapCsv.
std::string ParseCsv(const Corpus& corpus);

// `match --format csv`: one row per kept match with both statements' ids,
// ladders, levels and texts, and the similarity.
std::string MatchCsv(const Corpus& corpus, const TopMatches& matches);

// `levels --format csv` and `--format md`: the level correspondence as a
// table (one row per level of ladder A), and in Markdown one table per pair
// of ladders and tracks, then the level shifts.
std::string LevelsCsv(const MergeResult& result);
std::string LevelsMarkdown(const MergeResult& result);

// What `validate` reports about one ladder.
struct LadderCheck {
  struct TrackLevels {
    std::string name;
    std::vector<std::pair<std::string, size_t>> levels;  // (level, count)
  };
  std::string name;
  size_t files = 0;
  size_t statements = 0;
  size_t sections = 0;  // Distinct section paths.
  std::vector<TrackLevels> tracks;
  size_t without_level = 0;               // Statements with no level.
  std::vector<std::string> empty_levels;  // Listed levels with no statement.
  size_t repeated_texts = 0;              // Texts that occur more than once.
  // "file:line" of statements with fewer than three words.
  std::vector<std::string> short_statements;
};

// The check of one ladder. O(statements log statements).
LadderCheck CheckLadder(const Ladder& ladder);

// `validate`: per ladder its files, statement count, tracks with levels and
// their statement counts, and notes (statements without a level, levels
// without statements, repeated and very short statements), then the
// corpus's warnings. As text for people or JSON for programs.
std::string ValidateText(const Corpus& corpus);
std::string ValidateJson(const Corpus& corpus);

}  // namespace laddermerge

#endif  // LADDERMERGE_REPORT_REPORT_H_
