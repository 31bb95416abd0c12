#include "ingest/internal/levels.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace laddermerge::internal {
namespace {

struct PathCase {
  const char* path;
  const char* root;
  const char* track;
  const char* level;
};

class ContextFromPathTest : public testing::TestWithParam<PathCase> {};

TEST_P(ContextFromPathTest, ReadsTrackAndLevelFromNames) {
  const PathCase& c = GetParam();
  const ReaderContext context = ContextFromPath(c.path, c.root);
  EXPECT_EQ(context.track, c.track) << c.path;
  EXPECT_EQ(context.level, c.level) << c.path;
}

INSTANTIATE_TEST_SUITE_P(
    Paths, ContextFromPathTest,
    testing::Values(
        PathCase{"acme/ic/L3.md", "acme", "ic", "L3"},
        PathCase{"acme/management/m2.md", "acme", "management", "M2"},
        PathCase{"acme/senior-engineer.md", "acme", "ic", "Senior Engineer"},
        PathCase{"acme/docs/ic3_software_engineer.html", "acme", "ic", "IC3"},
        PathCase{"acme/en/MG3.md", "acme", "", "MG3"},
        PathCase{"acme/EngineeringManager.md", "acme", "management", ""},
        PathCase{"acme/TechLead.md", "acme", "tech lead", ""},
        PathCase{"acme/individual-contributors/staff.md", "acme", "ic",
                 "Staff"},
        PathCase{"acme/frameworks/engineering/backend.md", "acme", "", ""},
        PathCase{"acme/notes/README.md", "acme", "", ""},
        // A file input: only its own directory counts.
        PathCase{"/srv/ladders/engineers/L2.md", "", "ic", "L2"}));

struct MarkdownCase {
  const char* text;
  bool markdown;
};

class LooksLikeMarkdownTest : public testing::TestWithParam<MarkdownCase> {};

TEST_P(LooksLikeMarkdownTest, DetectsMarkdownStructure) {
  EXPECT_EQ(LooksLikeMarkdown(GetParam().text), GetParam().markdown)
      << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Texts, LooksLikeMarkdownTest,
    testing::Values(MarkdownCase{"# Senior\n- Mentors\n", true},
                    MarkdownCase{"Intro\n\n## Delivery\nShips\n", true},
                    MarkdownCase{"Delivery\n========\nShips work\n", true},
                    MarkdownCase{"| A | B |\n|---|---|\n| x | y |\n", true},
                    MarkdownCase{"Uses **bold** and [links](x.md)\n", true},
                    MarkdownCase{"Writes tests\n\nReviews code\n", false},
                    MarkdownCase{"- Writes tests\n- Reviews code\n", false},
                    MarkdownCase{"Owns #incidents channel\nC# and F# code\n",
                                 false},
                    MarkdownCase{"- one\n---\n- two\n", false}));

TEST(LooksTabDelimitedTest, SpreadsheetsSavedAsTextAndNotIndentedText) {
  EXPECT_TRUE(LooksTabDelimited("Area\tL1\tL2\nCraft\tTests\tDesigns\n"));
  EXPECT_TRUE(LooksTabDelimited("A\tB\n\nC\tD\nnote\n"));
  EXPECT_FALSE(LooksTabDelimited("Senior Engineer\n\t- Mentors\n\t- Leads\n"));
  EXPECT_FALSE(LooksTabDelimited("Title\nA\tB\nC\tD\n"));  // First line.
  EXPECT_FALSE(LooksTabDelimited("A\tB\n"));               // One line.
  EXPECT_FALSE(LooksTabDelimited("A\tB\nx\ny\nC\tD\n"));   // Under 2/3.
}

TEST(TrackListTest, KeepsFirstSeenOrderAndEachLevelOncePerTrack) {
  TrackList list;
  list.Add("ic", "L2");
  list.Add("management", "");
  list.Add("ic", "L1");
  list.Add("ic", "L2");
  list.Add({Track{"", {"Staff"}}, Track{"management", {"M1", "M1"}}});
  list.Add("", "Staff");
  const std::vector<Track> tracks = list.Take();
  ASSERT_EQ(tracks.size(), 3u);
  EXPECT_EQ(tracks[0].name, "ic");
  EXPECT_EQ(tracks[0].levels, (std::vector<std::string>{"L2", "L1"}));
  EXPECT_EQ(tracks[1].name, "management");
  EXPECT_EQ(tracks[1].levels, (std::vector<std::string>{"M1"}));
  EXPECT_EQ(tracks[2].name, "");
  EXPECT_EQ(tracks[2].levels, (std::vector<std::string>{"Staff"}));
  EXPECT_TRUE(list.tracks().empty());
}

TEST(CompleteTracksTest, SortsNumberedLevelsNaturallyAndKeepsTitlesInOrder) {
  RawLadder ladder;
  for (const char* level : {"L10", "L2", "L3"}) {
    RawStatement s;
    s.track = "ic";
    s.level = level;
    ladder.statements.push_back(s);
  }
  for (const char* level : {"Senior Engineer", "Engineer 1", "Staff"}) {
    RawStatement s;
    s.track = "other";
    s.level = level;
    ladder.statements.push_back(s);
  }
  CompleteTracks(&ladder);
  ASSERT_EQ(ladder.tracks.size(), 2u);
  EXPECT_EQ(ladder.tracks[0].levels,
            (std::vector<std::string>{"L2", "L3", "L10"}));
  EXPECT_EQ(
      ladder.tracks[1].levels,
      (std::vector<std::string>{"Senior Engineer", "Engineer 1", "Staff"}));
}

TEST(IsSupportedLadderFileTest, SkipsLicencesButNotReadmes) {
  EXPECT_FALSE(IsSupportedLadderFile("x/LICENSE.md", Format::kMarkdown));
  EXPECT_FALSE(IsSupportedLadderFile("x/logo.png", Format::kUnsupported));
  EXPECT_TRUE(IsSupportedLadderFile("x/README.md", Format::kMarkdown));
}

}  // namespace
}  // namespace laddermerge::internal

namespace laddermerge::internal {
namespace {

TEST(NormalizeTracksTest, OneSpellingPerTrackAndTracksFromLevelNames) {
  RawLadder ladder;
  ladder.tracks = {Track{"Individual Contributor", {"Engineer I"}},
                   Track{"", {"Software Engineer", "MG1"}}};
  ladder.statements = {
      {"a", "f", 1, "Individual Contributor", "Engineer I", "", {}},
      {"b", "f", 2, "", "Software Engineer", "", {}},
      {"c", "f", 3, "Management", "Director", "", {}},
      {"d", "f", 4, "", "MG1", "", {}},
  };
  NormalizeTracks(&ladder);
  EXPECT_EQ(ladder.statements[0].track, "ic");
  EXPECT_EQ(ladder.statements[1].track, "ic");
  EXPECT_EQ(ladder.statements[2].track, "management");
  EXPECT_EQ(ladder.statements[3].track, "");  // MG1 implies no track.
  ASSERT_EQ(ladder.tracks.size(), 2u);
  EXPECT_EQ(ladder.tracks[0].name, "ic");
  EXPECT_EQ(ladder.tracks[0].levels,
            (std::vector<std::string>{"Engineer I", "Software Engineer"}));
  EXPECT_EQ(ladder.tracks[1].name, "");
  EXPECT_EQ(ladder.tracks[1].levels, std::vector<std::string>{"MG1"});
}

TEST(NormalizeTracksTest, ALadderNamingNoTrackWithEngineerLevelsIsOneIcTrack) {
  RawLadder ladder;
  ladder.tracks = {Track{"", {"Associate", "Engineer", "Senior"}}};
  ladder.statements = {
      {"a", "f", 1, "", "Associate", "", {}},
      {"b", "f", 2, "", "Engineer", "", {}},
      {"c", "f", 3, "", "Senior", "", {}},
      {"d", "f", 4, "", "", "", {}},
  };
  NormalizeTracks(&ladder);
  EXPECT_EQ(ladder.statements[0].track, "ic");
  EXPECT_EQ(ladder.statements[1].track, "ic");
  EXPECT_EQ(ladder.statements[2].track, "ic");
  EXPECT_EQ(ladder.statements[3].track, "");  // No level, no track.
  ASSERT_EQ(ladder.tracks.size(), 1u);
  EXPECT_EQ(ladder.tracks[0].name, "ic");
  EXPECT_EQ(ladder.tracks[0].levels,
            (std::vector<std::string>{"Associate", "Engineer", "Senior"}));
}

TEST(NormalizeTracksTest, LevelsNamingNoTrackJoinTheOnlyTrackWhenItIsIc) {
  RawLadder ladder;
  // The headings gave "Level 3 (Senior Engineer)" its track; "E5" and
  // "Staff" name none.
  ladder.tracks = {Track{"ic", {"Level 3"}}, Track{"", {"E5", "Staff"}}};
  ladder.statements = {{"a", "f", 1, "ic", "Level 3", "", {}},
                       {"b", "f", 2, "", "E5", "", {}},
                       {"c", "f", 3, "", "Staff", "", {}}};
  NormalizeTracks(&ladder);
  EXPECT_EQ(ladder.statements[1].track, "ic");
  EXPECT_EQ(ladder.statements[2].track, "ic");
  ASSERT_EQ(ladder.tracks.size(), 1u);
  EXPECT_EQ(ladder.tracks[0].levels,
            (std::vector<std::string>{"Level 3", "E5", "Staff"}));
}

TEST(NormalizeTracksTest, LevelsNamingNoTrackStayUnnamedBesideTwoTracks) {
  RawLadder ladder;
  ladder.tracks = {Track{"", {"Level 1", "Senior Engineer", "Director"}}};
  ladder.statements = {{"a", "f", 1, "", "Level 1", "", {}},
                       {"b", "f", 2, "", "Senior Engineer", "", {}},
                       {"c", "f", 3, "", "Director", "", {}}};
  NormalizeTracks(&ladder);
  EXPECT_EQ(ladder.statements[0].track, "");
  EXPECT_EQ(ladder.statements[1].track, "ic");
  EXPECT_EQ(ladder.statements[2].track, "management");
}

TEST(NormalizeTracksTest, LevelsNamingNoTrackStayUnnamedWithoutAnIcName) {
  RawLadder ladder;
  ladder.tracks = {Track{"", {"Level 1", "Level 2"}}};
  ladder.statements = {{"a", "f", 1, "", "Level 1", "", {}},
                       {"b", "f", 2, "", "Level 2", "", {}}};
  NormalizeTracks(&ladder);
  EXPECT_EQ(ladder.statements[0].track, "");
  ASSERT_EQ(ladder.tracks.size(), 1u);
  EXPECT_EQ(ladder.tracks[0].name, "");
}

}  // namespace
}  // namespace laddermerge::internal
