#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "ingest/internal/reader.h"
#include "reader_testing.h"

namespace laddermerge::internal {
namespace {

using ::testing::ElementsAreArray;

struct TextCase {
  const char* name;
  const char* text;
  std::vector<std::string> statements;  // As Describe() writes them.
};

class TextReaderTest : public testing::TestWithParam<TextCase> {};

TEST_P(TextReaderTest, ReadsOneStatementPerLineOrBullet) {
  absl::StatusOr<ReadResult> result =
      ReadWith(&ReadText, GetParam().text, "notes.txt");
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_THAT(DescribeAll(*result), ElementsAreArray(GetParam().statements));
}

INSTANTIATE_TEST_SUITE_P(
    Texts, TextReaderTest,
    testing::Values(
        TextCase{"Lines",
                 "Writes tests\n\n  Reviews code  \n",
                 {"1 I / [] Writes tests", "3 I / [] Reviews code"}},
        TextCase{"Markers",
                 "- Dash\n* Star\n\xE2\x80\xA2 Bullet\n1. Numbered\n2) Paren\n",
                 {"1 I / [] Dash", "2 I / [] Star", "3 I / [] Bullet",
                  "4 I / [] Numbered", "5 I / [] Paren"}},
        TextCase{"IndentedLineContinuesABullet",
                 "- Owns services and\n  their alerts\nSeparate line\n",
                 {"1 I / [] Owns services and\ntheir alerts",
                  "3 I / [] Separate line"}},
        TextCase{"LabelLineHeadsItsBullets",
                 "Delivery:\n- Ships work\n- Plans work\nEnds with colon:\n"
                 "Not a bullet\n",
                 {"2 I / [Delivery] Ships work", "3 I / [Delivery] Plans work",
                  "4 I / [Delivery] Ends with colon:",
                  "5 I / [Delivery] Not a bullet"}},
        TextCase{"LevelLinesStartTheirLevels",
                 "Acme ladder\nRead this first\n- Kept bullet\n\n"
                 "Level 1 - Apprentice\n\t- Learns the stack\nQuality:\n"
                 "- Tests code\n\nSenior Engineer\nDesigns systems\n"
                 "Engineer II:\n- Reviews code\n",
                 {"3 I / [] Kept bullet", "6 I Level 1/ [] Learns the stack",
                  "8 I Level 1/ [Quality] Tests code",
                  "11 I Senior Engineer/ic [] Designs systems",
                  "13 I Engineer II/ic [] Reviews code"}},
        TextCase{"TextAfterALevelNameIsAStatementOfThatLevel",
                 "L3: owns projects end to end.\n- Mentors others\n"
                 "Staff Engineer - sets direction\n- Leads design\n",
                 {"1 I L3/ [] owns projects end to end.",
                  "2 I L3/ [] Mentors others",
                  "4 I Staff Engineer/ic [] Leads design"}},
        TextCase{"HeadingsInCapitalsLabelTheLinesUnderThem",
                 "SENIOR ENGINEER II\n\nTECHNICAL\nDesigns services.\n"
                 "Explains trade-offs.\n\nNOT A LABEL.\n\nOWNS ON-CALL\n",
                 {"4 I Senior Engineer II/ic [Technical] Designs services.",
                  "5 I Senior Engineer II/ic [Technical] Explains trade-offs.",
                  "7 I Senior Engineer II/ic [Technical] NOT A LABEL.",
                  // Nothing under it: a line of its own, not a label.
                  "9 I Senior Engineer II/ic [Technical] OWNS ON-CALL"}},
        TextCase{"SentencesNamingLevelsStayStatements",
                 "Senior engineers mentor others.\nGrows into a Staff "
                 "Engineer over time\n",
                 {"1 I / [] Senior engineers mentor others.",
                  "2 I / [] Grows into a Staff Engineer over time"}}),
    CaseName());

TEST(TextReaderContextTest, UsesPathLevelAndFirstLine) {
  const IngestOptions options;
  const SourceFile source{"ic/L3.txt", "Ships work\n", 7};
  ReaderContext context;
  context.options = &options;
  context.track = "ic";
  context.level = "L3";
  absl::StatusOr<ReadResult> result = ReadText(source, context);
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_THAT(DescribeAll(*result),
              ElementsAreArray({"7 I L3/ic [] Ships work"}));
}

}  // namespace
}  // namespace laddermerge::internal
