// Report: the last pipeline stage. Renders results as JSON, Markdown, YAML,
// CSV and HTML, and is the only stage that writes files. Every file is
// written atomically: to a temporary name first, renamed into place after it
// is complete, so a failed run never leaves a half-written output.
//
//   std::cout << ParseJson(corpus);
//   LM_RETURN_IF_ERROR(WriteOutputDirectory("out", {{"clusters.json", json}}));
#ifndef LADDERMERGE_REPORT_REPORT_H_
#define LADDERMERGE_REPORT_REPORT_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

#include "common/ladder.h"
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
// and a rename. Returns PermissionDenied or ResourceExhausted (disk full) with
// "path:1: ..." and leaves no temporary file behind on failure.
absl::Status WriteFileAtomically(const std::string& path,
                                 absl::string_view content);

// Writes all `files` into the directory `dir` as one unit: they are written
// into a fresh temporary sibling directory, which then replaces `dir` (an
// existing `dir` is replaced only after everything was written). On failure
// `dir` is untouched and the temporary directory removed.
absl::Status WriteOutputDirectory(const std::string& dir,
                                  const std::vector<OutputFile>& files);

}  // namespace laddermerge

#endif  // LADDERMERGE_REPORT_REPORT_H_
