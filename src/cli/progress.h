// Progress of a long command on stderr. When stderr is a terminal (and not
// --quiet), one line is redrawn in place: a bar, the stage number and name;
// it is cleared when the command ends, so output to files and pipes stays
// clean. With --verbose, each finished stage also prints its time.
//
//   Progress progress(global, /*stages=*/4);
//   progress.Stage("Reading ladders");
//   ...
//   progress.Stage("Matching");
#ifndef LADDERMERGE_CLI_PROGRESS_H_
#define LADDERMERGE_CLI_PROGRESS_H_

#include <chrono>
#include <string>

#include "absl/strings/string_view.h"

#include "cli/commands.h"

namespace laddermerge {

class Progress {
 public:
  Progress(const GlobalArgs& global, int stages);
  // Owns the terminal line until destroyed: copying would clear it twice.
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  ~Progress();

  // Ends the current stage (timing it under --verbose) and shows `name`.
  void Stage(absl::string_view name);

 private:
  void EndStage();

  bool draw_;     // stderr is a terminal and not --quiet.
  bool verbose_;  // Print stage times.
  int stages_;
  int current_ = 0;
  std::string name_;
  std::chrono::steady_clock::time_point started_;
};

}  // namespace laddermerge

#endif  // LADDERMERGE_CLI_PROGRESS_H_
