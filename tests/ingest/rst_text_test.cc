// RstToMarkdown and HasRstTitles: section titles by style order, line
// numbers kept, directives, literal blocks, indentation and inline links.
#include "ingest/internal/rst_text.h"

#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace laddermerge::internal {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Lines(const std::string& text) {
  return absl::StrSplit(RstToMarkdown(text), '\n');
}

TEST(RstTextTest, TitleStylesRankByFirstAppearanceAndLinesStayPut) {
  EXPECT_THAT(
      Lines("=====\nAcme\n=====\n"
            "\n"
            "Engineer I\n~~~~~~~~~~\n"
            "\n"
            "Craft\n^^^^^\n"
            "* Writes tests\n"
            "\n"
            "Engineer II\n~~~~~~~~~~~\n"),
      ElementsAre("", "# Acme", "", "", "## Engineer I", "", "", "### Craft",
                  "", "* Writes tests", "", "## Engineer II", "", ""));
}

TEST(RstTextTest, NotTitles) {
  // Text right under a paragraph line, an indented line, an underline far
  // shorter than its text, and an adornment line on its own.
  const std::string text =
      "Some paragraph\nsecond line\n~~~~~~~~~~~~\n"
      "\n"
      "  indented\n  ~~~~~~~~\n"
      "\n"
      "A long line of plain text\n~~~\n"
      "\n"
      "~~~~~~\n";
  EXPECT_FALSE(HasRstTitles(text));
  EXPECT_EQ(RstToMarkdown(text),
            "Some paragraph\nsecond line\n~~~~~~~~~~~~\n\n  indented\n"
            "  ~~~~~~~~\n\nA long line of plain text\n~~~\n\n~~~~~~\n");
}

TEST(RstTextTest, OnlyStylesMarkdownMisreadsMakePlainTextRst) {
  EXPECT_FALSE(HasRstTitles("Engineer I\n==========\n\n- Ships\n"));
  EXPECT_FALSE(HasRstTitles("Engineer I\n----------\n\n- Ships\n"));
  EXPECT_TRUE(HasRstTitles("Engineer I\n**********\n\n- Ships\n"));
  EXPECT_TRUE(HasRstTitles("==========\nEngineer I\n==========\n"));
}

TEST(RstTextTest, DirectivesAndCommentsAreBlankedWithTheirBodies) {
  EXPECT_THAT(Lines(".. _top:\n"
                    ".. note::\n"
                    "   Levels are cumulative.\n"
                    "\n"
                    "   Still the note.\n"
                    "* Ships features\n"
                    "..\n"
                    "   a comment\n"),
              ElementsAre("", "", "", "", "", "* Ships features", "", "", ""));
}

TEST(RstTextTest, LiteralBlocksStayIndentedAndOtherIndentationIsCapped) {
  EXPECT_THAT(Lines("Writes notes, for example::\n"
                    "\n"
                    "      git commit\n"
                    "\n"
                    "      Quoted::\n"
                    "Also ::\n"
                    "\n"
                    "    kept\n"
                    "* Parent\n"
                    "\n"
                    "      * Child\n"),
              ElementsAre("Writes notes, for example:", "", "      git commit",
                          "", "      Quoted::", "Also", "", "    kept",
                          "* Parent", "", "   * Child", ""));
}

TEST(RstTextTest, AutoNumberedItemsAndInlineMarkup) {
  EXPECT_THAT(
      Lines("#. Reads the `handbook <https://example.com/h>`_ first\n"
            "#. Follows `SLOs`_ and :doc:`the guide <guide>` and `x`\n"),
      ElementsAre("1. Reads the handbook first",
                  "1. Follows SLOs and the guide and `x`", ""));
}

}  // namespace
}  // namespace laddermerge::internal
