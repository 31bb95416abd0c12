#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

#include "merge_fixture.h"
#include "nlohmann/json.hpp"
#include "report/report.h"

namespace laddermerge {
namespace {

using absl::StrContains;

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

// The text of the embedded <script type="application/json"> element.
std::string DataBlob(const std::string& html) {
  const std::string open = "<script type=\"application/json\" id=\"lm-data\">";
  const size_t start = html.find(open);
  if (start == std::string::npos) return "";
  const size_t end = html.find("</script>", start);
  return html.substr(start + open.size(), end - start - open.size());
}

class ReportHtmlTest : public testing::Test {
 protected:
  const MergeResult result_ = testing_util::SampleMergeResult();
  const std::string html_ = ReportHtml(result_, ReportOptions());
};

TEST_F(ReportHtmlTest, IsOneDocumentWithEverySection) {
  EXPECT_TRUE(absl::StartsWith(html_, "<!DOCTYPE html>\n"));
  EXPECT_TRUE(absl::EndsWith(html_, "</html>\n"));
  for (const char* id : {"summary", "overlap", "coverage", "gaps", "levels",
                         "clusters", "decisions", "warnings"}) {
    EXPECT_EQ(Count(html_, absl::StrCat("id=\"", id, "\"")), 1u) << id;
  }
  EXPECT_TRUE(StrContains(html_, "<title>Career ladder comparison</title>"));
}

TEST_F(ReportHtmlTest, NeedsNoNetwork) {
  EXPECT_FALSE(StrContains(html_, "<link"));
  EXPECT_FALSE(StrContains(html_, " src=\""));
  EXPECT_FALSE(StrContains(html_, "@import"));
  EXPECT_FALSE(StrContains(html_, "href=\"http"));
  EXPECT_EQ(Count(html_, "url("), Count(html_, "url(#heat-ramp)"));
}

TEST_F(ReportHtmlTest, ContainsOnlyItsOwnTwoScripts) {
  EXPECT_EQ(Count(html_, "<script"), 2u);
  EXPECT_EQ(Count(html_, "</script"), 2u);
  EXPECT_FALSE(StrContains(html_, "<img"));
  EXPECT_FALSE(StrContains(html_, "<!--"));
  EXPECT_FALSE(StrContains(html_, "<b>"));
}

TEST_F(ReportHtmlTest, EscapesLadderTextInRenderedParts) {
  // The gap list shows the hostile statement as text.
  EXPECT_TRUE(StrContains(
      html_,
      "&lt;script&gt;document.documentElement.dataset.pwned=&#39;script&#39;"
      "&lt;/script&gt; Reviews threat models &amp; &quot;secrets&quot; "
      "handling --&gt; &lt;/script&gt;&lt;img src=x"));
  EXPECT_TRUE(StrContains(html_, "Security &amp; &lt;Compliance&gt;"));
  EXPECT_TRUE(StrContains(html_, "&lt;b&gt;Pinned&lt;/b&gt; wording"));
  EXPECT_TRUE(StrContains(html_, "odd &lt;b&gt;markup&lt;/b&gt; removed"));
}

TEST_F(ReportHtmlTest, EmbedsDataThatParsesBackToTheOriginalText) {
  const std::string blob = DataBlob(html_);
  ASSERT_FALSE(blob.empty());
  EXPECT_FALSE(StrContains(blob, "<"));
  EXPECT_FALSE(StrContains(blob, ">"));
  EXPECT_FALSE(StrContains(blob, "&"));
  const nlohmann::json data = nlohmann::json::parse(blob);
  ASSERT_EQ(data["statements"].size(), result_.statements.size());
  EXPECT_EQ(data["statements"][8][4], testing_util::kHostileText);
  EXPECT_EQ(data["statements"][3][4], testing_util::kCsvText);
  EXPECT_EQ(data["clusters"].size(), result_.clusters.size());
  EXPECT_EQ(data["clusters"][3]["members"][0][3][1], "<script>");
  EXPECT_EQ(data["areas"][3], "Security & <Compliance>");
}

TEST_F(ReportHtmlTest, DrawsHeatmapCellsAndLevelCharts) {
  const size_t n = result_.ladders.size();
  EXPECT_EQ(Count(html_, "class=\"heat-cell\""), n * n);
  EXPECT_TRUE(StrContains(html_, ">50%</text>"));
  EXPECT_EQ(Count(html_, "class=\"align-card\""), result_.levels.size());
  // 2 + 1 span + 2 pairs (one level without counterpart).
  EXPECT_EQ(Count(html_, "<path class=\"link-path"), 5u);
  EXPECT_EQ(Count(html_, "class=\"link-path span\""), 1u);
  EXPECT_EQ(Count(html_, ">no counterpart</text>"), 1u);
  EXPECT_TRUE(StrContains(html_,
                          "contoso expects \u201CTakes part in the "
                          "on-call rotation and owns incidents."));
}

TEST_F(ReportHtmlTest, ListsGapsPerLadderAndCoveragePerArea) {
  EXPECT_EQ(Count(html_, "role=\"tabpanel\""), result_.ladders.size());
  EXPECT_EQ(Count(html_, "<li class=\"gap "), 3u);
  EXPECT_TRUE(StrContains(html_, "very likely missing \u00B7 0.91"));
  EXPECT_EQ(Count(html_, "<td class=\"area\">"), result_.areas.size());
  EXPECT_TRUE(StrContains(html_, "<span style=\"width:100%\">"));
}

TEST_F(ReportHtmlTest, ReplacesInvalidUtf8) {
  EXPECT_FALSE(StrContains(html_, "\xFF"));
  EXPECT_TRUE(StrContains(html_, "Protects data \uFFFD( at rest \uFFFD"));
}

TEST_F(ReportHtmlTest, IsDeterministic) {
  EXPECT_EQ(html_,
            ReportHtml(testing_util::SampleMergeResult(), ReportOptions()));
}

TEST(ReportHtmlSizeTest, StaysSmallForThousandsOfStatements) {
  const MergeResult large = testing_util::LargeMergeResult(3, 1000);
  const std::string html = ReportHtml(large, ReportOptions());
  // About 170 bytes of data per statement plus a fixed ~40 kB of page.
  EXPECT_LT(html.size(), 800u * 1000u) << html.size();
}

// Ladder names come from the command line and from front matter; shell and
// HTML metacharacters in them are allowed and must stay text.
TEST(ReportHtmlNamesTest, EscapesHostileLadderNames) {
  const std::string hostile = "<svg onload> & $(rm -rf ~); `id` 'x' \"q\"";
  testing_util::MergeResultBuilder b({hostile, "acme"});
  const uint32_t a = b.AddStatement(0, "ic", "L1", "Craft", "Writes tests");
  const uint32_t c = b.AddStatement(1, "ic", "L1", "Craft", "Writes tests");
  b.AddCluster(b.AddArea("Craft", {"test"}), {a, c}, {"test"});
  const std::string html = ReportHtml(b.Build(), ReportOptions());
  EXPECT_FALSE(StrContains(html, "<svg onload>"));
  EXPECT_TRUE(StrContains(
      html,
      "&lt;svg onload&gt; &amp; $(rm -rf ~); `id` &#39;x&#39; &quot;q&quot;"));
  const nlohmann::json data = nlohmann::json::parse(DataBlob(html));
  EXPECT_EQ(data["ladders"][0], hostile);
}

}  // namespace
}  // namespace laddermerge
