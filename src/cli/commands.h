// The commands behind the command line. Each one builds the stage Options
// from its arguments, runs the pipeline, and prints or writes the result.
// They return a Status; the caller turns it into one error line.
#ifndef LADDERMERGE_CLI_COMMANDS_H_
#define LADDERMERGE_CLI_COMMANDS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

#include "common/ladder.h"

namespace laddermerge {

// Options every command understands.
struct GlobalArgs {
  int threads = 0;       // 0: all hardware threads.
  bool quiet = false;    // No warnings on stderr.
  bool verbose = false;  // Also list skipped files.
  int64_t max_file_bytes = 50 * 1000 * 1000;
  std::string config;  // A --config file, or "".
};

struct ParseArgs {
  std::vector<std::string> inputs;
  std::string format = "json";  // json or csv.
};

struct ValidateArgs {
  std::vector<std::string> inputs;
  std::string format = "text";  // text or json.
};

// Writes `text` to stdout and flushes it. A write that fails (a full disk, a
// file size limit) is an error "<stdout>:1: cannot write the output: why",
// so that a command never reports success for output it lost.
absl::Status WriteStdout(absl::string_view text);

// ingest -> normalize for the command-line inputs, printing the warnings
// (and skipped files with --verbose) to stderr.
absl::StatusOr<Corpus> LoadCorpus(const GlobalArgs& global,
                                  const std::vector<std::string>& arguments);

// `laddermerge parse INPUT...`: SPEC.md's statements JSON (or CSV) on
// stdout.
absl::Status RunParse(const GlobalArgs& global, const ParseArgs& args);

// `laddermerge validate INPUT...`: what laddermerge found in each ladder
// (tracks, levels, counts, notes, warnings). Fails like `parse` on input
// it cannot read.
absl::Status RunValidate(const GlobalArgs& global, const ValidateArgs& args);

}  // namespace laddermerge

#endif  // LADDERMERGE_CLI_COMMANDS_H_
