#include <string>

#include "absl/strings/match.h"
#include "gtest/gtest.h"

#include "run_binary.h"

namespace laddermerge {
namespace {

using testing_util::RunLaddermerge;
using testing_util::RunResult;

TEST(CliTest, VersionAndHelpExitZero) {
  RunResult version = RunLaddermerge({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_TRUE(absl::StrContains(version.out, "laddermerge")) << version.out;
  RunResult help = RunLaddermerge({"parse", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_TRUE(absl::StrContains(help.out, "Example")) << help.out;
}

TEST(CliTest, UnknownCommandIsAUsageError) {
  RunResult r = RunLaddermerge({"frobnicate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(r.out.empty());
}

TEST(CliTest, MissingInputIsOneErrorLineAndExitOne) {
  RunResult r = RunLaddermerge({"parse", "tests/testdata/does-not-exist"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "laddermerge: error: tests/testdata/does-not-exist:1: no such file "
            "or directory\n");
  EXPECT_TRUE(r.out.empty());
}

TEST(CliTest, ParsePlainTextLadder) {
  RunResult r = RunLaddermerge({"parse", "tests/testdata/simple/plain.txt"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "\"id\": \"plain:1\"")) << r.out;
  EXPECT_TRUE(absl::StrContains(
      r.out, "\"file\": \"tests/testdata/simple/plain.txt\""));
}

// One small ladder per format (tests/testdata/formats/, also fuzzing seeds):
// how many statements each gives, and where the first one is.
TEST(CliTest, ParsesEveryFormat) {
  struct Expected {
    const char* file;
    int statements;
    const char* first;  // "file": ..., "line": N of the first statement.
  };
  for (const Expected& e : {Expected{"ladder.html", 4, "\"line\": 9"},
                            Expected{"ladder.js", 4, "\"line\": 6"},
                            Expected{"ladder.json", 6, "\"line\": 8"},
                            Expected{"ladder.md", 2, "\"line\": 13"},
                            Expected{"ladder.rst", 4, "\"line\": 14"},
                            Expected{"ladder.tsv", 5, "\"line\": 2"},
                            Expected{"ladder.txt", 4, "\"line\": 4"},
                            Expected{"ladder_rows.csv", 4, "\"line\": 2"},
                            Expected{"ladder.yaml", 6, "\"line\": 7"}}) {
    const std::string path = std::string("tests/testdata/formats/") + e.file;
    RunResult r = RunLaddermerge({"parse", path});
    ASSERT_EQ(r.exit_code, 0) << e.file << ": " << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;
    size_t count = 0;
    for (size_t at = r.out.find("\"id\": "); at != std::string::npos;
         at = r.out.find("\"id\": ", at + 1)) {
      ++count;
    }
    EXPECT_EQ(count, static_cast<size_t>(e.statements)) << e.file;
    const size_t first_line = r.out.find("\"line\": ");
    EXPECT_EQ(r.out.find(e.first), first_line) << e.file;
  }
}

}  // namespace
}  // namespace laddermerge
