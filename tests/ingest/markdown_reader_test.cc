#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "ingest/internal/reader.h"
#include "reader_testing.h"

namespace laddermerge::internal {
namespace {

using ::testing::ElementsAreArray;

struct MarkdownCase {
  const char* name;
  const char* markdown;
  std::vector<std::string> statements;  // As Describe() writes them.
};

class MarkdownReaderTest : public testing::TestWithParam<MarkdownCase> {};

TEST_P(MarkdownReaderTest, ReadsStatements) {
  absl::StatusOr<ReadResult> result =
      ReadWith(&ReadMarkdown, GetParam().markdown, "ladder.md");
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_THAT(DescribeAll(*result), ElementsAreArray(GetParam().statements));
}

INSTANTIATE_TEST_SUITE_P(
    Structure, MarkdownReaderTest,
    testing::Values(
        MarkdownCase{"AtxHeadingsFormTheSectionPath",
                     "# Acme ladder\n\n## Delivery\n\n### Planning\n\n"
                     "- Breaks epics into tickets\n",
                     {"7 I / [Delivery > Planning] Breaks epics into tickets"}},
        MarkdownCase{"SetextHeadingsFormTheSectionPath",
                     "Acme\n====\n\nDelivery\n--------\n\n* Estimates work\n",
                     {"7 I / [Delivery] Estimates work"}},
        MarkdownCase{"LevelHeadingsSetLevelAndTrack",
                     "# Ladder\n\n## Senior Engineer\n\n- Mentors others\n\n"
                     "## L4 EM - Team Lead\n\n### Hiring\n\n- Hires well\n",
                     {"5 I Senior Engineer/ic [] Mentors others",
                      "11 I L4/management [Hiring] Hires well"}},
        MarkdownCase{"TitleNamesTheTrack",
                     "# Engineering Manager\n\n## EM5 - Engineering Manager 5\n"
                     "\n* Manages careers\n",
                     {"5 I EM5/management [] Manages careers"}},
        MarkdownCase{"TrackHeadingsScopeTheirSections",
                     "# Ladder\n\n## Individual Contributors\n\n### Craft\n\n"
                     "- Writes code\n\n## Engineering Management\n\n"
                     "- Runs one-on-ones\n",
                     {"7 I /ic [Craft] Writes code",
                      "11 I /management [] Runs one-on-ones"}},
        MarkdownCase{
            "AllBulletMarkersAndNumbers",
            "- Dash item\n\n* Star item\n\n+ Plus item\n\n"
            "1. Dot item\n\n2) Paren item\n",
            {"1 I / [] Dash item", "3 I / [] Star item", "5 I / [] Plus item",
             "7 I / [] Dot item", "9 I / [] Paren item"}},
        MarkdownCase{"NestedBulletsAreStatements",
                     "- Owns services in production\n"
                     "  - Runs the on-call rotation\n"
                     "    - Writes the postmortems\n",
                     {"1 I / [] Owns services in production",
                      "2 I / [] Runs the on-call rotation",
                      "3 I / [] Writes the postmortems"}},
        MarkdownCase{"ShortParentBulletLabelsItsSublist",
                     "- Communication\n  - Writes clear docs\n"
                     "- Hiring:\n  - Interviews candidates\n",
                     {"2 I / [Communication] Writes clear docs",
                      "4 I / [Hiring] Interviews candidates"}},
        MarkdownCase{"SentenceLeadInIsAStatementAndLabelsItsSublist",
                     "- You make sure every service has a runbook:\n"
                     "  - Keeps the runbook current\n",
                     {"1 I / [] You make sure every service has a runbook:",
                      "2 I / [You make sure every service has a runbook] "
                      "Keeps the runbook current"}},
        MarkdownCase{"BoldLabelBulletKeepsItsWholeText",
                     "* **Adopts**: actively learns the team's tools\n",
                     {"1 I / [] Adopts: actively learns the team's tools"}},
        MarkdownCase{"BoldParagraphBeforeAListNamesItsSection",
                     "## Results\n\n**Ownership**\n- Owns outcomes\n",
                     {"4 I / [Results > Ownership] Owns outcomes"}},
        MarkdownCase{"BoldLevelNameAloneIsALevelHeading",
                     "# Ladder\n\n## Craft\n\n**Engineer I**\n\n"
                     "- Writes tests\n\n**Engineer II**\n\n**Design**\n"
                     "- Designs modules\n",
                     {"7 I Engineer I/ic [Craft] Writes tests",
                      "12 I Engineer II/ic [Craft > Design] Designs modules"}},
        MarkdownCase{"ItemsStartingWithTheirLevelUnderCompetencyHeadings",
                     "# Craft\n\n- **L1**: Writes tested code daily\n"
                     "- Senior Engineer - Designs services for teams\n"
                     "- Developer: writes code for the product\n\n"
                     "# Collaboration\n\n- L2: Reviews code with care\n",
                     {"3 I L1/ [Craft] Writes tested code daily",
                      "4 I Senior Engineer/ic [Craft] Designs services for "
                      "teams",
                      "5 I / [Craft] Developer: writes code for the product",
                      "9 I L2/ [Collaboration] Reviews code with care"}},
        MarkdownCase{"ALoneFirstHeadingStaysTheTitle",
                     "# Acme ladder\n\n- Writes tested code daily\n\n"
                     "## Craft\n\n- Designs services for teams\n",
                     {"3 I / [] Writes tested code daily",
                      "7 I / [Craft] Designs services for teams"}},
        MarkdownCase{"DefinitionListsAreLabelledItems",
                     "## Engineer I\n\nTechnical\n: Writes tested code\n"
                     "  and docs\n: Debugs own code\n\nA sentence, no term.\n"
                     ": after it\n\n- Ships features\n",
                     {"4 I Engineer I/ic [Technical] Writes tested code\n"
                      "and docs",
                      "6 I Engineer I/ic [Technical] Debugs own code",
                      "11 I Engineer I/ic [] Ships features"}},
        MarkdownCase{"CollapsibleDetailsTitlesAreHeadings",
                     "<details>\n<summary>Engineer I</summary>\n\n"
                     "- Writes tests\n\n</details>\n<details>\n"
                     "<summary><b>Code review</b></summary>\n\n"
                     "- Reviews code\n\n</details>\n",
                     {"4 I Engineer I/ic [] Writes tests",
                      // A sibling block: the level above is closed.
                      "10 I / [Code review] Reviews code"}},
        MarkdownCase{"ItemsNamingLevelsOverSublists",
                     "## Craft\n\n1. **Junior Engineer**\n   - Writes tests\n"
                     "2. Senior Engineer\n   - Designs services\n"
                     "3. Code review\n   - Reviews code\n\n- After\n",
                     {"4 I Junior Engineer/ic [Craft] Writes tests",
                      "6 I Senior Engineer/ic [Craft] Designs services",
                      "8 I / [Craft > Code review] Reviews code",
                      // The list's level ends with the list.
                      "10 I / [Craft] After"}},
        MarkdownCase{"LevelAndTrackMetadataLinesSetTheLevel",
                     "# Backend engineer\n\n**Level**: Senior Engineer\n"
                     "**Track**: Individual Contributor\n\n## Craft\n\n"
                     "- Designs services\n\nGrade: 7\n\n- Sets direction\n"
                     "\nScope: the team and its partners\n\n- Leads\n",
                     {"8 I Senior Engineer/ic [Craft] Designs services",
                      "12 I Grade 7/ic [Craft] Sets direction",
                      "16 I Grade 7/ic [Craft] Leads"}},
        MarkdownCase{"MetadataItemsSetTheLevel",
                     "- **Level**: Senior Engineer\n"
                     "- **Expectation**: Designs services\n"
                     "- **Level**: L5\n- Sets direction\n",
                     {"2 I Senior Engineer/ [] Expectation: Designs services",
                      "4 I L5/ [] Sets direction"}},
        MarkdownCase{"ShortPlainLineBeforeAListLabelsIt",
                     "## Engineer I\n\nTechnical\n\n- Writes tests\n\n"
                     "You will:\n\n- Ask for help\n\nwhat we mean\n"
                     "- Reviews code\n",
                     {"5 I Engineer I/ic [Technical] Writes tests",
                      "9 I Engineer I/ic [] Ask for help",
                      "12 I Engineer I/ic [] Reviews code"}},
        MarkdownCase{"BoldOnlyItemHeadsTheItemsAfterIt",
                     "- **Agility**\n- Adapts to change\n- **Strategy**\n"
                     "- Sets goals\n",
                     {"2 I / [Agility] Adapts to change",
                      "4 I / [Strategy] Sets goals"}},
        MarkdownCase{"InlineMarkupKeepsItsText",
                     "- Uses *emphasis*, `code`, [links](x.md) and ~~old~~ "
                     "text![chart](c.png)<span>!</span>\n",
                     {"1 I / [] Uses emphasis, code, links and old text!"}},
        MarkdownCase{"TaskListItemsAreStatements",
                     "- [ ] Writes tests\n- [x] Reviews code\n",
                     {"1 I / [] Writes tests", "2 I / [] Reviews code"}}),
    CaseName());

INSTANTIATE_TEST_SUITE_P(
    ProseRule, MarkdownReaderTest,
    testing::Values(
        MarkdownCase{
            "ParagraphsAreStatementsWithoutListsOrTables",
            "# MG1\n\n## Vision\nSets goals for\nthe team. Shares "
            "them.\n\n**Explains** the vision.\n",
            {"4 P MG1/ [Vision] Sets goals for\nthe team. Shares them.",
             "7 P MG1/ [Vision] Explains the vision."}},
        MarkdownCase{"ParagraphsBesideListsAreNarrative",
                     "# L3\n\nAt this level you grow.\n\n## Craft\n\n"
                     "Craft is about code.\n\n- Writes clean code\n",
                     {"9 I L3/ [Craft] Writes clean code"}},
        MarkdownCase{"AMatrixOutranksListsAndProse",
                     "# Ladder\n\nIntro text.\n\n- Engineer 1: learns\n\n"
                     "| Area | Engineer 1 | Engineer 2 |\n|---|---|---|\n"
                     "| Code | Writes tested code | Reviews code of others |\n",
                     {"9 P Engineer 1/ic [Code] Writes tested code",
                      "9 P Engineer 2/ic [Code] Reviews code of others"}}),
    CaseName());

INSTANTIATE_TEST_SUITE_P(
    Tables, MarkdownReaderTest,
    testing::Values(
        MarkdownCase{"HeaderRowOfLevelsMakesColumnsLevels",
                     "| Area | Engineer 1 | Engineer 2 |\n|---|---|---|\n"
                     "| Code | Writes tested code | Reviews code of others |\n"
                     "| Ops | | Joins the on-call rotation |\n",
                     {"3 P Engineer 1/ic [Code] Writes tested code",
                      "3 P Engineer 2/ic [Code] Reviews code of others",
                      "4 P Engineer 2/ic [Ops] Joins the on-call rotation"}},
        MarkdownCase{
            "FirstColumnOfLevelsMakesRowsLevels",
            "| Level | Delivery | People |\n|---|---|---|\n"
            "| M2 | Ships team plans on time | Runs one-on-ones weekly |\n"
            "| M3 | Ships group plans on time | Grows new managers |\n",
            {"3 P M2/management [Delivery] Ships team plans on time",
             "3 P M2/management [People] Runs one-on-ones weekly",
             "4 P M3/management [Delivery] Ships group plans on time",
             "4 P M3/management [People] Grows new managers"}},
        MarkdownCase{
            "CompetencyColumnUnderALevelHeading",
            "# L2 IC - Software Engineer\n\n"
            "|**Responsibility**|**Growth Behaviors**|\n| :-: | :-: |\n"
            "|Execution|<p>- Handles bugs without help</p><p>- Ships "
            "small stories on time</p>|\n"
            "|Culture|- Shares knowledge openly<br>- Takes ownership "
            "of work|\n"
            "|Leadership|N/A|\n|Domain|Same as L1|\n",
            {"5 I L2/ic [Execution] Handles bugs without help",
             "5 I L2/ic [Execution] Ships small stories on time",
             "6 I L2/ic [Culture] Shares knowledge openly",
             "6 I L2/ic [Culture] Takes ownership of work"}},
        MarkdownCase{
            "HeaderNamingTracksSetsColumnTracks",
            "| [Tech Lead](tl.md) (System) | Engineering Manager |\n"
            "|---|---|\n"
            "| Runs design reviews weekly | Runs one-on-ones weekly |\n",
            {"3 P /tech lead [] Runs design reviews weekly",
             "3 P /management [] Runs one-on-ones weekly"}},
        MarkdownCase{
            "TerseCellsOfALevelMatrixAreStatements",
            "| Level | Craft | Collaboration |\n|---|---|---|\n"
            "| Junior Engineer | Writes tested code | Asks for help |\n"
            "| Senior Engineer | Designs systems | Mentors others |\n"
            "\n| Level | Scope | Autonomy |\n|---|---|---|\n"
            "| L1 | Task | Low |\n| L2 | Team | Medium |\n",
            {"3 P Junior Engineer/ic [Craft] Writes tested code",
             "3 P Junior Engineer/ic [Collaboration] Asks for help",
             "4 P Senior Engineer/ic [Craft] Designs systems",
             "4 P Senior Engineer/ic [Collaboration] Mentors others"}},
        MarkdownCase{"LabelTablesGiveNothing",
                     "| Level | Senior | Position |\n|---|---|---|\n"
                     "| 1 | No | [D1 - Developer 1](#d1) |\n\n"
                     "| Speed | Quality |\n|---|---|\n| Spike | Design |\n\n"
                     "- Writes code\n",
                     {"9 I / [] Writes code"}}),
    CaseName());

INSTANTIATE_TEST_SUITE_P(
    EmbeddedHtml, MarkdownReaderTest,
    testing::Values(
        MarkdownCase{
            "HtmlMatrixWithBlankLinesInside",
            "### Impact\n\n<table>\n"
            "  <tr><td>Impact</td><td>Engineer 1</td>"
            "<td>Engineer 2</td></tr>\n"
            "  <tr>\n    <td>Team impact</td>\n    <td>\n\n"
            "        <ul><li>Completes well-defined tasks.</li></ul>\n"
            "    </td>\n    <td><ul>\n"
            "      <li>Improves shared tools.</li>\n"
            "      <li>Helps plan the backlog.</li>\n"
            "    </ul></td>\n  </tr>\n</table>\n\n- Not in the matrix\n",
            {"9 I Engineer 1/ic [Impact > Team impact] Completes "
             "well-defined tasks.",
             "12 I Engineer 2/ic [Impact > Team impact] Improves shared "
             "tools.",
             "13 I Engineer 2/ic [Impact > Team impact] Helps plan the "
             "backlog."}},
        MarkdownCase{
            "HtmlTableWithLevelRowsAndTitleColumn",
            "## Engineering Management\n\n<table>\n"
            "<tr><td>Level</td><td>Title</td><td>Impact</td></tr>\n"
            "<tr><td>M2</td><td>Engineering Manager 1</td>"
            "<td><ul><li>Owns team delivery plans</li></ul></td></tr>\n"
            "<tr><td>M3</td><td>Senior Engineering Manager</td>"
            "<td><ul><li>Owns group delivery plans</li></ul></td></tr>\n"
            "</table>\n",
            {"5 I M2/management [Impact] Owns team delivery plans",
             "6 I M3/management [Impact] Owns group delivery plans"}},
        MarkdownCase{
            "HtmlItemsWithoutTheirList",
            "## Craft\n\n<li>Writes code</li>\n<li>Reviews code</li>\n",
            {"3 I / [Craft] Writes code", "4 I / [Craft] Reviews code"}},
        MarkdownCase{"MarkdownInsideADivStaysMarkdown",
                     "<div align=\"center\">\n\n## Craft\n\n- Writes code\n\n"
                     "</div>\n",
                     {"5 I / [Craft] Writes code"}},
        MarkdownCase{
            "HtmlListBlock",
            "## Craft\n\n<ul>\n<li>Writes code</li>\n"
            "<li>Reviews code</li>\n</ul>\n",
            {"4 I / [Craft] Writes code", "5 I / [Craft] Reviews code"}}),
    CaseName());

INSTANTIATE_TEST_SUITE_P(
    Noise, MarkdownReaderTest,
    testing::Values(
        MarkdownCase{"KramdownAttributeLines",
                     "# Title\n{: .no_toc }\n\n## Craft\n{:toc}\n\n"
                     "- Writes code\n{: .highlight }\n",
                     {"7 I / [Craft] Writes code"}},
        MarkdownCase{"LiquidTagsAndOutput",
                     "{% include nav.html %}\n\n{{ page.intro }}\n\n"
                     "{% comment %}\n- Hidden draft\n{% endcomment %}\n\n"
                     "- Writes code\n",
                     {"9 I / [] Writes code"}},
        MarkdownCase{"InPageLinkListIsATableOfContents",
                     "* [Vision](#vision)\n* [Craft](#craft)\n\n## Vision\n\n"
                     "- Sets direction\n",
                     {"6 I / [Vision] Sets direction"}},
        MarkdownCase{"ContentsHeadingHidesItsSection",
                     "## Contents\n\n1. Vision\n2. Craft\n\n## Vision\n\n"
                     "- Sets direction\n",
                     {"8 I / [Vision] Sets direction"}},
        MarkdownCase{"FurtherReadingAndLinkOnlyLists",
                     "## Craft\n\n- Writes code\n\n"
                     "- [Book A](http://a.example)\n- <http://b.example>\n\n"
                     "## Further reading\n\n- The Manager's Path, a book\n",
                     {"3 I / [Craft] Writes code"}},
        MarkdownCase{
            "PicturesImagesCommentsAndCode",
            "<picture>\n  <img alt=\"chart\" src=\"c.png\">\n"
            "</picture>\n\n![Delivery](d.png)\n\n<!-- a comment -->\n\n"
            "```\n- not a statement\n```\n\n    - indented code\n\n"
            "- Writes code\n",
            {"15 I / [] Writes code"}}),
    CaseName());

INSTANTIATE_TEST_SUITE_P(
    FrontMatter, MarkdownReaderTest,
    testing::Values(
        MarkdownCase{"FrontMatterSetsLevelAndTrack",
                     "---\ntitle: Senior Engineer\ntrack: EM\n---\n\n"
                     "## Delivery\n\n- Ships work\n",
                     {"8 I Senior Engineer/management [Delivery] Ships work"}},
        MarkdownCase{"FrontMatterLevelKey",
                     "---\nlevel: l3\ntags: [a, b]\n---\n- Ships work\n",
                     {"5 I L3/ [] Ships work"}},
        MarkdownCase{"EmptyFrontMatter",
                     "---\n---\n- Ships work\n",
                     {"3 I / [] Ships work"}}),
    CaseName());

TEST(MarkdownReaderMetadataTest, CompanyAndTracksInLadderOrder) {
  absl::StatusOr<ReadResult> result =
      ReadWith(&ReadMarkdown,
               "---\ncompany: Acme\n---\n# Ladder\n\n## L10\n\n- Leads\n\n"
               "## L2\n\n- Learns\n\n## M1\n\n- Manages\n",
               "acme.md");
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->company, "Acme");
  ASSERT_EQ(result->tracks.size(), 2u);
  EXPECT_EQ(result->tracks[0].levels, (std::vector<std::string>{"L10", "L2"}));
  EXPECT_EQ(result->tracks[1].name, "management");
}

TEST(MarkdownReaderMetadataTest, LinesCountFromTheSourceFirstLine) {
  const IngestOptions options;
  absl::StatusOr<ReadResult> result = ReadWith(
      &ReadMarkdown, "## Craft\n\n- Writes code\n", "embedded.md", options, 10);
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->statements.size(), 1u);
  EXPECT_EQ(result->statements[0].line, 12);
  EXPECT_EQ(result->statements[0].file, "embedded.md");
}

struct ErrorCase {
  const char* name;
  std::string markdown;
  int max_nesting;
  const char* message;  // Full status message.
};

class MarkdownReaderErrorTest : public testing::TestWithParam<ErrorCase> {};

TEST_P(MarkdownReaderErrorTest, RejectsWithFileAndLine) {
  IngestOptions options;
  options.max_nesting = GetParam().max_nesting;
  absl::StatusOr<ReadResult> result =
      ReadWith(&ReadMarkdown, GetParam().markdown, "bad.md", options);
  EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(result.status().message(), GetParam().message);
}

std::string Repeat(const std::string& text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

std::string NestedList(int depth) {
  std::string out;
  for (int i = 0; i < depth; ++i) {
    out += std::string(2 * i, ' ') + "- item\n";
  }
  return out;
}

INSTANTIATE_TEST_SUITE_P(
    Errors, MarkdownReaderErrorTest,
    testing::Values(
        ErrorCase{"UnterminatedFrontMatter", "---\ntitle: x\n\n- Ships\n", 256,
                  "bad.md:1: unterminated front matter"},
        ErrorCase{"MalformedFrontMatter",
                  "---\ntitle: ok\n  level: 3\n---\n- Ships\n", 256,
                  "bad.md:3: malformed front matter: illegal map value"},
        ErrorCase{"FrontMatterNotAMapping", "---\n- a\n- b\n---\n- Ships\n",
                  256, "bad.md:1: front matter is not a YAML mapping"},
        ErrorCase{"ListsNestedTooDeep", NestedList(5), 3,
                  "bad.md:4: nesting deeper than 3 levels"},
        ErrorCase{"ThousandsOfNestedLists", NestedList(3000), 256,
                  "bad.md:257: nesting deeper than 256 levels"},
        ErrorCase{"QuotesNestedTooDeep", std::string(100000, '>') + " x\n", 256,
                  "bad.md:1: nesting deeper than 256 levels"},
        ErrorCase{"HtmlNestedTooDeep",
                  "Intro\n\n" + Repeat("<div>", 300) + "x\n", 256,
                  "bad.md:3: nesting deeper than 256 levels"}),
    CaseName());

TEST(MarkdownReaderRobustnessTest, DeeplyNestedInlinesAreRenderedIteratively) {
  const std::string text = "- Goes " + std::string(20000, '*') + "deep" +
                           std::string(20000, '*') + "\n";
  absl::StatusOr<ReadResult> result = ReadWith(&ReadMarkdown, text, "a.md");
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->statements.size(), 1u);
  EXPECT_NE(result->statements[0].text.find("deep"), std::string::npos);
}

}  // namespace
}  // namespace laddermerge::internal
