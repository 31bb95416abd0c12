#include <cstdio>
#include <fstream>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include <unistd.h>

#include "nlohmann/json.hpp"
#include "run_binary.h"

namespace laddermerge {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;
using testing_util::ReadFileOrEmpty;
using testing_util::RunLaddermerge;
using testing_util::RunResult;
using Json = nlohmann::json;

constexpr char kAlpha[] = "tests/testdata/merge/alpha.md";
constexpr char kBeta[] = "tests/testdata/merge/beta.yaml";

std::string WriteTemp(const std::string& name, const std::string& text) {
  const std::string path =
      absl::StrCat(testing::TempDir(), "/cli_options_", ::getpid(), name);
  std::ofstream(path) << text;
  return path;
}

TEST(ValidateCliTest, ListsTracksLevelsAndNotes) {
  RunResult r = RunLaddermerge({"validate", kAlpha, kBeta});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("alpha: 9 statements from 1 file"));
  EXPECT_THAT(r.out, HasSubstr("track ic: Junior Engineer (3), Engineer (3), "
                               "Senior Engineer (3)"));
  EXPECT_THAT(r.out, HasSubstr("beta: 6 statements"));
  RunResult json = RunLaddermerge({"validate", "--format", "json", kBeta});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const Json v = Json::parse(json.out);
  EXPECT_EQ(v["ladders"][0]["statements"], 6);
  EXPECT_EQ(v["ladders"][0]["tracks"][0]["levels"][1]["level"], "Engineer II");
}

TEST(ValidateCliTest, UnreadableInputFailsLikeParse) {
  RunResult r = RunLaddermerge({"validate", "tests/testdata/merge/none.md"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, StartsWith("laddermerge: error: tests/testdata/merge/"
                                "none.md:1: "));
}

TEST(FormatCliTest, ParseAndMatchAsCsv) {
  RunResult parse = RunLaddermerge({"parse", "--format", "csv", kBeta});
  ASSERT_EQ(parse.exit_code, 0) << parse.err;
  EXPECT_THAT(parse.out, StartsWith("\xEF\xBB\xBFId,Ladder,Track,Level"));
  EXPECT_THAT(parse.out, HasSubstr("beta:1,beta,ic,Engineer I,Engineering,"));
  RunResult match = RunLaddermerge(
      {"match", "--format", "csv", "--top-k", "1", kAlpha, kBeta});
  ASSERT_EQ(match.exit_code, 0) << match.err;
  EXPECT_THAT(match.out, HasSubstr("alpha:4,alpha,Engineer,"));
  EXPECT_THAT(match.out, HasSubstr(",beta:1,beta,Engineer I,"));
}

TEST(FormatCliTest, LevelsAsMarkdownAndCsv) {
  RunResult md =
      RunLaddermerge({"-q", "levels", "--format", "md", kAlpha, kBeta});
  ASSERT_EQ(md.exit_code, 0) << md.err;
  EXPECT_THAT(md.out, HasSubstr("## alpha ic \u2192 beta ic"));
  EXPECT_THAT(md.out, HasSubstr("| alpha | ic | Junior Engineer | beta | ic | "
                                "(no counterpart) |"));
  RunResult csv =
      RunLaddermerge({"-q", "levels", "--format", "csv", kAlpha, kBeta});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_THAT(csv.out, HasSubstr("alpha,ic,Engineer,beta,ic,Engineer I,"));
  EXPECT_EQ(RunLaddermerge({"levels", "--format", "xml", kAlpha}).exit_code, 2);
}

TEST(ConfigCliTest, SettingsApplyAndTheCommandLineWins) {
  const std::string config = WriteTemp("strict.yaml",
                                       "cluster:\n"
                                       "  min_similarity: 0.99\n"
                                       "match:\n"
                                       "  top_k: 1\n");
  const std::string out = WriteTemp("out", "");
  std::remove(out.c_str());
  RunResult strict = RunLaddermerge(
      {"-q", "--config", config, "merge", kAlpha, kBeta, "--out", out});
  ASSERT_EQ(strict.exit_code, 0) << strict.err;
  const Json c1 = Json::parse(ReadFileOrEmpty(out + "/clusters.json"));
  // Only the two statements that are the same words apart from stop words
  // ("Mentors interns on the team", "Mentors the interns in the team").
  EXPECT_EQ(c1["clusters"].size(), 14u);
  RunResult loose =
      RunLaddermerge({"-q", "--config", config, "merge", kAlpha, kBeta, "--out",
                      out, "--min-similarity", "0.2"});
  ASSERT_EQ(loose.exit_code, 0) << loose.err;
  const Json c2 = Json::parse(ReadFileOrEmpty(out + "/clusters.json"));
  EXPECT_LT(c2["clusters"].size(), 12u);
  RunResult match =
      RunLaddermerge({"-q", "match", kAlpha, kBeta, "--config", config});
  ASSERT_EQ(match.exit_code, 0) << match.err;
  EXPECT_EQ(Json::parse(match.out)["matches"].size(), 15u);  // top_k: 1
}

TEST(ConfigCliTest, UnknownKeyOrBadValueNamesTheLine) {
  const std::string unknown =
      WriteTemp("unknown.yaml", "threads: 1\nbogus: 2\n");
  RunResult r = RunLaddermerge({"--config", unknown, "parse", kBeta});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr(absl::StrCat(unknown,
                                            ":2: 'bogus' is not a "
                                            "setting")));
  const std::string bad =
      WriteTemp("bad.yaml", "cluster:\n  min_similarity: high\n");
  r = RunLaddermerge({"--config", bad, "parse", kBeta});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr(absl::StrCat(bad,
                                            ":2: 'cluster.min_similarity' "
                                            "needs a number")));
}

TEST(ConfigCliTest, SwitchesTakeTrueOrFalse) {
  const std::string on =
      WriteTemp("switch_on.yaml", "english_stop_words: TRUE\n");
  RunResult r = RunLaddermerge({"--config", on, "similarity", "--weights",
                                "word=1,char=0,wordnet=0,"
                                "synset=0,concept=0,polarity=0,glove=0",
                                "The team", "The plan"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, StartsWith("score: 0.0000"));
  const std::string bad =
      WriteTemp("switch_bad.yaml", "threads: 1\nladder_stop_words: maybe\n");
  r = RunLaddermerge({"--config", bad, "parse", kBeta});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr(absl::StrCat(bad,
                                            ":2: 'ladder_stop_words' "
                                            "needs a true or false value")));
}

TEST(ConfigCliTest, StopWordsFromTheFileOrTheCommandLine) {
  const std::string config = WriteTemp("stop.yaml", "stop_words: [mentors]\n");
  RunResult with =
      RunLaddermerge({"--config", config, "similarity", "--weights",
                      "word=1,char=0,wordnet=0,"
                      "synset=0,concept=0,polarity=0,glove=0",
                      "Mentors interns", "Mentors engineers"});
  ASSERT_EQ(with.exit_code, 0) << with.err;
  EXPECT_THAT(with.out, StartsWith("score: 0.0000"));
  RunResult flag = RunLaddermerge({"similarity", "--extra-stop-words",
                                   "Mentors", "--weights",
                                   "word=1,char=0,wordnet=0,"
                                   "synset=0,concept=0,polarity=0,glove=0",
                                   "Mentors interns", "Mentors engineers"});
  ASSERT_EQ(flag.exit_code, 0) << flag.err;
  EXPECT_THAT(flag.out, StartsWith("score: 0.0000"));
}

TEST(ProgressCliTest, NothingButTheSummaryWhenStderrIsNotATerminal) {
  const std::string out = WriteTemp("progress_out", "");
  std::remove(out.c_str());
  RunResult r = RunLaddermerge({"merge", kAlpha, kBeta, "--out", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_THAT(r.out, StartsWith("laddermerge: 2 ladders, 15 statements"));
  RunResult verbose =
      RunLaddermerge({"-v", "merge", kAlpha, kBeta, "--out", out});
  EXPECT_THAT(verbose.err, HasSubstr("laddermerge: time: Clustering"));
  EXPECT_THAT(verbose.err, Not(HasSubstr("\r")));
}

TEST(HelpCliTest, EveryCommandHasHelpWithAnExample) {
  for (const char* command : {"parse", "validate", "match", "merge", "levels",
                              "similarity", "score-pairs"}) {
    RunResult r = RunLaddermerge({command, "--help"});
    EXPECT_EQ(r.exit_code, 0) << command;
    EXPECT_THAT(r.out, HasSubstr("Example")) << command;
  }
}

}  // namespace
}  // namespace laddermerge
