#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "common/ladder.h"
#include "report/report.h"

namespace laddermerge {
namespace {

using ::testing::ElementsAre;

Ladder LadderOf(const std::vector<std::string>& texts) {
  Ladder ladder;
  ladder.name = "acme";
  ladder.files = {"acme.md"};
  ladder.tracks = {Track{"ic", {"L1"}}};
  int line = 1;
  for (const std::string& text : texts) {
    Statement s;
    s.id = "acme:" + std::to_string(line);
    s.ladder = "acme";
    s.track = "ic";
    s.level = "L1";
    s.text = text;
    s.file = "acme.md";
    s.line = line++;
    ladder.statements.push_back(s);
  }
  return ladder;
}

TEST(CheckLadderTest, FlagsStatementsOfFewerThanThreeWords) {
  const LadderCheck check = CheckLadder(
      LadderOf({"Writes tests", "Reviews code for the team", "On-call."}));
  EXPECT_THAT(check.short_statements, ElementsAre("acme.md:1", "acme.md:3"));
  EXPECT_EQ(check.statements, 3u);
}

// Japanese is written without spaces: a full sentence is not "short".
TEST(CheckLadderTest, CountsJapaneseWordsNotSpaceSeparatedRuns) {
  const LadderCheck check = CheckLadder(
      LadderOf({"設計をレビューしてチームにフィードバックする", "設計"}));
  EXPECT_THAT(check.short_statements, ElementsAre("acme.md:2"));
}

TEST(CheckLadderTest, CountsRepeatedTextsIgnoringCase) {
  const LadderCheck check = CheckLadder(
      LadderOf({"Writes clear tests", "writes clear tests", "Plans the work"}));
  EXPECT_EQ(check.repeated_texts, 1u);
}

}  // namespace
}  // namespace laddermerge
