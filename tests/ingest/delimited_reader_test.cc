// ReadDelimited (CSV/TSV): the RFC 4180 record parser, both matrix
// orientations, statement lines inside multi-line cells, and bad input.
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "ingest/internal/csv_parser.h"
#include "ingest/reader_test_util.h"

namespace laddermerge::internal {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

absl::StatusOr<ReadResult> ReadCsvText(const std::string& text) {
  return ReadText(
      [](const SourceFile& s, const ReaderContext& c) {
        return ReadDelimited(s, ',', c);
      },
      "f.csv", text);
}

absl::StatusOr<ReadResult> ReadTsvText(const std::string& text) {
  return ReadText(
      [](const SourceFile& s, const ReaderContext& c) {
        return ReadDelimited(s, '\t', c);
      },
      "f.tsv", text);
}

TEST(CsvParserTest, QuotedFieldsDoubledQuotesAndLines) {
  absl::StatusOr<std::vector<CsvRecord>> records = ParseDelimitedRecords(
      SourceFile{"f.csv", "a,\"b,\"\"c\"\"\"\n\n\"multi\nline\",,x\nlast", 1},
      ',');
  ASSERT_TRUE(records.ok()) << records.status();
  ASSERT_EQ(records->size(), 3u);
  EXPECT_EQ((*records)[0].fields[1].text, "b,\"c\"");
  EXPECT_EQ((*records)[1].line, 3);
  EXPECT_EQ((*records)[1].fields[0].text, "multi\nline");
  EXPECT_EQ((*records)[1].fields[1].text, "");
  EXPECT_EQ((*records)[1].fields[2].line, 4);
  EXPECT_EQ((*records)[2].fields[0].text, "last");
  EXPECT_EQ((*records)[2].line, 5);
}

TEST(CsvReaderTest, LevelsInTheHeaderRow) {
  absl::StatusOr<ReadResult> r = ReadCsvText(
      "Area,Competency,L1,L2\n"
      "Delivery,Planning,\"- Plans their week\n- Estimates tasks\",Plans "
      "for the team\n"
      ",Execution,Ships small changes,\n"
      "Craft,,\"Writes tests.\n\nReviews code ; pairs often\",\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(
      Describe(*r),
      ElementsAre("2||L1|Delivery > Planning|Plans their week",
                  "3||L1|Delivery > Planning|Estimates tasks",
                  "3||L2|Delivery > Planning|Plans for the team",
                  "4||L1|Delivery > Execution|Ships small changes",
                  "5||L1|Craft|Writes tests.", "7||L1|Craft|Reviews code",
                  "7||L1|Craft|pairs often"));
  EXPECT_THAT(DescribeTracks(*r), ElementsAre(": L1, L2"));
}

TEST(CsvReaderTest, LevelsInTheFirstColumnWithContinuationLines) {
  absl::StatusOr<ReadResult> r = ReadCsvText(
      "\"\",Ownership,Teamwork\n"
      "G1,\"Owns small tasks.\nExamples: bug fixes, docs\n\nAsks for help "
      "early.\",Listens to others.\n"
      "G2,\"**Owns features.**\n**Examples: a settings page**\",\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(
      Describe(*r),
      ElementsAre(
          "2||G1|Ownership|Owns small tasks.\nExamples: bug fixes, docs",
          "5||G1|Ownership|Asks for help early.",
          "5||G1|Teamwork|Listens to others.",
          "6||G2|Ownership|"
          "**Owns features.**\n**Examples: a settings page**"));
  EXPECT_THAT(DescribeTracks(*r), ElementsAre(": G1, G2"));
}

TEST(CsvReaderTest, BracketedLineHeadsTheRestOfTheCell) {
  absl::StatusOr<ReadResult> r = ReadCsvText(
      "\"\",Delivery\n"
      "G3,\"Ships features.\n\n[People Manager Skills]\n\nPlans "
      "staffing.\"\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("2||G3|Delivery|Ships features.",
                          "6|management|G3|Delivery > People Manager "
                          "Skills|Plans staffing."));
}

TEST(CsvReaderTest, TrackColumnAndTsv) {
  absl::StatusOr<ReadResult> r = ReadTsvText(
      "Track\tCompetency\tSenior\tStaff\n"
      "ic\tDesign\tDesigns a service\tDesigns a platform\n"
      "management\tPeople\tRuns one-on-ones\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("2|ic|Senior|Design|Designs a service",
                          "2|ic|Staff|Design|Designs a platform",
                          "3|management|Senior|People|Runs one-on-ones"));
}

TEST(CsvReaderTest, SemicolonSeparatedExportWithByteOrderMark) {
  absl::StatusOr<ReadResult> r = ReadCsvText(
      "\xEF\xBB\xBF"
      "Competency;Junior;Senior\n"
      "Coding;\"Writes code, with help\";Sets standards\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("2||Junior|Coding|Writes code, with help",
                          "2||Senior|Coding|Sets standards"));
}

TEST(CsvReaderTest, TitleRowsAboveTheHeaderAreSkipped) {
  absl::StatusOr<ReadResult> r = ReadCsvText(
      "Acme Engineering Ladder\nLast updated 2024,,\n"
      "Competency,Junior,Senior\nCoding,Writes code,Sets standards\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r), ElementsAre("4||Junior|Coding|Writes code",
                                        "4||Senior|Coding|Sets standards"));
}

TEST(CsvReaderTest, ACommaSeparatedFileWithSemicolonsInCellsStaysComma) {
  absl::StatusOr<ReadResult> r =
      ReadCsvText("Area,L1,L2\nCraft,Tests; reviews,Designs\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("2||L1|Craft|Tests; reviews", "2||L2|Craft|Designs"));
}

// One row per statement: level, text, track and competency columns found by
// their names, blanks repeating the row above, numbers named by the header.
TEST(CsvReaderTest, OneRowPerStatementList) {
  absl::StatusOr<ReadResult> r = ReadCsvText(
      "ID,Track,Grade,Competency,Sub-competency,Statement,Description,Notes\n"
      "1,IC,3,Craft,Testing,,Writes tests for every change they make,x\n"
      "2,,,,,,Reviews code within a day,\n"
      "3,,4,,Design,,Designs services used by other teams,\n"
      "4,Management,4,People,,,Runs regular one-on-ones with reports,\n"
      "5,,,,,,,\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(
      Describe(*r),
      ElementsAre(
          "2|IC|Grade 3|Craft > Testing|Writes tests for every change they "
          "make",
          "3|IC|Grade 3|Craft > Testing|Reviews code within a day",
          "4|IC|Grade 4|Craft > Design|Designs services used by other teams",
          "5|Management|Grade 4|People|Runs regular one-on-ones with "
          "reports"));
}

TEST(CsvReaderTest, AHeaderWithoutATextColumnIsAMatrix) {
  absl::StatusOr<ReadResult> r =
      ReadCsvText("Level,Technical Skill,Delivery\nSenior,Designs,Leads\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r), ElementsAre("2||Senior|Technical Skill|Designs",
                                        "2||Senior|Delivery|Leads"));
}

TEST(CsvReaderTest, UnrecognisableLevelsWarnAndUseTheHeader) {
  absl::StatusOr<ReadResult> r =
      ReadCsvText("Skill,Bronze,Gold\nCooking,Boils eggs,Bakes bread\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r), ElementsAre("2||Bronze|Cooking|Boils eggs",
                                        "2||Gold|Cooking|Bakes bread"));
  EXPECT_THAT(r->warnings,
              ElementsAre("f.csv:1: no level names in the header row or first "
                          "column; reading the header row as levels"));
  // Rungs of a proficiency scale are level names.
  r = ReadCsvText("Skill,Novice,Expert\nCooking,Boils eggs,Bakes bread\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r), ElementsAre("2||Novice|Cooking|Boils eggs",
                                        "2||Expert|Cooking|Bakes bread"));
  EXPECT_THAT(r->warnings, IsEmpty());
}

TEST(CsvReaderTest, TwoHeaderRowsTracksOverLevels) {
  // The track cell of a merged range exports as the name, then blanks.
  absl::StatusOr<ReadResult> r = ReadCsvText(
      "Area,Individual Contributor,,Management\n"
      ",Engineer I,Engineer II,Engineering Manager\n"
      "Craft,Writes tested code,Designs modules,Guides technical choices\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("3|ic|Engineer I|Craft|Writes tested code",
                          "3|ic|Engineer II|Craft|Designs modules",
                          "3|management|Engineering Manager|Craft|Guides "
                          "technical choices"));
  EXPECT_THAT(r->warnings, IsEmpty());
}

TEST(CsvReaderTest, HeaderOnlyHasNoStatements) {
  absl::StatusOr<ReadResult> r = ReadCsvText("Area,L1,L2\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(r->statements, IsEmpty());
}

TEST(CsvReaderTest, HundredThousandColumns) {
  std::string header = "Area";
  std::string row = "Delivery";
  for (int i = 1; i <= 100000; ++i) {
    absl::StrAppend(&header, ",L", i % 90 + 1);
    row += ",Ships";
  }
  absl::StatusOr<ReadResult> r =
      ReadCsvText(absl::StrCat(header, "\n", row, "\n"));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->statements.size(), 100000u);
}

TEST(CsvReaderTest, TenMegabyteCell) {
  std::string cell;
  while (cell.size() < 10 * 1000 * 1000) cell += "Writes tests.\n";
  absl::StatusOr<ReadResult> r =
      ReadCsvText(absl::StrCat("Area,L1\nCraft,\"", cell, "\"\n"));
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->statements.size(), cell.size() / 14);
  EXPECT_EQ(r->statements.back().line, 1 + static_cast<int>(cell.size() / 14));
}

struct BadCsvCase {
  const char* name;
  std::string text;
  std::string message;
};

class BadCsvTest : public testing::TestWithParam<BadCsvCase> {};

TEST_P(BadCsvTest, IsInvalidArgumentWithFileAndLine) {
  absl::StatusOr<ReadResult> r = ReadCsvText(GetParam().text);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(std::string(r.status().message()), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, BadCsvTest,
    testing::Values(
        BadCsvCase{"UnterminatedQuote",
                   "Area,L1\nCraft,ok\nDelivery,\"starts here\nand never "
                   "ends\n\n",
                   "f.csv:3: unterminated quoted field"},
        BadCsvCase{"TextAfterClosingQuote", "Area,L1\nCraft,\"ok\"x\n",
                   "f.csv:2: text after the closing quote of a field"},
        BadCsvCase{"RaggedRow", "Area,L1,L2\nCraft,a,b\nDelivery,a,b,extra\n",
                   "f.csv:3: row has 4 fields, the header has 3"}),
    [](const testing::TestParamInfo<BadCsvCase>& param) {
      return param.param.name;
    });

TEST(CsvReaderTest, ShortRowsAndEmptyTrailingFieldsAreTolerated) {
  absl::StatusOr<ReadResult> r =
      ReadCsvText("Area,L1,L2\nCraft,Writes tests\nDelivery,Ships,,\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("2||L1|Craft|Writes tests", "3||L1|Delivery|Ships"));
}

}  // namespace
}  // namespace laddermerge::internal
