#include "normalize/internal/markup.h"

#include <algorithm>
#include <string>

#include "gtest/gtest.h"

#include "normalize/normalize.h"

namespace laddermerge::internal {
namespace {

struct MarkupCase {
  const char* name;
  std::string text;
  std::string plain;  // After markup removal and whitespace collapse.
};

class MarkupTest : public testing::TestWithParam<MarkupCase> {};

TEST_P(MarkupTest, RemovesInlineMarkup) {
  EXPECT_EQ(NormalizeText(RemoveInlineMarkup(GetParam().text)),
            GetParam().plain);
}

INSTANTIATE_TEST_SUITE_P(
    Table, MarkupTest,
    testing::Values(
        MarkupCase{"Bold", "**Owns** the roadmap", "Owns the roadmap"},
        MarkupCase{"BoldUnderscores", "__Owns__ it", "Owns it"},
        MarkupCase{"BoldItalic", "***Really*** owns", "Really owns"},
        MarkupCase{"Emphasis", "*Really* owns _this_ one",
                   "Really owns this one"},
        MarkupCase{"StrayBoldFromASplitLine", "**Explains the plan",
                   "Explains the plan"},
        MarkupCase{"SnakeCaseStays", "Reads snake_case_names and a__b__c",
                   "Reads snake_case_names and a__b__c"},
        MarkupCase{"ArithmeticStays", "Counts 5 * 3 * 2 items",
                   "Counts 5 * 3 * 2 items"},
        MarkupCase{"CodeSpan", "Uses `git rebase` and ``a`b`` daily",
                   "Uses git rebase and a`b daily"},
        MarkupCase{"Links", "Reads [the guide](https://x.y/z_(1)) daily",
                   "Reads the guide daily"},
        MarkupCase{"ReferenceLinkAndImage", "See [docs][1] ![logo](l.png)",
                   "See docs logo"},
        MarkupCase{"BracketsThatAreNotLinks", "Knows [some] tools (many)",
                   "Knows [some] tools (many)"},
        MarkupCase{"HtmlTags", "<p><b>Bold</b> and<br/>a break</p>",
                   "Bold and a break"},
        MarkupCase{"Autolink", "Writes at <https://example.com/blog>",
                   "Writes at https://example.com/blog"},
        MarkupCase{"Comment", "<!-- note -->Ships", "Ships"},
        MarkupCase{"ComparisonsStay", "Keeps p99 < 200ms and > 0",
                   "Keeps p99 < 200ms and > 0"},
        MarkupCase{"Entities", "Fish &amp; chips, &#8216;n&#x2019; &nbsp;more",
                   "Fish & chips, \xE2\x80\x98n\xE2\x80\x99 more"},
        MarkupCase{"EscapedTagsStayText", "&lt;b&gt; is a tag", "<b> is a tag"},
        MarkupCase{"BadEntitiesStay", "R&D, &bogus; &#0; &#xD800; &",
                   "R&D, &bogus; &#0; &#xD800; &"}),
    [](const testing::TestParamInfo<MarkupCase>& param) {
      return param.param.name;
    });

TEST(MarkupTest, KeepsLineBreaks) {
  const std::string text = "<p title=\"a\nb\">one</p>\n**two\nthree**";
  const std::string plain = RemoveInlineMarkup(text);
  EXPECT_EQ(std::count(plain.begin(), plain.end(), '\n'),
            std::count(text.begin(), text.end(), '\n'));
}

TEST(MarkupTest, UnclosedTagLikeTextIsLinear) {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "<a [b ";
  EXPECT_EQ(RemoveInlineMarkup(text), text);
}

}  // namespace
}  // namespace laddermerge::internal
