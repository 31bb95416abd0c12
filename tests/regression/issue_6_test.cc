// Issue 6: output that could not be written (stdout on a full disk or over
// the file size limit) was lost silently: the command still exited with 0.
#include <string>

#include "gtest/gtest.h"

#include "run_binary.h"

namespace laddermerge {
namespace {

using testing_util::RunLaddermerge;
using testing_util::RunOptions;
using testing_util::RunResult;

constexpr char kLadder[] = "tests/testdata/simple/plain.txt";

TEST(Issue6Test, FullDiskOnStdoutIsAnError) {
  RunOptions options;
  options.stdout_path = "/dev/full";
  for (const char* command : {"parse", "match"}) {
    const RunResult r = RunLaddermerge({command, kLadder}, options);
    EXPECT_EQ(r.exit_code, 1) << command;
    EXPECT_EQ(r.err,
              "laddermerge: error: <stdout>:1: cannot write the output: No "
              "space left on device\n")
        << command;
  }
}

TEST(Issue6Test, FileSizeLimitOnStdoutIsAnError) {
  RunOptions options;
  options.stdout_path = testing::TempDir() + "/issue_6_out.json";
  options.max_file_bytes = 100;
  const RunResult r = RunLaddermerge({"parse", kLadder}, options);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "laddermerge: error: <stdout>:1: cannot write the output: File "
            "too large\n");
  std::remove(options.stdout_path.c_str());
}

}  // namespace
}  // namespace laddermerge
