#include <string>

#include "absl/strings/match.h"
#include "gtest/gtest.h"

#include "merge_fixture.h"
#include "report/report.h"

namespace laddermerge {
namespace {

using absl::StrContains;

size_t Find(const std::string& haystack, const std::string& needle) {
  const size_t at = haystack.find(needle);
  EXPECT_NE(at, std::string::npos) << "missing: " << needle << "\nin:\n"
                                   << haystack;
  return at;
}

// No raw HTML can reach a Markdown renderer: every < and > is escaped.
testing::AssertionResult EveryAngleBracketIsEscaped(const std::string& md) {
  for (size_t i = 0; i < md.size(); ++i) {
    if ((md[i] == '<' || md[i] == '>') && (i == 0 || md[i - 1] != '\\')) {
      return testing::AssertionFailure()
             << "unescaped '" << md[i] << "' at: " << md.substr(i, 40);
    }
  }
  return testing::AssertionSuccess();
}

TEST(FrameworkMarkdownTest, GroupsByTrackLevelAndAreaWithProvenance) {
  const std::string md = FrameworkMarkdown(testing_util::SampleMergeResult());
  EXPECT_TRUE(absl::StartsWith(
      md, "# Consolidated framework (northwind, contoso, fabrikam)\n"));
  const size_t ic = Find(md, "\n## Track: ic\n");
  const size_t l3 = Find(md, "\n### L3\n");
  const size_t delivery = Find(md, "\n#### Delivery\n");
  const size_t management = Find(md, "\n## Track: management\n");
  EXPECT_LT(ic, l3);
  EXPECT_LT(l3, delivery);
  EXPECT_LT(delivery, management);
  Find(md,
       "- Breaks epics into small, shippable pieces of work. \u2014 _from "
       "northwind L3, contoso Senior Engineer, fabrikam Software Engineer_ "
       "(c1)\n");
  Find(md,
       "- 7 expectations\n- 5 held by two or more ladders\n- 2 only in "
       "one ladder\n");
}

TEST(FrameworkMarkdownTest, MarksSingleLadderExpectations) {
  const std::string md = FrameworkMarkdown(testing_util::SampleMergeResult());
  Find(md,
       "- Runs weekly 1:1s & career conversations. \u2014 _from northwind "
       "M1_ \u00B7 **only in northwind** (c7)\n");
  EXPECT_FALSE(StrContains(md, "(c1)\n- only"));
}

TEST(FrameworkMarkdownTest, EscapesMarkupFromLadders) {
  const std::string md = FrameworkMarkdown(testing_util::SampleMergeResult());
  EXPECT_TRUE(EveryAngleBracketIsEscaped(md));
  EXPECT_TRUE(StrContains(md, "\\<script\\>"));
  // The two-line statement stays inside its list item.
  EXPECT_TRUE(StrContains(md, "trade-offs, risks: and # caf"));
}

TEST(GapsMarkdownTest, ListsEachLaddersGapsByAreaWithConfidence) {
  const std::string md = GapsMarkdown(testing_util::SampleMergeResult());
  const size_t northwind = Find(md, "\n## northwind: 1 missing expectation\n");
  const size_t security = Find(md, "\n### Security & \\<Compliance\\>\n");
  const size_t contoso = Find(md, "\n## contoso: 1 missing expectation\n");
  EXPECT_LT(northwind, security);
  EXPECT_LT(security, contoso);
  Find(md, "  - Held by: contoso, fabrikam\n");
  Find(md, "  - Confidence: 0.91 (very likely missing)\n");
  Find(md,
       "  - Closest in northwind: \u201COwns the on-call health of a "
       "service.\u201D \u2014 northwind \u00B7 ic \u00B7 L4 \u00B7 Running "
       "Production, similarity 0.12, northwind/ic.md:5\n");
  Find(md, "  - Confidence: 0.35 (possibly covered)\n");
  Find(md, "  - Closest in fabrikam: nothing similar\n");
  EXPECT_TRUE(EveryAngleBracketIsEscaped(md));
}

TEST(GapsMarkdownTest, SaysWhenNothingIsMissing) {
  MergeResult result = testing_util::SampleMergeResult();
  result.gaps[1].missing.clear();
  const std::string md = GapsMarkdown(result);
  Find(md, "\n## contoso: 0 missing expectations\n\nNothing missing");
}

TEST(MarkdownWritersTest, AreDeterministic) {
  const MergeResult result = testing_util::SampleMergeResult();
  EXPECT_EQ(FrameworkMarkdown(result),
            FrameworkMarkdown(testing_util::SampleMergeResult()));
  EXPECT_EQ(GapsMarkdown(result), GapsMarkdown(result));
}

}  // namespace
}  // namespace laddermerge
