#include "ingest/internal/level_names.h"

#include <optional>
#include <string>

#include "gtest/gtest.h"

namespace laddermerge::internal {
namespace {

struct NameCase {
  const char* text;
  PhraseContext context;
  bool names_something;
  const char* level;
  const char* track;
};

class ParseLevelNameTest : public testing::TestWithParam<NameCase> {};

TEST_P(ParseLevelNameTest, RecognizesLevelsAndTracks) {
  const NameCase& c = GetParam();
  std::optional<LevelName> name = ParseLevelName(c.text, c.context);
  ASSERT_EQ(name.has_value(), c.names_something) << c.text;
  if (!name.has_value()) return;
  EXPECT_EQ(name->level, c.level) << c.text;
  EXPECT_EQ(name->track, c.track) << c.text;
}

constexpr PhraseContext kHeading = PhraseContext::kHeading;
constexpr PhraseContext kTitle = PhraseContext::kTitle;

INSTANTIATE_TEST_SUITE_P(
    Phrases, ParseLevelNameTest,
    testing::Values(
        // Level codes, alone or with a track marker and a role.
        NameCase{"L3", kHeading, true, "L3", ""},
        NameCase{"mg3", kTitle, true, "MG3", ""},
        NameCase{"IC3 Software Engineer", kTitle, true, "IC3", "ic"},
        NameCase{"L1 IC - Software Engineer", kHeading, true, "L1", "ic"},
        NameCase{"L4 EM - Software Engineer", kHeading, true, "L4",
                 "management"},
        NameCase{"D3 - Developer 3", kHeading, true, "D3", "ic"},
        NameCase{"Senior Engineer \u2013 L4", kHeading, true, "L4", "ic"},
        NameCase{"Engineering Manager | M2", kHeading, true, "M2",
                 "management"},
        NameCase{"Delivery - Q3", kHeading, false, "", ""},
        NameCase{"Software Engineer, Senior", kHeading, true,
                 "Senior Software Engineer", "ic"},
        NameCase{"Delivery, Senior", kHeading, false, "", ""},
        NameCase{"SDE II", kTitle, true, "SDE II", "ic"},
        NameCase{"Mid-level Engineer", kTitle, true, "Mid level Engineer",
                 "ic"},
        NameCase{"TL4 - Tech Lead 4", kHeading, true, "TL4", "tech lead"},
        NameCase{"TPM4 - Technical Program Manager 4", kHeading, true, "TPM4",
                 "technical program manager"},
        NameCase{"M6 Engineering Director", kTitle, true, "M6", "management"},
        NameCase{"Level 3", kHeading, true, "Level 3", ""},
        NameCase{"Level 1: Foundations", kHeading, true, "Level 1", ""},
        NameCase{"Grade 4 - Senior Engineer", kHeading, true, "Grade 4", "ic"},
        NameCase{"Level 3 (Senior Engineer)", kHeading, true, "Level 3", "ic"},
        NameCase{"Level 5 (Engineering Manager)", kHeading, true, "Level 5",
                 "management"},
        NameCase{"Level 2 (Practitioner)", kHeading, true, "Level 2", ""},
        NameCase{"E5 / Senior", kHeading, true, "E5", ""},
        NameCase{"L6 - Senior Staff", kHeading, true, "L6", ""},
        NameCase{"IC3 (Senior)", kHeading, true, "IC3", "ic"},
        // Role phrases.
        NameCase{"Senior Engineer", kHeading, true, "Senior Engineer", "ic"},
        NameCase{"Engineer II", kTitle, true, "Engineer II", "ic"},
        NameCase{"Senior Engineer 1 (IC4)", kTitle, true, "IC4", "ic"},
        NameCase{"Director of Engineering", kTitle, true,
                 "Director of Engineering", "management"},
        NameCase{"Engineer Manager 2", kTitle, true, "Engineer Manager 2",
                 "management"},
        NameCase{"Staff", kHeading, true, "Staff", ""},
        NameCase{"Engineer (Level 2)", kHeading, true, "Level 2", "ic"},
        NameCase{"Staff Engineer (Grade 7)", kHeading, true, "Grade 7", "ic"},
        NameCase{"IC-3 Senior", kHeading, true, "IC3", "ic"},
        NameCase{"Q-4 Planning", kHeading, false, "", ""},
        NameCase{"Director, Engineering", kHeading, true,
                 "Director of Engineering", "management"},
        NameCase{"Senior Manager, Engineering", kHeading, true,
                 "Senior Manager of Engineering", "management"},
        NameCase{"Delivery, Planning", kHeading, false, "", ""},
        NameCase{"Senior Member of Technical Staff", kHeading, true,
                 "Senior Member of Technical Staff", "ic"},
        NameCase{"Member of the Board", kHeading, false, "", ""},
        // Proficiency scales.
        NameCase{"Practitioner", kHeading, true, "Practitioner", ""},
        NameCase{"Advanced Beginner", kHeading, true, "Advanced Beginner", ""},
        NameCase{"\U0001F947 Expert", kHeading, true, "Expert", ""},
        NameCase{"Advanced topics", kHeading, false, "", ""},
        NameCase{"Master plan", kHeading, false, "", ""},
        NameCase{"🏆 Senior Engineer", kHeading, true, "Senior Engineer", "ic"},
        // A bare role is a level inside a document, a track in a title.
        NameCase{"Engineering Manager", kHeading, true, "Engineering Manager",
                 "management"},
        NameCase{"Engineering Manager", kTitle, true, "", "management"},
        NameCase{"Developer", kTitle, true, "", "ic"},
        NameCase{"Tech Lead (System)", kTitle, true, "", "tech lead"},
        // Tracks.
        NameCase{"Software Engineers", kHeading, true, "", "ic"},
        NameCase{"Individual Contributors", kHeading, true, "", "ic"},
        NameCase{"Technical Leads", kHeading, true, "", "tech lead"},
        NameCase{"Engineering Management", kHeading, true, "", "management"},
        NameCase{"[Engineering Manager Skills]", kHeading, true, "",
                 "management"},
        NameCase{"IC track", kHeading, true, "", "ic"},
        // Sections that only look like names.
        NameCase{"Delivery", kHeading, false, "", ""},
        NameCase{"Project Management", kHeading, false, "", ""},
        NameCase{"People Management", kHeading, false, "", ""},
        NameCase{"Managing Managers", kTitle, false, "", ""},
        NameCase{"Tech Lead vs Engineering Manager", kTitle, false, "", ""},
        NameCase{"Move Fast for Engineers", kHeading, false, "", ""},
        NameCase{"Q4 Planning", kHeading, false, "", ""},
        NameCase{"Scope of Impact", kHeading, false, "", ""},
        NameCase{"Engineering Ladder", kTitle, false, "", ""},
        NameCase{"", kHeading, false, "", ""}));

TEST(SplitLevelPrefixTest, SplitsALeadingLevelNameFromItsStatement) {
  std::optional<LevelPrefix> p = SplitLevelPrefix("L3: Designs services alone");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->name.level, "L3");
  EXPECT_EQ(p->rest, "Designs services alone");
  p = SplitLevelPrefix("Senior Engineer \u2013 Mentors two engineers");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->name.level, "Senior Engineer");
  EXPECT_EQ(p->name.track, "ic");
  EXPECT_EQ(p->rest, "Mentors two engineers");
  // A bare role describes a role; a competency is no level; a short rest is
  // a title ("L3: Senior"), not a statement; no separator, no prefix.
  for (const char* text :
       {"Developer: writes code for the product", "Delivery: ships on time",
        "L3: Senior Engineer", "Senior engineers design services",
        "Writes code: tests first, then code"}) {
    EXPECT_FALSE(SplitLevelPrefix(text).has_value()) << text;
  }
}

struct TrackCase {
  const char* written;
  const char* normalized;
};

class NormalizeTrackNameTest : public testing::TestWithParam<TrackCase> {};

TEST_P(NormalizeTrackNameTest, MapsKnownNamesAndKeepsOthers) {
  EXPECT_EQ(NormalizeTrackName(GetParam().written), GetParam().normalized);
}

INSTANTIATE_TEST_SUITE_P(
    Names, NormalizeTrackNameTest,
    testing::Values(TrackCase{"IC", "ic"},
                    TrackCase{"individual-contributor", "ic"},
                    TrackCase{"Engineer", "ic"}, TrackCase{"developers", "ic"},
                    TrackCase{"EM", "management"},
                    TrackCase{"Manager", "management"},
                    TrackCase{"management", "management"},
                    TrackCase{"Director", "management"},
                    TrackCase{"Tech-Lead", "tech lead"},
                    TrackCase{"QA Guild", "qa guild"}, TrackCase{"  ", ""}));

TEST(IsNavigationHeadingTest, RecognizesTablesOfContentsAndReadingLists) {
  for (const char* heading :
       {"Table of contents", "Contents", "Further reading", "Related resources",
        "See also", "Other Pages", "FAQs", "📚 Further Reading:"}) {
    EXPECT_TRUE(IsNavigationHeading(heading)) << heading;
  }
  for (const char* heading : {"Delivery", "Resources management", "Impact"}) {
    EXPECT_FALSE(IsNavigationHeading(heading)) << heading;
  }
}

TEST(CleanSectionNameTest, RemovesDecorationsAndBrackets) {
  EXPECT_EQ(CleanSectionName("🏆 Results"), "Results");
  EXPECT_EQ(CleanSectionName("  [Engineering Manager Skills] "),
            "Engineering Manager Skills");
  EXPECT_EQ(CleanSectionName("Scope &\n Impact:"), "Scope & Impact");
  EXPECT_EQ(CleanSectionName("C++ (core)"), "C++ (core)");
  // Heading attribute blocks (kramdown, Pandoc, Hugo).
  EXPECT_EQ(CleanSectionName("Engineer 1 {#engineer-1}"), "Engineer 1");
  EXPECT_EQ(CleanSectionName("Craft {.unnumbered .x}"), "Craft");
  EXPECT_EQ(CleanSectionName("Scope {: .no_toc}"), "Scope");
  EXPECT_EQ(CleanSectionName("Sets {goals}"), "Sets {goals}");
  EXPECT_EQ(CleanSectionName("{#only-an-id}"), "{#only-an-id}");
}

TEST(ParseLevelNameTest, HeadingAttributesDoNotHideALevel) {
  const std::optional<LevelName> name =
      ParseLevelName("Engineer 1 {#engineer-1}", PhraseContext::kHeading);
  ASSERT_TRUE(name.has_value());
  EXPECT_EQ(name->level, "Engineer 1");
}

}  // namespace
}  // namespace laddermerge::internal
