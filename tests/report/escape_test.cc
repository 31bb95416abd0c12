#include "report/internal/escape.h"

#include <string>

#include "gtest/gtest.h"

#include "yaml-cpp/yaml.h"

namespace laddermerge::internal {
namespace {

TEST(SanitizeUtf8Test, KeepsValidTextAndReplacesInvalidSequences) {
  struct Case {
    std::string in, want;
  };
  const Case cases[] = {
      {"plain", "plain"},
      {"caf\u00E9 \u2615 \U0001F600", "caf\u00E9 \u2615 \U0001F600"},
      {"a\xFF"
       "b",
       "a\uFFFD"
       "b"},
      {"truncated \xC3", "truncated \uFFFD"},
      {"\xC3(", "\uFFFD("},
      {"overlong \xC0\xAF", "overlong \uFFFD\uFFFD"},
      {"surrogate \xED\xA0\x80", "surrogate \uFFFD\uFFFD\uFFFD"},
      {"too high \xF4\x90\x80\x80", "too high \uFFFD\uFFFD\uFFFD\uFFFD"},
  };
  for (const Case& c : cases) EXPECT_EQ(SanitizeUtf8(c.in), c.want) << c.in;
}

TEST(HtmlEscapeTest, EscapesMarkupCharacters) {
  EXPECT_EQ(HtmlEscape("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;");
  EXPECT_EQ(HtmlEscape("R&D \"quoted\" 'single' -->"),
            "R&amp;D &quot;quoted&quot; &#39;single&#39; --&gt;");
  EXPECT_EQ(HtmlEscape("caf\u00E9"), "caf\u00E9");
  EXPECT_EQ(HtmlEscape("bad \xFF"), "bad \uFFFD");
}

TEST(CsvFieldTest, QuotesOnlyWhenNeeded) {
  struct Case {
    std::string in, want;
  };
  const Case cases[] = {
      {"plain text", "plain text"},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"cr\rhere", "\"cr\rhere\""},
      {" padded", "\" padded\""},
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(CsvField(c.in), c.want) << c.in;
}

TEST(SpreadsheetTextTest, GuardsFormulaPrefixes) {
  EXPECT_EQ(SpreadsheetText("=SUM(A1)"), "'=SUM(A1)");
  EXPECT_EQ(SpreadsheetText("+1"), "'+1");
  EXPECT_EQ(SpreadsheetText("-x"), "'-x");
  EXPECT_EQ(SpreadsheetText("@cmd"), "'@cmd");
  EXPECT_EQ(SpreadsheetText("Mentors = coaches"), "Mentors = coaches");
  EXPECT_EQ(SpreadsheetText(""), "");
}

TEST(YamlQuotedTest, ParsesBackToTheSameText) {
  const std::string texts[] = {
      "plain",
      "key: value # not a comment",
      "\"quoted\" and \\backslash\\",
      "- looks like a list",
      "two\nlines\tand tab",
      "yes",
      "null",
      "caf\u00E9 \u2615",
      "line\u2028separator",
      "bell\x07 and del\x7F",
      "&anchor *alias !tag %directive @ `",
      "{flow: [1, 2]}",
  };
  for (const std::string& text : texts) {
    const std::string quoted = YamlQuoted(text);
    const YAML::Node node = YAML::Load("k: " + quoted);
    ASSERT_TRUE(node["k"].IsScalar()) << quoted;
    EXPECT_EQ(node["k"].as<std::string>(), text) << quoted;
  }
}

TEST(YamlQuotedTest, ReplacesInvalidUtf8) {
  const YAML::Node node = YAML::Load("k: " + YamlQuoted("bad \xFF end"));
  EXPECT_EQ(node["k"].as<std::string>(), "bad \uFFFD end");
}

TEST(MarkdownInlineTest, EscapesInlineMarkupAndHtml) {
  EXPECT_EQ(MarkdownInline("<script>x</script>"), "\\<script\\>x\\</script\\>");
  EXPECT_EQ(MarkdownInline("*bold* _em_ `code` [link](u) a|b ~s~"),
            "\\*bold\\* \\_em\\_ \\`code\\` \\[link\\](u) a\\|b \\~s\\~");
  EXPECT_EQ(MarkdownInline("R&D &amp; &#60; & done"),
            "R\\&D \\&amp; \\&#60; & done");
  EXPECT_EQ(MarkdownInline("back\\slash"), "back\\\\slash");
  EXPECT_EQ(MarkdownInline("two\nlines"), "two lines");
}

TEST(MarkdownInlineTest, EscapesLeadingBlockMarkers) {
  EXPECT_EQ(MarkdownInline("# not a heading"), "\\# not a heading");
  EXPECT_EQ(MarkdownInline("> not a quote"), "\\> not a quote");
  EXPECT_EQ(MarkdownInline("- not a list"), "\\- not a list");
  EXPECT_EQ(MarkdownInline("1. not a list"), "1\\. not a list");
  EXPECT_EQ(MarkdownInline("12) not a list"), "12\\) not a list");
  EXPECT_EQ(MarkdownInline("Level 1. fine"), "Level 1. fine");
  EXPECT_EQ(MarkdownInline("=SUM(A1)"), "=SUM(A1)");
  EXPECT_EQ(MarkdownInline("2024 plans"), "2024 plans");
}

TEST(OneLineTest, ReplacesLineBreaksAndControls) {
  EXPECT_EQ(OneLine("a\nb\r\nc\td"), "a b  c d");
  EXPECT_EQ(OneLine("x\u2028y"), "x y");
  EXPECT_EQ(OneLine("bad \xFF"), "bad \uFFFD");
}

}  // namespace
}  // namespace laddermerge::internal
