#include <string>

#include "absl/strings/match.h"
#include "gtest/gtest.h"

#include "run_binary.h"

namespace laddermerge {
namespace {

using testing_util::RunLaddermerge;
using testing_util::RunResult;

constexpr char kAcme[] = "tests/testdata/match/acme.txt";
constexpr char kGlobex[] = "tests/testdata/match/globex.txt";

// The default blend without "glove", whose vectors the build has only when
// scripts/setup.sh could fetch them.
TEST(MatchCliTest, PrintsBestMatchOfEachStatementAcrossLadders) {
  RunResult r = RunLaddermerge(
      {"match", kAcme, kGlobex, "--top-k", "1", "--weights", "glove=0"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "{\"matches\": [\n"
            "  {\"a\": \"acme:1\", \"b\": \"globex:2\", \"score\": 0.6601},\n"
            "  {\"a\": \"acme:2\", \"b\": \"globex:1\", \"score\": 0.1598},\n"
            "  {\"a\": \"acme:3\", \"b\": \"globex:1\", \"score\": 0.8236},\n"
            "  {\"a\": \"globex:1\", \"b\": \"acme:3\", \"score\": 0.8236},\n"
            "  {\"a\": \"globex:2\", \"b\": \"acme:1\", \"score\": 0.6601},\n"
            "  {\"a\": \"globex:3\", \"b\": \"acme:2\", \"score\": 0.1046}\n"
            "]}\n");
}

TEST(MatchCliTest, SameOutputForEveryThreadCount) {
  for (const char* method : {"blended", "sparse", "dense"}) {
    RunResult one = RunLaddermerge(
        {"match", kAcme, kGlobex, "--threads", "1", "--method", method});
    RunResult four = RunLaddermerge(
        {"--threads", "4", "match", kAcme, kGlobex, "--method", method});
    ASSERT_EQ(one.exit_code, 0) << one.err;
    EXPECT_EQ(one.out, four.out) << method;
  }
}

TEST(MatchCliTest, MinScoreDropsWeakPairs) {
  RunResult r = RunLaddermerge({"match", kAcme, kGlobex, "--min-score", "0.9"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "{\"matches\": []}\n");
}

TEST(MatchCliTest, OneLadderHasNothingToMatch) {
  RunResult r = RunLaddermerge({"match", kAcme});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "{\"matches\": []}\n");
}

TEST(MatchCliTest, BadOptionsAreUsageErrors) {
  EXPECT_EQ(RunLaddermerge({"match", kAcme, "--method", "fuzzy"}).exit_code, 2);
  EXPECT_EQ(RunLaddermerge({"match", kAcme, "--top-k", "0"}).exit_code, 2);
  EXPECT_EQ(RunLaddermerge({"match"}).exit_code, 2);
}

TEST(MatchCliTest, DenseMethodWithoutDensePartsFails) {
  RunResult r =
      RunLaddermerge({"match", kAcme, kGlobex, "--method", "dense", "--weights",
                      "word=1,wordnet=0,glove=0,polarity=0"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(absl::StrContains(r.err, "needs dense vectors")) << r.err;
  EXPECT_TRUE(r.out.empty());
}

}  // namespace
}  // namespace laddermerge
