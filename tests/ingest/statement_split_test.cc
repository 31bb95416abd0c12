#include "ingest/internal/statement_split.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace laddermerge::internal {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;

struct SplitCase {
  const char* name;
  std::string text;
  std::vector<std::string> texts;
  std::vector<int> newlines;  // newlines_before of each piece.
};

std::vector<std::string> Texts(const std::vector<TextPiece>& pieces) {
  std::vector<std::string> out;
  for (const TextPiece& p : pieces) out.push_back(p.text);
  return out;
}

std::vector<int> Newlines(const std::vector<TextPiece>& pieces) {
  std::vector<int> out;
  for (const TextPiece& p : pieces) out.push_back(p.newlines_before);
  return out;
}

class StructuredSplitTest : public testing::TestWithParam<SplitCase> {};

TEST_P(StructuredSplitTest, SplitsIntoStatementsWithLines) {
  const std::vector<TextPiece> pieces = SplitStructuredText(GetParam().text);
  EXPECT_THAT(Texts(pieces), ElementsAreArray(GetParam().texts));
  EXPECT_THAT(Newlines(pieces), ElementsAreArray(GetParam().newlines));
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, StructuredSplitTest,
    testing::Values(
        SplitCase{
            "OneLine", "Ships small features.", {"Ships small features."}, {0}},
        SplitCase{"HardWrappedProseStaysOne",
                  "Plans the work of the team\nand keeps to timelines.\n",
                  {"Plans the work of the team\nand keeps to timelines."},
                  {0}},
        SplitCase{"NumberedItems",
                  "1. Writes tests.\n2. Reviews code,\n   kindly.\n3. Ships.",
                  {"Writes tests.", "Reviews code,\n   kindly.", "Ships."},
                  {0, 1, 3}},
        SplitCase{"NumberedItemsFoldedIntoOneLine",
                  "1. Writes tests. 2. Reviews code 3) Ships",
                  {"Writes tests.", "Reviews code", "Ships"},
                  {0, 0, 0}},
        SplitCase{"OutOfSequenceNumbersStay",
                  "1. Meets 3. times a week",
                  {"Meets 3. times a week"},
                  {0}},
        SplitCase{"Bullets",
                  "- one thing\n* another\n\xE2\x80\xA2 a third",
                  {"one thing", "another", "a third"},
                  {0, 1, 2}},
        SplitCase{"Paragraphs",
                  "First part.\n\n\nSecond part.\n",
                  {"First part.", "Second part."},
                  {0, 3}},
        SplitCase{"LeadInKeptBeforeItems",
                  "Does:\n- a thing\n- b thing",
                  {"Does:", "a thing", "b thing"},
                  {0, 1, 2}},
        SplitCase{
            "BoldIsNotABullet", "**Scope**: team", {"**Scope**: team"}, {0}},
        SplitCase{"Empty", "  \n \n", {}, {}}),
    [](const testing::TestParamInfo<SplitCase>& param) {
      return param.param.name;
    });

class CellSplitTest : public testing::TestWithParam<SplitCase> {};

TEST_P(CellSplitTest, SplitsIntoStatementsWithLines) {
  const std::vector<TextPiece> pieces = SplitCellText(GetParam().text);
  EXPECT_THAT(Texts(pieces), ElementsAreArray(GetParam().texts));
  EXPECT_THAT(Newlines(pieces), ElementsAreArray(GetParam().newlines));
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, CellSplitTest,
    testing::Values(
        SplitCase{"LineBreaksSeparate",
                  "Writes tests.\nReviews code.",
                  {"Writes tests.", "Reviews code."},
                  {0, 1}},
        SplitCase{"BlankLinesSeparate",
                  "Writes tests.\n\nReviews code.",
                  {"Writes tests.", "Reviews code."},
                  {0, 2}},
        SplitCase{"ExamplesLineStaysAttached",
                  "Uses good tools.\nExamples: editors, CI\n\nShips.",
                  {"Uses good tools.\nExamples: editors, CI", "Ships."},
                  {0, 3}},
        SplitCase{"BoldExamplesStayAttached",
                  "**Uses tools.**\n**Examples: CI**",
                  {"**Uses tools.**\n**Examples: CI**"},
                  {0}},
        SplitCase{"EgAndParenthesesStayAttached",
                  "Uses tools\ne.g. Git\n(and CI)",
                  {"Uses tools\ne.g. Git\n(and CI)"},
                  {0}},
        SplitCase{"LowercaseContinues",
                  "Designs APIs that\nscale well.",
                  {"Designs APIs that\nscale well."},
                  {0}},
        SplitCase{"ColonLeadInContinues",
                  "Knows the basics of:\nGo and SQL",
                  {"Knows the basics of:\nGo and SQL"},
                  {0}},
        SplitCase{
            "JapaneseExampleContinues",
            "\xE8\xAA\xAC\xE6\x98\x8E\xE3\x81\x99\xE3\x82\x8B\xE3\x80\x82"
            "\n\xE4\xBE\x8B\xEF\xBC\x9A"
            "CI",
            {"\xE8\xAA\xAC\xE6\x98\x8E\xE3\x81\x99\xE3\x82\x8B\xE3\x80\x82"
             "\n\xE4\xBE\x8B\xEF\xBC\x9A"
             "CI"},
            {0}},
        SplitCase{"BulletsSeparateEvenAfterColon",
                  "Owns:\n- the roadmap\n- hiring",
                  {"Owns:", "the roadmap", "hiring"},
                  {0, 1, 2}},
        SplitCase{"SpacedSemicolonSeparates",
                  "Writes tests ; reviews code\nShips ; measures",
                  {"Writes tests", "reviews code", "Ships", "measures"},
                  {0, 0, 1, 1}},
        SplitCase{"PlainSemicolonDoesNot",
                  "Writes tests; reviews code",
                  {"Writes tests; reviews code"},
                  {0}}),
    [](const testing::TestParamInfo<SplitCase>& param) {
      return param.param.name;
    });

TEST(StatementSplitTest, OffsetsPointIntoTheInput) {
  const std::string text = "intro\n\n  - item one\n";
  const std::vector<TextPiece> pieces = SplitStructuredText(text);
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_EQ(text.substr(pieces[1].offset, 8), "item one");
}

TEST(StatementSplitTest, ListMarkerLength) {
  EXPECT_EQ(ListMarkerLength("- a"), 2u);
  EXPECT_EQ(ListMarkerLength("12)  a"), 5u);
  EXPECT_EQ(ListMarkerLength("1.5 years"), 0u);
  EXPECT_EQ(ListMarkerLength("-a"), 0u);
  EXPECT_EQ(ListMarkerLength("1234. a"), 0u);
}

TEST(StatementSplitTest, HugeCellIsSplitInOnePass) {
  std::string cell;
  for (int i = 0; i < 200000; ++i) cell += "Writes tests.\n";
  const std::vector<TextPiece> pieces = SplitCellText(cell);
  ASSERT_EQ(pieces.size(), 200000u);
  EXPECT_EQ(pieces.back().newlines_before, 199999);
}

TEST(StatementSplitTest, OneHugeLineStaysOneStatement) {
  const std::string line(10 * 1000 * 1000, 'a');
  EXPECT_THAT(Newlines(SplitCellText(line)), ElementsAre(0));
}

}  // namespace
}  // namespace laddermerge::internal
