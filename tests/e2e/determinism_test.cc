// `parse` and `match` print the same bytes whatever the thread count.
#include <string>
#include <vector>

#include "gtest/gtest.h"

#include "run_binary.h"

namespace laddermerge {
namespace {

using testing_util::RunLaddermerge;
using testing_util::RunResult;

const std::vector<std::string> kInputs = {
    "corpora/northwind", "corpora/contoso", "corpora/fabrikam",
    "initech=tests/testdata/formats/ladder.yaml"};

std::vector<std::string> With(std::vector<std::string> args,
                              const std::string& threads) {
  args.insert(args.begin(), {"--quiet", "--threads", threads});
  return args;
}

TEST(DeterminismTest, ParseIsIdenticalForOneTwoAndEightThreads) {
  std::vector<std::string> args = {"parse"};
  args.insert(args.end(), kInputs.begin(), kInputs.end());
  const RunResult one = RunLaddermerge(With(args, "1"));
  ASSERT_EQ(one.exit_code, 0) << one.err;
  for (const char* threads : {"2", "8"}) {
    const RunResult other = RunLaddermerge(With(args, threads));
    ASSERT_EQ(other.exit_code, 0) << other.err;
    EXPECT_EQ(other.out, one.out) << threads << " threads";
  }
}

TEST(DeterminismTest, MatchIsIdenticalForOneTwoAndEightThreads) {
  std::vector<std::string> args = {"match", "--top-k", "5"};
  args.insert(args.end(), kInputs.begin(), kInputs.end());
  const RunResult one = RunLaddermerge(With(args, "1"));
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_GT(one.out.size(), 1000u);
  for (const char* threads : {"2", "8"}) {
    const RunResult other = RunLaddermerge(With(args, threads));
    ASSERT_EQ(other.exit_code, 0) << other.err;
    EXPECT_EQ(other.out, one.out) << threads << " threads";
  }
}

}  // namespace
}  // namespace laddermerge
