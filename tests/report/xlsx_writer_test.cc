#include <filesystem>
#include <map>
#include <string>

#include "absl/strings/match.h"
#include "gtest/gtest.h"

#include "merge_fixture.h"
#include "report/report.h"
#include "testing/scratch_dir.h"
#include "zip_reader.h"

namespace laddermerge {
namespace {

namespace fs = std::filesystem;
using absl::StrContains;

class ReportXlsxTest : public testing::Test {
 protected:
  void SetUp() override {
    options_.temp_dir = testing_util::FreshTestDir("xlsx").string();
  }

  std::string Workbook(const MergeResult& result) {
    absl::StatusOr<std::string> xlsx = ReportXlsx(result, options_);
    EXPECT_TRUE(xlsx.ok()) << xlsx.status();
    return xlsx.ok() ? *xlsx : "";
  }

  ReportOptions options_;
};

TEST_F(ReportXlsxTest, IsAZipWithOneSheetPerView) {
  const std::string xlsx = Workbook(testing_util::SampleMergeResult());
  ASSERT_GT(xlsx.size(), 1000u);
  EXPECT_EQ(xlsx.substr(0, 4), "PK\x03\x04");
  const std::map<std::string, std::string> parts = testing_util::ReadZip(xlsx);
  ASSERT_TRUE(parts.count("xl/workbook.xml"));
  const std::string& workbook = parts.at("xl/workbook.xml");
  size_t last = 0;
  for (const char* sheet : {"Summary", "Overlap", "Gaps", "Clusters", "Levels",
                            "Level shifts", "Framework"}) {
    const size_t at =
        workbook.find(std::string("<sheet name=\"") + sheet + "\"");
    ASSERT_NE(at, std::string::npos) << sheet;
    EXPECT_GT(at, last) << sheet;
    last = at;
  }
  EXPECT_TRUE(parts.count("xl/worksheets/sheet7.xml"));
  EXPECT_FALSE(parts.count("xl/worksheets/sheet8.xml"));
}

TEST_F(ReportXlsxTest, FreezesHeadersAndFiltersTables) {
  const std::map<std::string, std::string> parts =
      testing_util::ReadZip(Workbook(testing_util::SampleMergeResult()));
  // Clusters: 17 columns (A..Q), header + 14 statements.
  const std::string& clusters = parts.at("xl/worksheets/sheet4.xml");
  EXPECT_TRUE(StrContains(clusters, "<autoFilter ref=\"A1:Q15\"/>"))
      << clusters;
  EXPECT_TRUE(StrContains(clusters, "state=\"frozen\""));
  EXPECT_TRUE(StrContains(clusters, "<col "));
  const std::string& overlap = parts.at("xl/worksheets/sheet2.xml");
  EXPECT_TRUE(StrContains(overlap, "<conditionalFormatting"));
  const std::string& summary = parts.at("xl/worksheets/sheet1.xml");
  EXPECT_FALSE(StrContains(summary, "<autoFilter"));
}

TEST_F(ReportXlsxTest, StoresLadderTextAsEscapedStrings) {
  const std::map<std::string, std::string> parts =
      testing_util::ReadZip(Workbook(testing_util::SampleMergeResult()));
  const std::string& strings = parts.at("xl/sharedStrings.xml");
  EXPECT_TRUE(StrContains(strings, "Canonical wording"));
  EXPECT_TRUE(StrContains(strings, "&lt;script&gt;document.documentElement"));
  EXPECT_TRUE(StrContains(strings, "Protects data \uFFFD( at rest \uFFFD"));
  // Text cells are strings, never formulas, so no apostrophe guard is needed.
  EXPECT_TRUE(StrContains(strings, ">=HYPERLINK("));
  for (const auto& [name, content] : parts) {
    EXPECT_FALSE(StrContains(content, "<f>")) << name;
  }
}

TEST_F(ReportXlsxTest, IsByteIdenticalForTheSameInputAndCreationTime) {
  const std::string first = Workbook(testing_util::SampleMergeResult());
  const std::string second = Workbook(testing_util::SampleMergeResult());
  EXPECT_EQ(first, second);
  const std::map<std::string, std::string> parts = testing_util::ReadZip(first);
  EXPECT_TRUE(
      StrContains(parts.at("docProps/core.xml"), ">2024-01-01T00:00:00Z<"));
  options_.xlsx_created += 86400;
  const std::string next_day = Workbook(testing_util::SampleMergeResult());
  EXPECT_NE(first, next_day);
  EXPECT_TRUE(
      StrContains(testing_util::ReadZip(next_day).at("docProps/core.xml"),
                  ">2024-01-02T00:00:00Z<"));
}

TEST_F(ReportXlsxTest, LeavesNoScratchFiles) {
  Workbook(testing_util::SampleMergeResult());
  EXPECT_TRUE(fs::is_empty(options_.temp_dir));
}

TEST_F(ReportXlsxTest, RejectsAZeroCreationTime) {
  options_.xlsx_created = 0;
  const absl::StatusOr<std::string> xlsx =
      ReportXlsx(testing_util::SampleMergeResult(), options_);
  EXPECT_EQ(xlsx.status().code(), absl::StatusCode::kInvalidArgument);
}

TEST_F(ReportXlsxTest, ReportsAMissingScratchDirectory) {
  options_.temp_dir += "/does/not/exist";
  const absl::StatusOr<std::string> xlsx =
      ReportXlsx(testing_util::SampleMergeResult(), options_);
  EXPECT_EQ(xlsx.status().code(), absl::StatusCode::kNotFound);
  EXPECT_TRUE(StrContains(xlsx.status().message(), "/does/not/exist:1: "));
}

}  // namespace
}  // namespace laddermerge
