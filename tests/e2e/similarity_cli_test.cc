// End-to-end tests of `laddermerge similarity` and `laddermerge score-pairs`.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"

#include "run_binary.h"

namespace laddermerge {
namespace {

using testing_util::RunLaddermerge;
using testing_util::RunResult;

std::string WriteTemp(const std::string& name, const std::string& content) {
  const std::string path = absl::StrCat(testing::TempDir(), "/", name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

std::vector<double> Scores(const std::string& out) {
  std::vector<double> scores;
  for (absl::string_view line : absl::StrSplit(out, '\n', absl::SkipEmpty())) {
    double v = 0;
    EXPECT_TRUE(absl::SimpleAtod(line, &v)) << line;
    scores.push_back(v);
  }
  return scores;
}

TEST(SimilarityCliTest, PrintsScoreAndExplanation) {
  RunResult r = RunLaddermerge({"similarity", "Mentors junior engineers",
                                "Coaches and mentors new engineers"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(absl::StartsWith(r.out, "score: ")) << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "because of:")) << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "mentoring")) << r.out;
}

TEST(SimilarityCliTest, JsonFormat) {
  RunResult r =
      RunLaddermerge({"similarity", "--format", "json",
                      "Owns the on-call rotation", "Leads incident response"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "\"score\":")) << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "\"parts\":")) << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "\"because\":")) << r.out;
}

// The build converts the GloVe vectors only when scripts/setup.sh could
// fetch them; without them laddermerge warns once and scores without the
// "glove" part.
TEST(SimilarityCliTest, GlovePartOrOneWarningWithoutIt) {
  const std::string glove =
      std::filesystem::path(LADDERMERGE_BINARY).parent_path().string() +
      "/../share/laddermerge/glove_vectors.bin";
  RunResult r = RunLaddermerge({"similarity", "--format", "json",
                                "You test your code", "Writes unit tests"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  if (std::filesystem::exists(glove)) {
    EXPECT_TRUE(absl::StrContains(r.out, "\"glove\":")) << r.out;
    EXPECT_TRUE(absl::StrContains(r.out, "test ~ tests")) << r.out;
    EXPECT_FALSE(absl::StrContains(r.err, "glove")) << r.err;
  } else {
    EXPECT_FALSE(absl::StrContains(r.out, "\"glove\":")) << r.out;
    EXPECT_EQ(std::vector<absl::string_view>(
                  absl::StrSplit(r.err, "without the glove part\n"))
                  .size(),
              2u)
        << r.err;
  }
  RunResult quiet = RunLaddermerge(
      {"--quiet", "similarity", "You test your code", "Writes unit tests"});
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_EQ(quiet.err, "");
}

TEST(SimilarityCliTest, BadWeightsAreAnError) {
  RunResult r =
      RunLaddermerge({"similarity", "--weights", "bogus=1", "a b c", "d e f"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "laddermerge: error: --weights: unknown part \"bogus\"\n");
}

TEST(SimilarityCliTest, MissingArgumentIsAUsageError) {
  RunResult r = RunLaddermerge({"similarity", "only one"});
  EXPECT_EQ(r.exit_code, 2);
}

TEST(ScorePairsCliTest, OneScorePerLineAndParaphrasesScoreHigher) {
  const std::string path =
      WriteTemp("pairs.tsv",
                "A man is playing a guitar\tA man plays the guitar\t5.0\n"
                "A man is playing a guitar\tA woman is slicing an onion\t0.5\n"
                "Mentors junior engineers\tCoaches new hires\n");
  RunResult r = RunLaddermerge({"score-pairs", path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<double> scores = Scores(r.out);
  ASSERT_EQ(scores.size(), 3u);
  EXPECT_GT(scores[0], scores[1]);
  EXPECT_GT(scores[2], 0.0);
}

TEST(ScorePairsCliTest, SameOutputForAnyThreadCount) {
  std::string content;
  for (int i = 0; i < 300; ++i) {
    absl::StrAppend(&content, "Owns service ", i % 17, " on-call\tLeads team ",
                    i % 5, " incident reviews\n");
  }
  const std::string path = WriteTemp("many.tsv", content);
  RunResult one = RunLaddermerge({"--threads", "1", "score-pairs", path});
  RunResult two = RunLaddermerge({"--threads", "2", "score-pairs", path});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(one.out, two.out);
}

TEST(ScorePairsCliTest, LineWithoutTwoFieldsIsAnErrorWithFileAndLine) {
  const std::string path =
      WriteTemp("bad.tsv", "first\tsecond\nno tab here\nthird\tfourth\n");
  RunResult r = RunLaddermerge({"score-pairs", path});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, absl::StrCat("laddermerge: error: ", path,
                                ":2: expected two tab-separated sentences\n"));
  EXPECT_TRUE(r.out.empty());
}

TEST(ScorePairsCliTest, InvalidUtf8IsAnErrorWithFileAndLine) {
  const std::string path = WriteTemp("utf8.tsv", "ok\tfine\nbad \xC3\x28\tx\n");
  RunResult r = RunLaddermerge({"score-pairs", path});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            absl::StrCat("laddermerge: error: ", path, ":2: invalid UTF-8\n"));
}

TEST(ScorePairsCliTest, EmptyAndMissingFilesAreErrors) {
  RunResult empty = RunLaddermerge({"score-pairs", WriteTemp("empty.tsv", "")});
  EXPECT_EQ(empty.exit_code, 1);
  EXPECT_TRUE(absl::StrContains(empty.err, ":1: no pairs")) << empty.err;
  RunResult missing = RunLaddermerge({"score-pairs", "/nonexistent/x.tsv"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_EQ(missing.err,
            "laddermerge: error: /nonexistent/x.tsv:1: cannot open file\n");
}

TEST(ScorePairsCliTest, FitOnAnotherFile) {
  const std::string pairs =
      WriteTemp("p.tsv", "Hires engineers\tRecruits staff\n");
  const std::string fit =
      WriteTemp("fit.txt", "Hires engineers\nRecruits staff\nWrites code\n");
  RunResult r = RunLaddermerge({"score-pairs", pairs, "--fit-on", fit});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Scores(r.out).size(), 1u);
}

}  // namespace
}  // namespace laddermerge
