// ReadYaml and, through it, the structure walker: each common ladder shape,
// line numbers, what is and is not a statement, and hostile input.
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "ingest/reader_test_util.h"

namespace laddermerge::internal {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

absl::StatusOr<ReadResult> Yaml(const std::string& text, int first_line = 1,
                                const IngestOptions* options = nullptr) {
  return ReadText(ReadYaml, "f.yml", text, first_line, options);
}

// Levels and themes declared once with ids and referenced by the entries.
constexpr char kRegistryLadder[] = R"(name: Platform Guild
summary: |
  How the guild grows engineers.
levels:
  - id: apprentice
    name: Apprentice Engineer
  - id: lead-ic
    name: Lead Engineer (Individual Contributor)
  - id: lead-pm
    name: Lead Engineer (People Manager)
themes:
  - id: craft
    name: Craft
    summary: Building things well.
  - id: care
    name: Team Care
competencies:
  - id: 0b7e9a52-1d8e-4c36-9d0a-51f6f1f0a001
    level: apprentice
    theme: craft
    summary: Writes small, tested changes.
    examples:
      - Added a unit test for the date parser
    supportingUrls: []
    proficiency: Basic
  - id: 0b7e9a52-1d8e-4c36-9d0a-51f6f1f0a002
    level: lead-ic
    theme: craft
    summary: |
      1. Designs systems that other teams build on.
      2. Reviews designs across the guild,
         with patience.
  - id: 0b7e9a52-1d8e-4c36-9d0a-51f6f1f0a003
    level: lead-pm
    theme: care
    summary: >
      Grows the people on their team
      through regular feedback.
)";

TEST(YamlReaderTest, ResolvesRegistryIdsAndSplitsNumberedItems) {
  absl::StatusOr<ReadResult> r = Yaml(kRegistryLadder);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(
      Describe(*r),
      ElementsAre("21||Apprentice Engineer|Craft|Writes small, tested changes.",
                  "30|ic|Lead Engineer (Individual Contributor)|Craft|"
                  "Designs systems that other teams build on.",
                  "31|ic|Lead Engineer (Individual Contributor)|Craft|"
                  "Reviews designs across the guild,\n   with patience.",
                  "37|management|Lead Engineer (People Manager)|Team Care|"
                  "Grows the people on their team through regular feedback."));
  EXPECT_THAT(DescribeTracks(*r),
              ElementsAre(": Apprentice Engineer",
                          "ic: Lead Engineer (Individual Contributor)",
                          "management: Lead Engineer (People Manager)"));
}

TEST(YamlReaderTest, ExamplesOnlyWhenAskedFor) {
  IngestOptions options;
  options.include_examples = true;
  absl::StatusOr<ReadResult> r = Yaml(kRegistryLadder, 1, &options);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->statements.size(), 5u);
  EXPECT_EQ(Describe(*r)[1],
            "23||Apprentice Engineer|Craft|"
            "Added a unit test for the date parser");
}

TEST(YamlReaderTest, NestedTopicsLevelsCriteriaWithEmojiTitles) {
  absl::StatusOr<ReadResult> r = Yaml(R"(title: "🛠️ Engineering"
theme: sunrise
summary: What engineers do here.
topics:
  - title: "💻 Operations"
    theme: sunrise
    summary: Keeping the lights on.
    levels:
      - title: "👩‍🎓 Rookie"
        summary: A rookie learns the systems.
        criteria:
          - Answers support tickets
          - "core/ops/1"
      - title: "🧙 Wizard"
        criteria: [Automates the boring parts]
)");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("12||Rookie|Operations|Answers support tickets",
                          "15||Wizard|Operations|Automates the boring parts"));
  EXPECT_THAT(DescribeTracks(*r), ElementsAre(": Rookie, Wizard"));
}

TEST(YamlReaderTest, FrontMatterOfAMarkdownFileKeepsFileLines) {
  const std::string markdown = R"(---
title: "🚀 Backend"
levels: 3
topics:
  - name: "delivery"
    title:
    content:
      - level: 1
        criteria:
          - "Ships changes with a reviewer's help"
        exampleCriteria:
          - criteria: "Writes a clear change description"
            examples:
              - "Linked the incident it fixes"
  - name: "influence"
    title: "🗣️ Influence"
    content:
      - level: 2
        criteria:
          - "Shares what they learn in guild meetings"
---
Body text the Markdown reader handles.
)";
  const size_t start = markdown.find('\n') + 1;
  const size_t end = markdown.find("\n---\n", start) + 1;
  absl::StatusOr<ReadResult> r =
      Yaml(markdown.substr(start, end - start), /*first_line=*/2);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(
      Describe(*r),
      ElementsAre("10||Level 1|Delivery|Ships changes with a reviewer's help",
                  "12||Level 1|Delivery|Writes a clear change description",
                  "20||Level 2|Influence|"
                  "Shares what they learn in guild meetings"));
}

TEST(YamlReaderTest, LevelThenCompetencyThenList) {
  absl::StatusOr<ReadResult> r = Yaml(R"(L1:
  Delivery:
    - Ships small features
  Craft: [Writes tests]
Senior:
  Delivery: Leads a project end to end
)");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("3||L1|Delivery|Ships small features",
                          "4||L1|Craft|Writes tests",
                          "6||Senior|Delivery|Leads a project end to end"));
}

TEST(YamlReaderTest, CompetencyFieldsOfALevelRecordHoldStatements) {
  absl::StatusOr<ReadResult> r = Yaml(R"(IC1:
  title: Associate Engineer
  summary: Learns the craft with close guidance.
  owner: Jane Doe
  Craft: Writes tested code for small tasks.
  Collaboration: [Shares progress daily]
IC2:
  title: Engineer
  summary: Delivers features on their own.
)");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(
      Describe(*r),
      ElementsAre("5||Associate Engineer|Craft|Writes tested code for small "
                  "tasks.",
                  "6||Associate Engineer|Collaboration|Shares progress daily",
                  // Without competency fields, the summary is the statement.
                  "9||Engineer||Delivers features on their own."));
}

TEST(YamlReaderTest, NumberedKeysAreLevels) {
  absl::StatusOr<ReadResult> r = Yaml(R"(Technical:
  1: Writes tested code for small tasks.
  2: Designs components.
People:
  1: Asks for help early.
)");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("2||Level 1|Technical|Writes tested code for small "
                          "tasks.",
                          "3||Level 2|Technical|Designs components.",
                          "5||Level 1|People|Asks for help early."));
  r = Yaml("title: Acme\nTechnical:\n  1: Writes tested code.\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("3||Level 1|Technical|Writes tested code."));
  r = Yaml("levels:\n  \"3\":\n    Craft: [Designs services for teams]\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("3||Level 3|Craft|Designs services for teams"));
}

TEST(YamlReaderTest, TrackLikeCompetencyInsideALevelStaysASection) {
  absl::StatusOr<ReadResult> r = Yaml(R"(Management:
  Director:
    People Leadership:
      - Grows managers
)");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("4|Management|Director|People Leadership|"
                          "Grows managers"));
}

TEST(YamlReaderTest, IcAndManagementKeysInsideADisciplineNameTheTrack) {
  absl::StatusOr<ReadResult> r = Yaml(R"(engineering:
  individual_contributor:
    - level: 1
      competencies:
        technical:
          - Writes maintainable code
  management:
    - level: 3
      competencies:
        people:
          - Runs one-on-ones
)");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("6|individual_contributor|Level 1|Technical|"
                          "Writes maintainable code",
                          "11|management|Level 3|People|Runs one-on-ones"));
}

TEST(YamlReaderTest, CompetencyThenLevelThenList) {
  absl::StatusOr<ReadResult> r = Yaml(R"(company: Northwind
competencies:
  code-review:
    L1: [Reviews small changes]
    L2:
      - Reviews across teams
  On-call: {L2: Runs the incident call}
)");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->company, "Northwind");
  EXPECT_THAT(Describe(*r),
              ElementsAre("4||L1|Code review|Reviews small changes",
                          "6||L2|Code review|Reviews across teams",
                          "7||L2|On-call|Runs the incident call"));
  EXPECT_THAT(DescribeTracks(*r), ElementsAre(": L1, L2"));
}

TEST(YamlReaderTest, ListOfEntriesWithLevelAndCriteria) {
  absl::StatusOr<ReadResult> r = Yaml(R"(- level: 2
  area: delivery
  criteria:
    - Plans their own week
- grade: 3
  expectations: Plans for the team
)");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("4||Level 2|Delivery|Plans their own week",
                          "6||Grade 3||Plans for the team"));
}

TEST(YamlReaderTest, TracksAndSkillAreasUnderATracksKey) {
  absl::StatusOr<ReadResult> r = Yaml(R"(tracks:
  ic:
    levels:
      - name: E3
        behaviours: [Owns a component]
  management:
    levels:
      - name: M1
        behaviours: [Runs one-on-ones]
  MOBILE:
    displayName: Mobile
    description: Builds the apps.
    milestones:
      - summary: Fixes small app bugs
        signals: [Uses the design system]
)");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("5|ic|E3||Owns a component",
                          "9|management|M1||Runs one-on-ones",
                          "14||Milestone 1|Mobile|Fixes small app bugs",
                          "15||Milestone 1|Mobile|Uses the design system"));
}

TEST(YamlReaderTest, NamedEntryInsideALevelReadsItsDescription) {
  absl::StatusOr<ReadResult> r = Yaml(R"(levels:
  - name: L3
    description: Independent engineers.
    competencies:
      - name: Delivery
        description: Ships a feature from design to launch.
      - name: Craft
        description: Described here, but the criteria below count.
        criteria: [Keeps the build green]
)");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(
      Describe(*r),
      ElementsAre("6||L3|Delivery|Ships a feature from design to launch.",
                  "9||L3|Craft|Keeps the build green"));
}

TEST(YamlReaderTest, BlockScalarParagraphsGetTheirOwnLines) {
  absl::StatusOr<ReadResult> r = Yaml(R"(criteria:
  - |
    Writes design documents
    that others can follow.

    Mentors one engineer.
  - >
    Keeps services
    healthy.


    Answers pages quickly.
)");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(
      Describe(*r),
      ElementsAre("3||||Writes design documents\nthat others can follow.",
                  "6||||Mentors one engineer.", "8||||Keeps services healthy.",
                  "12||||Answers pages quickly."));
}

TEST(YamlReaderTest, IdsUrlsNumbersAndEmojiAreNotStatements) {
  absl::StatusOr<ReadResult> r = Yaml(R"(criteria:
  - https://example.com/guide
  - senior-2-ic
  - 42
  - true
  - "🚀"
  - ~
  - Writes tests
)");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r), ElementsAre("8||||Writes tests"));
}

TEST(YamlReaderTest, AliasesAndMergeKeysAreFollowed) {
  absl::StatusOr<ReadResult> r = Yaml(R"(base: &base
  criteria: [Writes tests]
levels:
  L1:
    <<: *base
  L2:
    <<: *base
    criteria: [Designs systems]
)");
  ASSERT_TRUE(r.ok()) << r.status();
  // The anchored base is read where it stands too.
  EXPECT_THAT(Describe(*r),
              ElementsAre("2||||Writes tests", "2||L1||Writes tests",
                          "8||L2||Designs systems"));
}

TEST(YamlReaderTest, SeveralDocumentsAreAllRead) {
  absl::StatusOr<ReadResult> r =
      Yaml("criteria: [Writes tests]\n---\ncriteria: [Reviews code]\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("1||||Writes tests", "3||||Reviews code"));
}

TEST(YamlReaderTest, ErrorsInFrontMatterUseFileLines) {
  absl::StatusOr<ReadResult> r = Yaml("title: x\n  bad: y\n", 2);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(std::string(r.status().message()), "f.yml:3: illegal map value");
}

TEST(YamlReaderTest, JsonSchemaIsSkippedWithAWarning) {
  absl::StatusOr<ReadResult> r = Yaml("$schema: x\ntitle: Job family\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(r->statements, IsEmpty());
  EXPECT_THAT(r->warnings, ElementsAre("f.yml:1: a JSON Schema, not a ladder"));
}

TEST(YamlReaderTest, EmptyDocumentHasNoStatements) {
  absl::StatusOr<ReadResult> r = Yaml("# only a comment\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(r->statements, IsEmpty());
}

struct BadYamlCase {
  const char* name;
  std::string text;
  std::string message;
};

class BadYamlTest : public testing::TestWithParam<BadYamlCase> {};

TEST_P(BadYamlTest, IsInvalidArgumentWithFileAndLine) {
  absl::StatusOr<ReadResult> r = Yaml(GetParam().text, /*first_line=*/1);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(std::string(r.status().message()), GetParam().message);
}

std::string AliasBomb() {
  std::string text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int i = 1; i < 9; ++i) {
    absl::StrAppend(&text, "a", i, ": &a", i, " [");
    for (int k = 0; k < 9; ++k) {
      absl::StrAppend(&text, k > 0 ? ", *a" : "*a", i - 1);
    }
    text += "]\n";
  }
  return absl::StrCat(text, "criteria: *a8\n");
}

std::string DeepBlockMaps(int depth) {
  std::string text;
  for (int i = 0; i < depth; ++i) {
    absl::StrAppend(&text, std::string(2 * i, ' '), "k", i, ":\n");
  }
  return text + std::string(2 * depth, ' ') + "x\n";
}

// An anchored 200-deep list used 200 levels down: each alone is within the
// limit, the walk through the alias is not.
std::string DeepThroughAlias() {
  return absl::StrCat("a: &deep ", std::string(200, '['), "x",
                      std::string(200, ']'), "\nb: ", std::string(200, '['),
                      "*deep", std::string(200, ']'), "\n");
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, BadYamlTest,
    testing::Values(
        BadYamlCase{"UnclosedFlowList", "a: [1, 2\nb: c\n",
                    "f.yml:2: end of sequence flow not found"},
        BadYamlCase{"BadIndentation", "a: b\n  c: d\n",
                    "f.yml:2: illegal map value"},
        BadYamlCase{"AliasBomb", AliasBomb(),
                    "f.yml:1: too many nodes (alias expansion?)"},
        BadYamlCase{"UnclosedDeepFlowNesting", std::string(100000, '['),
                    "f.yml:1: nesting too deep for the YAML parser"},
        BadYamlCase{"DeepFlowNesting",
                    absl::StrCat(std::string(100000, '['), "x",
                                 std::string(100000, ']')),
                    "f.yml:1: nesting deeper than 256 levels"},
        BadYamlCase{"DeepBlockNesting", DeepBlockMaps(400),
                    "f.yml:257: nesting deeper than 256 levels"},
        BadYamlCase{"DeepThroughAlias", DeepThroughAlias(),
                    "f.yml:1: nesting deeper than 256 levels"},
        BadYamlCase{"UnknownAlias", "a: *nowhere\n",
                    "f.yml:1: the referenced anchor is not defined"}),
    [](const testing::TestParamInfo<BadYamlCase>& param) {
      return param.param.name;
    });

}  // namespace
}  // namespace laddermerge::internal
