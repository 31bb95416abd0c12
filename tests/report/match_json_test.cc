#include <string>
#include <vector>

#include "gtest/gtest.h"

#include "common/ladder.h"
#include "match/match.h"
#include "report/report.h"

namespace laddermerge {
namespace {

Ladder LadderWithIds(const std::vector<std::string>& ids) {
  Ladder ladder;
  for (const std::string& id : ids) {
    ladder.statements.emplace_back();
    ladder.statements.back().id = id;
  }
  return ladder;
}

Corpus TwoLadders() {
  Corpus corpus;
  corpus.ladders.push_back(LadderWithIds({"a:1", "a:2"}));
  corpus.ladders.push_back(LadderWithIds({"q\"b:1"}));
  return corpus;
}

TEST(MatchJsonTest, NoMatchesIsAnEmptyList) {
  TopMatches none;
  none.row_ptr = {0, 0, 0, 0};
  EXPECT_EQ(MatchJson(TwoLadders(), none), "{\"matches\": []}\n");
}

TEST(MatchJsonTest, RoundsScoresAndEscapesIds) {
  TopMatches top;
  top.row_ptr = {0, 2, 2, 3};
  top.neighbors = {{2, 0.83119997f}, {1, 1.0f}, {0, 0.00004f}};
  EXPECT_EQ(MatchJson(TwoLadders(), top),
            "{\"matches\": [\n"
            "  {\"a\": \"a:1\", \"b\": \"q\\\"b:1\", \"score\": 0.8312},\n"
            "  {\"a\": \"a:1\", \"b\": \"a:2\", \"score\": 1},\n"
            "  {\"a\": \"q\\\"b:1\", \"b\": \"a:1\", \"score\": 0}\n"
            "]}\n");
}

TEST(MatchJsonTest, KeepsTwoDecimalsWhenTheRestAreZeros) {
  TopMatches top;
  top.row_ptr = {0, 1, 1, 1};
  top.neighbors = {{1, 0.83f}};
  EXPECT_NE(MatchJson(TwoLadders(), top).find("\"score\": 0.83}"),
            std::string::npos);
}

}  // namespace
}  // namespace laddermerge
