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

}  // namespace
}  // namespace laddermerge
