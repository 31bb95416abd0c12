// ReadJson: line numbers from nlohmann's SAX parser, the shapes JSON ladders
// use, files that are not ladders, and malformed or hostile input.
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "ingest/reader_test_util.h"

namespace laddermerge::internal {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

absl::StatusOr<ReadResult> Json(const std::string& text) {
  return ReadText(ReadJson, "f.json", text);
}

TEST(JsonReaderTest, NestedTopicsLevelsCriteriaWithLines) {
  absl::StatusOr<ReadResult> r = Json(R"({
  "title": "🧭 Product",
  "summary": "What product people do.",
  "topics": [
    {
      "title": "🔬 Discovery",
      "levels": [
        {"title": "Level 1", "summary": "Learning the ropes.",
         "criteria": ["Runs a user interview with support",
                      "Writes up what was learned"]},
        {
          "title": "Level 2",
          "criteria": [
            "Plans a discovery sprint"
          ]
        }
      ]
    }
  ]
})");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(
      Describe(*r),
      ElementsAre("9||Level 1|Discovery|Runs a user interview with support",
                  "10||Level 1|Discovery|Writes up what was learned",
                  "14||Level 2|Discovery|Plans a discovery sprint"));
}

TEST(JsonReaderTest, NumbersAndLiteralsGiveLevelsNotStatements) {
  absl::StatusOr<ReadResult> r = Json(R"([
  {"level": 1, "done": true, "weight": 0.5, "criteria": ["Fixes bugs", 7]},
  {"level": 2,
   "criteria": "Designs \"small\" services\n2. and reviews them"}
])");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("2||Level 1||Fixes bugs",
                          "4||Level 2||Designs \"small\" services",
                          "4||Level 2||and reviews them"));
}

TEST(JsonReaderTest, AListOfRecordsNamedLikeLevelsIsTheListOfLevels) {
  absl::StatusOr<ReadResult> r = Json(R"([
  {"title": "Junior Developer",
   "competencies": [{"name": "Coding", "expectations": ["Writes code"]}]},
  {"title": "Developer",
   "competencies": [{"name": "Coding", "expectations": ["Owns features"]}]},
  {"title": "Senior Manager", "summary": "A role family.",
   "levels": [{"title": "Head of Engineering", "criteria": ["Runs the org"]}]}
])");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("3||Junior Developer|Coding|Writes code",
                          "5||Developer|Coding|Owns features",
                          // The family holding levels is a section, not a
                          // level.
                          "7|management|Head of Engineering|Senior Manager|"
                          "Runs the org"));
}

TEST(JsonReaderTest, ARecordTitledLikeALevelWithALevelNumberIsThatTitle) {
  absl::StatusOr<ReadResult> r = Json(R"({"roles": [
  {"name": "Software Engineer", "level": 1,
   "expectations": {"Technical": ["Ships small features"]}},
  {"name": "Senior Software Engineer", "level": 2,
   "expectations": {"Technical": ["Leads designs"]}},
  {"name": "Reliability", "level": 2, "criteria": ["Runs on-call"]},
  {"name": "Staff Engineer", "level": "L5", "criteria": ["Sets direction"]}
]})");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("3||Software Engineer|Roles > Technical|"
                          "Ships small features",
                          "5||Senior Software Engineer|Roles > Technical|"
                          "Leads designs",
                          // A competency with a level number stays one, and
                          // a level code beats the title, as in headings.
                          "6||Level 2|Roles > Reliability|Runs on-call",
                          "7||L5|Roles > Staff Engineer|Sets direction"));
}

TEST(JsonReaderTest, ATopLevelListOfStringsIsAListOfStatements) {
  absl::StatusOr<ReadResult> r = Json("[\"Writes tests\",\n \"Reviews code\"]");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r),
              ElementsAre("1||||Writes tests", "2||||Reviews code"));
}

TEST(JsonReaderTest, CommentsAreAllowed) {
  absl::StatusOr<ReadResult> r =
      Json("// ladder\n{\"criteria\": [\n /* first */ \"Ships on time\"]}\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Describe(*r), ElementsAre("3||||Ships on time"));
}

TEST(JsonReaderTest, RoleFilesReferencingCompetenciesHaveNoStatements) {
  absl::StatusOr<ReadResult> r = Json(R"({
  "title": "🚀 Engineering roles",
  "departments": [{
    "title": "Platform",
    "roles": [{
      "title": "Backend Engineer",
      "levels": [{
        "title": "Senior Backend Engineer",
        "summary": "A senior engineer owns services end to end.",
        "competencies": {
          "required": ["core/communication/3", "engineering/backend/2"],
          "optional": ["core/leadership/2"]
        }
      }]
    }]
  }]
})");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(r->statements, IsEmpty());
}

TEST(JsonReaderTest, JsonSchemaIsSkippedWithAWarning) {
  absl::StatusOr<ReadResult> r = Json(R"({
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "Competency",
  "description": "A competency with levels and criteria",
  "properties": {"criteria": {"type": "array", "description": "What to do"}}
})");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(r->statements, IsEmpty());
  EXPECT_THAT(r->warnings,
              ElementsAre("f.json:1: a JSON Schema, not a ladder"));
}

struct BadJsonCase {
  const char* name;
  std::string text;
  std::string message;
};

class BadJsonTest : public testing::TestWithParam<BadJsonCase> {};

TEST_P(BadJsonTest, IsInvalidArgumentWithFileAndLine) {
  absl::StatusOr<ReadResult> r = Json(GetParam().text);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(std::string(r.status().message()), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, BadJsonTest,
    testing::Values(
        BadJsonCase{"MissingComma", "{\n  \"a\": 1\n  \"b\": 2\n}",
                    "f.json:3: syntax error while parsing object - unexpected "
                    "string literal; expected '}'"},
        BadJsonCase{"Truncated", "{\"criteria\": [\"x\",\n",
                    "f.json:2: syntax error while parsing value - unexpected "
                    "end of input; expected '[', '{', or a literal"},
        BadJsonCase{"TrailingGarbage", "[]\n]",
                    "f.json:2: syntax error while parsing value - unexpected "
                    "']'; expected end of input"},
        BadJsonCase{"DeepNesting", std::string(100000, '['),
                    "f.json:1: nesting deeper than 256 levels"},
        BadJsonCase{"DeepNestingOfObjects",
                    [] {
                      std::string s;
                      for (int i = 0; i < 300; ++i) s += "{\"a\":\n";
                      return s;
                    }(),
                    "f.json:257: nesting deeper than 256 levels"}),
    [](const testing::TestParamInfo<BadJsonCase>& param) {
      return param.param.name;
    });

}  // namespace
}  // namespace laddermerge::internal
