#include "ingest/internal/structure_names.h"

#include <string>

#include "gtest/gtest.h"

namespace laddermerge::internal {
namespace {

struct NameCase {
  const char* name;
  bool expected;
};

class LevelNameTest : public testing::TestWithParam<NameCase> {};

TEST_P(LevelNameTest, RecognisesLevelNames) {
  EXPECT_EQ(LooksLikeLevelName(GetParam().name), GetParam().expected)
      << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, LevelNameTest,
    testing::Values(
        NameCase{"L3", true}, NameCase{"IC4", true}, NameCase{"MG1", true},
        NameCase{"TPM 4", true}, NameCase{"ic-5", true},
        NameCase{"Level 3", true}, NameCase{"grade II", true},
        NameCase{"Junior", true}, NameCase{"Senior Engineer", true},
        NameCase{"Staff", true}, NameCase{"Engineer II", true},
        NameCase{"Software Engineer 3", true}, NameCase{"Tech Lead", true},
        NameCase{"Principal Engineer (IC)", true}, NameCase{"Teamwork", false},
        NameCase{"Vision", false}, NameCase{"Helping Engineers Grow", false},
        NameCase{"Technical Leadership", false}, NameCase{"Delivery", false},
        NameCase{"0", false}, NameCase{"r00kie", false}, NameCase{"", false}));

class TrackNameTest : public testing::TestWithParam<NameCase> {};

TEST_P(TrackNameTest, RecognisesTrackNames) {
  EXPECT_EQ(LooksLikeTrackName(GetParam().name), GetParam().expected)
      << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, TrackNameTest,
    testing::Values(
        NameCase{"IC", true}, NameCase{"Individual Contributor track", true},
        NameCase{"management", true}, NameCase{"Engineering Manager", true},
        NameCase{"tech-lead", true}, NameCase{"Mobile", false},
        NameCase{"Project management", false}, NameCase{"Leadership", false},
        NameCase{"Technical", false}));

TEST(StructureNamesTest, CleanNameDropsEmojiAndJoiners) {
  EXPECT_EQ(
      CleanName("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x8E\x93 r00kie"),
      "r00kie");  // 👩‍🎓 (woman, zero-width joiner, graduation cap).
  EXPECT_EQ(CleanName("\xE2\x98\xAF\xEF\xB8\x8F  Values "),
            "Values");  // ☯️
  EXPECT_EQ(CleanName("Team\xE2\x80\x8B work"), "Team work");
  EXPECT_EQ(CleanName("\xE8\xA8\xAD\xE8\xA8\x88"), "\xE8\xA8\xAD\xE8\xA8\x88");
  EXPECT_EQ(CleanName("MG1"), "MG1");
}

TEST(StructureNamesTest, HumanizeIdentifier) {
  EXPECT_EQ(HumanizeIdentifier("communication"), "Communication");
  EXPECT_EQ(HumanizeIdentifier("technical-skills"), "Technical skills");
  EXPECT_EQ(HumanizeIdentifier("problem_solving"), "Problem solving");
  EXPECT_EQ(HumanizeIdentifier("Planning & Organising"),
            "Planning & Organising");
  EXPECT_EQ(HumanizeIdentifier("MOBILE"), "MOBILE");
  EXPECT_EQ(HumanizeIdentifier("2024"), "2024");
}

TEST(StructureNamesTest, TrackFromLevelName) {
  EXPECT_EQ(TrackFromLevelName("Staff Engineer 3 (Individual Contributor)"),
            "ic");
  EXPECT_EQ(TrackFromLevelName("Lead Engineer (People Manager)"), "management");
  EXPECT_EQ(TrackFromLevelName("Platform Director"), "management");
  EXPECT_EQ(TrackFromLevelName("Senior Engineer 1"), "");
}

TEST(StructureNamesTest, LevelFromValueNamesBareNumbersByTheirKey) {
  EXPECT_EQ(LevelFromValue("3", "grade"), "Grade 3");
  EXPECT_EQ(LevelFromValue("2", "Level"), "Level 2");
  EXPECT_EQ(LevelFromValue("2", "Job Level"), "Level 2");
  EXPECT_EQ(LevelFromValue("1.5", ""), "Level 1.5");
  EXPECT_EQ(LevelFromValue(" Senior  Engineer ", "level"), "Senior Engineer");
  EXPECT_EQ(LevelFromValue("", "level"), "");
}

TEST(StructureNamesTest, ReferencesAreNotProse) {
  EXPECT_TRUE(LooksLikeReference("core/teamwork/2"));
  EXPECT_TRUE(LooksLikeReference("https://example.com/x"));
  EXPECT_TRUE(LooksLikeReference("fb43098c-588c-421c-b87a-92b0bfd2ad7c"));
  EXPECT_TRUE(LooksLikeReference("senior-2-ic"));
  EXPECT_FALSE(LooksLikeReference("Mentoring"));
  EXPECT_FALSE(LooksLikeReference("Writes well-tested code"));
}

TEST(StructureNamesTest, HasLetterInAnyScript) {
  EXPECT_TRUE(HasLetter("1. a"));
  EXPECT_TRUE(HasLetter("\xE8\xA8\xAD"));
  EXPECT_FALSE(HasLetter("1.1 - 3"));
  EXPECT_FALSE(HasLetter("\xF0\x9F\x9A\x80"));  // 🚀
}

}  // namespace
}  // namespace laddermerge::internal
