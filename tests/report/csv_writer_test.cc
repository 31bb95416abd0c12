#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "merge_fixture.h"
#include "report/report.h"

namespace laddermerge {
namespace {

using Rows = std::vector<std::vector<std::string>>;
using testing::ElementsAre;

constexpr char kBom[] = "\xEF\xBB\xBF";

// A strict RFC 4180 reader: CRLF records, "" inside quoted fields. Fails the
// test on anything else (a bare LF or CR outside quotes, a stray quote).
Rows ParseCsv(const std::string& csv) {
  EXPECT_TRUE(absl::StartsWith(csv, kBom)) << "no byte order mark";
  Rows rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 3; i < csv.size(); ++i) {
    const char c = csv[i];
    if (quoted) {
      if (c != '"') {
        field += c;
      } else if (i + 1 < csv.size() && csv[i + 1] == '"') {
        field += '"', ++i;
      } else {
        quoted = false;
      }
    } else if (c == '"') {
      EXPECT_TRUE(field.empty()) << "quote inside an unquoted field";
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      EXPECT_NE(c, '\n') << "bare LF outside quotes at byte " << i;
      EXPECT_NE(c, '\r') << "bare CR outside quotes at byte " << i;
      field += c;
    }
  }
  EXPECT_FALSE(quoted) << "unterminated quoted field";
  EXPECT_TRUE(rows.back().empty() && field.empty()) << "no final CRLF";
  rows.pop_back();
  return rows;
}

size_t Column(const Rows& rows, const std::string& header) {
  for (size_t i = 0; i < rows.front().size(); ++i) {
    if (rows.front()[i] == header) return i;
  }
  ADD_FAILURE() << "no column " << header;
  return 0;
}

TEST(ClustersCsvTest, OneRowPerStatementWithRectangularRecords) {
  const MergeResult result = testing_util::SampleMergeResult();
  const Rows rows = ParseCsv(ClustersCsv(result));
  ASSERT_EQ(rows.size(), result.statements.size() + 1);
  for (const auto& row : rows) EXPECT_EQ(row.size(), rows.front().size());
  EXPECT_EQ(rows.front().front(), "Cluster");
  const size_t statement = Column(rows, "Statement");
  const size_t link = Column(rows, "Link");
  EXPECT_EQ(rows[1][0], "c1");
  EXPECT_EQ(rows[1][statement], "northwind:1");
  EXPECT_EQ(rows[1][link], "canonical");
  EXPECT_EQ(rows[3][link], "narrower");
}

TEST(ClustersCsvTest, QuotesCommasQuotesAndNewlinesAndGuardsFormulas) {
  const MergeResult result = testing_util::SampleMergeResult();
  const std::string csv = ClustersCsv(result);
  const Rows rows = ParseCsv(csv);
  const size_t text = Column(rows, "Text");
  bool found_csv_text = false, found_hostile = false;
  for (const auto& row : rows) {
    found_csv_text |= row[text] == absl::StrCat("'", testing_util::kCsvText);
    found_hostile |= row[text] == testing_util::kHostileText;
  }
  EXPECT_TRUE(found_csv_text) << csv;
  EXPECT_TRUE(found_hostile) << csv;
  EXPECT_FALSE(absl::StrContains(csv, "\n=HYPERLINK"));
  EXPECT_FALSE(absl::StrContains(csv, ",=HYPERLINK"));
}

TEST(ClustersCsvTest, ReplacesInvalidUtf8) {
  const std::string csv = ClustersCsv(testing_util::SampleMergeResult());
  EXPECT_TRUE(absl::StrContains(csv, "Protects data \uFFFD( at rest \uFFFD"));
  EXPECT_FALSE(absl::StrContains(csv, "\xFF"));
}

TEST(GapsCsvTest, OneRowPerGapWithClosestStatement) {
  const MergeResult result = testing_util::SampleMergeResult();
  const Rows rows = ParseCsv(GapsCsv(result));
  ASSERT_EQ(rows.size(), 4u);
  const size_t held_by = Column(rows, "Held by");
  const size_t confidence = Column(rows, "Confidence");
  const size_t closest = Column(rows, "Closest statement");
  EXPECT_EQ(rows[1][0], "northwind");
  EXPECT_EQ(rows[1][held_by], "contoso, fabrikam");
  EXPECT_EQ(rows[1][confidence], "0.91");
  EXPECT_EQ(rows[1][closest], "northwind:3");
  EXPECT_EQ(rows[3][0], "fabrikam");
  EXPECT_EQ(rows[3][closest], "");
}

TEST(OverlapCsvTest, MatrixRowsThenAreaCoverageRows) {
  const MergeResult result = testing_util::SampleMergeResult();
  const Rows rows = ParseCsv(OverlapCsv(result));
  EXPECT_THAT(rows.front(),
              ElementsAre("View", "Row", "northwind", "contoso", "fabrikam"));
  ASSERT_EQ(rows.size(), 1 + result.ladders.size() + result.areas.size());
  EXPECT_THAT(rows[1], ElementsAre("Overlap", "northwind", "1", "0.5", "0.5"));
  EXPECT_THAT(rows[3], ElementsAre("Overlap", "fabrikam", "0.75", "0.75", "1"));
  EXPECT_EQ(rows[4][0], "Area coverage");
  EXPECT_EQ(rows[4][1], "Delivery");
  EXPECT_EQ(rows[7][1], "Security & <Compliance>");
  EXPECT_THAT(rows[7], ElementsAre("Area coverage", "Security & <Compliance>",
                                   "0", "1", "1"));
}

TEST(CsvWritersTest, AreDeterministic) {
  const MergeResult result = testing_util::SampleMergeResult();
  EXPECT_EQ(ClustersCsv(result),
            ClustersCsv(testing_util::SampleMergeResult()));
  EXPECT_EQ(GapsCsv(result), GapsCsv(result));
  EXPECT_EQ(OverlapCsv(result), OverlapCsv(result));
}

}  // namespace
}  // namespace laddermerge
