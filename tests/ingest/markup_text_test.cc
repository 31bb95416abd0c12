#include "ingest/internal/markup_text.h"

#include <string>

#include "gtest/gtest.h"

#include "reader_testing.h"

namespace laddermerge::internal {
namespace {

TEST(MarkupTextTest, TrimSpaceRemovesUnicodeSpaces) {
  EXPECT_EQ(TrimSpace("\xC2\xA0 text\xE2\x80\x8B \n"), "text");
  EXPECT_EQ(TrimSpace("\xE3\x80\x80"), "");
  EXPECT_EQ(TrimSpace("a\xC2\xA0z"), "a\xC2\xA0z");
}

struct MarkerCase {
  const char* text;
  const char* stripped;
};

class StripListMarkerTest : public testing::TestWithParam<MarkerCase> {};

TEST_P(StripListMarkerTest, StripsOneMarker) {
  EXPECT_EQ(StripListMarker(GetParam().text), GetParam().stripped);
}

INSTANTIATE_TEST_SUITE_P(
    Markers, StripListMarkerTest,
    testing::Values(MarkerCase{"- Ships work", "Ships work"},
                    MarkerCase{"  * Ships work", "Ships work"},
                    MarkerCase{"+ Ships work", "Ships work"},
                    MarkerCase{"\xE2\x80\xA2 Ships work", "Ships work"},
                    MarkerCase{"12. Ships work", "Ships work"},
                    MarkerCase{"3) Ships work", "Ships work"},
                    MarkerCase{"-Ships work", "-Ships work"},
                    MarkerCase{"2024. A year", "2024. A year"},
                    MarkerCase{"Ships - work", "Ships - work"},
                    // Symbols used as bullets.
                    MarkerCase{"\u2705 Ships work", "Ships work"},
                    MarkerCase{"\u2714\uFE0F Ships work", "Ships work"},
                    MarkerCase{"\u2192 Ships work", "Ships work"},
                    MarkerCase{"\U0001F449 Ships work", "Ships work"},
                    MarkerCase{"\u2705Ships work", "\u2705Ships work"},
                    MarkerCase{"\u00E9t\u00E9 work", "\u00E9t\u00E9 work"},
                    MarkerCase{"\u2705", "\u2705"}));

TEST(MarkupTextTest, PlaceholdersStandForNothing) {
  for (const char* text : {"", " ", "N/A", "n/a.", "-", "—", "TBD", "None",
                           "TODO: add this level", "Same as L2", "&"}) {
    EXPECT_TRUE(IsPlaceholder(text)) << text;
  }
  for (const char* text : {"Ships work", "Same as the team, mentors others",
                           "NA region on-call"}) {
    EXPECT_FALSE(IsPlaceholder(text)) << text;
  }
}

TEST(MarkupTextTest, LabelsAreShortAndDoNotEndLikeSentences) {
  EXPECT_TRUE(IsLabelLike("Communication", 4));
  EXPECT_TRUE(IsLabelLike("Leadership & Collaboration", 4));
  EXPECT_FALSE(IsLabelLike("Writes code.", 4));
  EXPECT_FALSE(IsLabelLike("One two three four five", 4));
  EXPECT_FALSE(IsLabelLike("Two\nlines", 4));
}

TEST(MarkupTextTest, CountWordsIgnoresPunctuation) {
  EXPECT_EQ(CountWords("Ships - small, safe changes"), 4);
  EXPECT_EQ(CountWords("技術 を 学ぶ"), 3);
  EXPECT_EQ(CountWords(""), 0);
}

struct TemplateCase {
  const char* name;
  const char* text;
  const char* blanked;
};

class BlankTemplateMarkupTest : public testing::TestWithParam<TemplateCase> {};

TEST_P(BlankTemplateMarkupTest, BlanksTemplatesAndKeepsLines) {
  const std::string out = BlankTemplateMarkup(GetParam().text);
  EXPECT_EQ(out, GetParam().blanked);
  EXPECT_EQ(out.size(), std::string(GetParam().text).size());
}

INSTANTIATE_TEST_SUITE_P(
    Templates, BlankTemplateMarkupTest,
    testing::Values(
        TemplateCase{"KramdownAttributes", "# A\n{: .no_toc }\nB",
                     "# A\n            \nB"},
        TemplateCase{"KramdownToc", "{:toc}\n", "      \n"},
        TemplateCase{"KramdownOptions",
                     "{::options parse_block_html=\"true\" /}",
                     "                                     "},
        TemplateCase{"KramdownComment", "a{::comment}x\ny{:/comment}b",
                     "a            \n            b"},
        TemplateCase{"LiquidTag", "see {% link a.md %}.",
                     "see                ."},
        TemplateCase{"LiquidOutput", "{{ page.title }}!", "                !"},
        TemplateCase{"LiquidComment", "{% comment %}\nx\n{% endcomment %}z",
                     "             \n \n                z"},
        TemplateCase{"MultiLineLiquid", "{% include a.html\n  b=1 %}ok",
                     "                 \n        ok"},
        TemplateCase{"Unterminated", "{% oops", "{% oops"},
        TemplateCase{"PlainBraces", "uses {braces} and {:x",
                     "uses {braces} and {:x"}),
    CaseName());

}  // namespace
}  // namespace laddermerge::internal
