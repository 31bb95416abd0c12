#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "ingest/internal/reader.h"
#include "reader_testing.h"

namespace laddermerge::internal {
namespace {

using ::testing::ElementsAreArray;

struct HtmlCase {
  const char* name;
  const char* html;
  std::vector<std::string> statements;  // As Describe() writes them.
};

class HtmlReaderTest : public testing::TestWithParam<HtmlCase> {};

TEST_P(HtmlReaderTest, ReadsStatements) {
  absl::StatusOr<ReadResult> result =
      ReadWith(&ReadHtml, GetParam().html, "page.html");
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_THAT(DescribeAll(*result), ElementsAreArray(GetParam().statements));
}

INSTANTIATE_TEST_SUITE_P(
    Pages, HtmlReaderTest,
    testing::Values(
        HtmlCase{
            "SiteNavigationIsIgnored",
            "<html><head><title>Site</title><script>var a;</script>\n"
            "<style>h1 {}</style></head>\n"
            "<body class=\"nav-left\">\n"
            "<div id=\"toc\"><h1 onclick=\"t()\">Software Engineer</h1>\n"
            "<div><a href=\"ic1.html\">IC1 Software Engineer</a></div></div>\n"
            "<nav><ul><li>Home page of the site</li></ul></nav>\n"
            "<header><h1>Acme careers</h1></header>\n"
            "<div id=\"doc\"><h1>IC3 Software Engineer</h1>\n"
            "<p><strong><em>I deliver projects.</em></strong></p>\n"
            "<p><strong>Scope</strong>\n<em>Area of ownership</em></p>\n"
            "<ul>\n<li>I own quarterly projects</li>\n</ul>\n"
            "<h1>Core Responsibilities</h1>\n<h2>\xF0\x9F\x8F\x86 "
            "Results</h2>\n"
            "<p><strong>Impact</strong></p>\n<ul>\n"
            "<li>I deliver my team's goals</li>\n</ul></div>\n"
            "<footer><ul><li>Copyright notice text</li></ul></footer>\n"
            "<script>function f() {}</script></body></html>\n",
            {"13 I IC3/ic [Scope] I own quarterly projects",
             "19 I IC3/ic [Core Responsibilities > Results > Impact] I "
             "deliver my team's goals"}},
        HtmlCase{
            // Google Docs exports headings as paragraphs styled by class.
            "ParagraphsNamingLevelsAreLevelHeadingsAndShortOnesLabelLists",
            "<body><p class=\"c3\"><span class=\"c1\">Acme ladder</span></p>\n"
            "<p class=\"c3\"><span class=\"c1\">Engineer I</span></p>\n"
            "<p class=\"c2\"><span>Technical</span></p>\n"
            "<ul><li><span>Writes tested code</span></li></ul>\n"
            "<p>You will:</p>\n<ul><li>Ask for help early</li></ul>\n"
            "<p class=\"c3\"><span class=\"c1\">Engineer II</span></p>\n"
            "<ul><li>Owns features</li></ul></body>\n",
            {"4 I Engineer I/ic [Technical] Writes tested code",
             "6 I Engineer I/ic [] Ask for help early",
             "8 I Engineer II/ic [] Owns features"}},
        HtmlCase{"TwoHeaderRowsTracksOverLevels",
                 "<table><thead>\n<tr><th rowspan=\"2\">Area</th>"
                 "<th colspan=\"2\">Individual Contributor</th>"
                 "<th>Management</th></tr>\n<tr><th>Engineer I</th>"
                 "<th>Engineer II</th><th>Engineering Manager</th></tr>\n"
                 "</thead>\n<tr><td>Craft</td><td>Writes tested code</td>"
                 "<td>Designs modules well</td><td>Guides technical "
                 "choices</td></tr>\n</table>\n",
                 {"5 P Engineer I/ic [Craft] Writes tested code",
                  "5 P Engineer II/ic [Craft] Designs modules well",
                  "5 P Engineering Manager/management [Craft] Guides "
                  "technical choices"}},
        HtmlCase{"ItemsNamingLevelsOverSublists",
                 "<ul><li>Junior Engineer<ul><li>Writes tests</li></ul></li>\n"
                 "<li>Craft<ul><li>Reviews code</li></ul></li></ul>\n",
                 {"1 I Junior Engineer/ic [] Writes tests",
                  "2 I / [Craft] Reviews code"}},
        HtmlCase{"ItemsStartingWithTheirLevel",
                 "<h2>Craft</h2>\n<ul><li><b>L1</b>: Writes tested code "
                 "daily</li>\n<li>L2 - Designs modules for the team</li>"
                 "</ul>\n",
                 {"2 I L1/ [Craft] Writes tested code daily",
                  "3 I L2/ [Craft] Designs modules for the team"}},
        HtmlCase{
            "NavigationByClassRoleAndAttributes",
            "<div class=\"sidebar-menu\"><ul><li>Sidebar entry text</li>"
            "</ul></div>\n<div role=\"navigation\"><p>Jump to</p></div>\n"
            "<div aria-hidden=\"true\"><ul><li>Hidden entry</li></ul></div>\n"
            "<ul hidden><li>Hidden list</li></ul>\n"
            "<form><ul><li>Form entry</li></ul></form>\n"
            "<ul><li>Writes code</li></ul>\n",
            {"6 I / [] Writes code"}},
        HtmlCase{"LinkOnlyListsAreMenus",
                 "<ul><li><a href=\"#a\">Vision</a></li>"
                 "<li><a href=\"#b\">Craft</a></li></ul>\n"
                 "<ul><li>Writes code <a href=\"x\">(guide)</a></li></ul>\n",
                 {"2 I / [] Writes code (guide)"}},
        HtmlCase{"NestedListsAndLabels",
                 "<h2>Craft</h2>\n<ul>\n<li>Owns services in production\n"
                 "<ul><li>Runs the on-call rotation</li></ul></li>\n"
                 "<li>Testing<ul>\n<li>Writes unit tests</li></ul></li>\n"
                 "<li><p><strong>Agility</strong></p></li>\n"
                 "<li>\n<p>Adapts to change</p>\n</li>\n</ul>\n",
                 {"3 I / [Craft] Owns services in production",
                  "4 I / [Craft] Runs the on-call rotation",
                  "6 I / [Craft > Testing] Writes unit tests",
                  "9 I / [Craft > Agility] Adapts to change"}},
        HtmlCase{
            "ParagraphsAreStatementsWithoutLists",
            "<h1>MG2</h1>\n<h2>Vision</h2>\n<p>Shares the\nteam goals.</p>\n"
            "<div>Loose <b>text</b> counts too.</div>\n",
            {"3 P MG2/ [Vision] Shares the\nteam goals.",
             "5 P MG2/ [Vision] Loose text counts too."}},
        HtmlCase{"DefinitionLists",
                 "<dl><dt>Delivery</dt><dd>Ships work on time</dd>\n"
                 "<dd>Plans the next quarter</dd></dl>\n",
                 {"1 I / [Delivery] Ships work on time",
                  "2 I / [Delivery] Plans the next quarter"}},
        HtmlCase{"TablesCellByCell",
                 "<table><thead><tr><th></th><th>Engineer 1</th>"
                 "<th>Engineer 2</th></tr></thead>\n<tbody><tr><td>Code</td>\n"
                 "<td>Writes tests<br>Fixes bugs quickly</td>\n"
                 "<td><p>- Reviews code of others</p><p>- Designs small "
                 "features</p></td></tr></tbody></table>\n",
                 {"3 P Engineer 1/ic [Code] Writes tests",
                  "3 P Engineer 1/ic [Code] Fixes bugs quickly",
                  "4 I Engineer 2/ic [Code] Reviews code of others",
                  "4 I Engineer 2/ic [Code] Designs small features"}},
        // An area spanning two rows labels both; a statement spanning two
        // level columns holds at both; columns stay aligned after spans.
        HtmlCase{"RowspanAndColspanKeepTheGrid",
                 "<table>\n<tr><th>Area</th><th>Competency</th>"
                 "<th>Engineer I</th><th>Engineer II</th></tr>\n"
                 "<tr><td rowspan=\"2\">Technical</td><td>Code</td>"
                 "<td>Writes tested code</td><td>Sets code standards</td></tr>"
                 "\n<tr><td>Design</td><td colspan=\"2\">Designs modules "
                 "with clear interfaces</td></tr>\n"
                 "<tr><td rowspan=\"999999\">People</td><td>Growth</td>"
                 "<td>Asks for feedback</td><td>Gives feedback</td></tr>\n"
                 "</table>\n",
                 {"3 P Engineer I/ic [Technical > Code] Writes tested code",
                  "3 P Engineer II/ic [Technical > Code] Sets code standards",
                  "4 P Engineer I/ic [Technical > Design] Designs modules "
                  "with clear interfaces",
                  "4 P Engineer II/ic [Technical > Design] Designs modules "
                  "with clear interfaces",
                  "5 P Engineer I/ic [People > Growth] Asks for feedback",
                  "5 P Engineer II/ic [People > Growth] Gives feedback"}}),
    CaseName());

std::string Repeat(const std::string& text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

TEST(HtmlReaderErrorTest, NestingDeeperThanTheLimitIsRejected) {
  IngestOptions options;
  options.max_nesting = 20;
  absl::StatusOr<ReadResult> result =
      ReadWith(&ReadHtml, "<p>ok</p>\n" + Repeat("<div>\n", 40) + "x",
               "deep.html", options);
  EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(result.status().message(),
            "deep.html:21: nesting deeper than 20 levels");
}

TEST(HtmlReaderErrorTest, NestingBeyondTheParserLimitIsRejected) {
  absl::StatusOr<ReadResult> result =
      ReadWith(&ReadHtml, Repeat("<ul><li>", 5000) + "x", "deep.html");
  EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(result.status().message(),
            "deep.html:1: nesting deeper than 256 levels");
}

TEST(HtmlReaderTest, LinesBeyondSixteenBitsAreExact) {
  absl::StatusOr<ReadResult> result = ReadWith(
      &ReadHtml, std::string(70000, '\n') + "<ul><li>\nWrites code</li></ul>",
      "long.html");
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_THAT(DescribeAll(*result),
              ElementsAreArray({"70002 I / [] Writes code"}));
}

TEST(HtmlReaderTest, BrokenMarkupIsRecovered) {
  absl::StatusOr<ReadResult> result =
      ReadWith(&ReadHtml, "<ul><li>Writes code<li>Reviews <b>code</ul></p>",
               "broken.html");
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_THAT(
      DescribeAll(*result),
      ElementsAreArray({"1 I / [] Writes code", "1 I / [] Reviews code"}));
}

}  // namespace
}  // namespace laddermerge::internal
