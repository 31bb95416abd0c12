#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "ingest/ingest.h"

namespace laddermerge {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::string WriteFile(const std::string& name, const std::string& text) {
  const std::string path = absl::StrCat(testing::TempDir(), "/", name);
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(ReadDecisionsTest, ReadsEveryKindAndBothWaysToNameAStatement) {
  const std::string path =
      WriteFile("decisions.yaml",
                "# reviewed 2026-12-01\n"
                "together:\n"
                "  - [northwind:12, contoso:40]\n"
                "apart:\n"
                "  - - northwind:3\n"
                "    - {ladder: fabrikam, text: \"I run the rota.\"}\n"
                "canonical:\n"
                "  - {statement: northwind:12, text: \"Mentors engineers\"}\n");
  auto d = ReadDecisions(path, IngestOptions());
  ASSERT_TRUE(d.ok()) << d.status();
  ASSERT_EQ(d->size(), 3u);
  EXPECT_EQ((*d)[0].kind, ReviewDecision::Kind::kTogether);
  EXPECT_EQ((*d)[0].statements[1].id, "contoso:40");
  EXPECT_EQ((*d)[0].source, absl::StrCat(path, ":3"));
  EXPECT_EQ((*d)[1].kind, ReviewDecision::Kind::kApart);
  EXPECT_EQ((*d)[1].statements[1].ladder, "fabrikam");
  EXPECT_EQ((*d)[1].statements[1].text, "I run the rota.");
  EXPECT_EQ((*d)[2].kind, ReviewDecision::Kind::kCanonical);
  EXPECT_EQ((*d)[2].statements[0].id, "northwind:12");
  EXPECT_EQ((*d)[2].text, "Mentors engineers");
}

TEST(ReadDecisionsTest, EmptyFileHasNoDecisions) {
  auto d = ReadDecisions(WriteFile("empty.yaml", "# nothing yet\n"),
                         IngestOptions());
  ASSERT_TRUE(d.ok()) << d.status();
  EXPECT_TRUE(d->empty());
}

TEST(ReadDecisionsTest, BadShapesNameFileAndLine) {
  struct Case {
    const char* text;
    int line;
    const char* message;
  };
  const Case cases[] = {
      {"merge:\n  - [a:1, b:2]\n", 2, "unknown decision 'merge'"},
      {"together:\n  - [a:1]\n", 2, "two or more statements"},
      {"together: yes\n", 1, "expected a list of decisions"},
      {"apart:\n  - [a:1, plain words]\n", 2, "a statement is an id"},
      {"canonical:\n  - {statement: a:1}\n", 2, "expected {statement"},
      {"- a\n- b\n", 1, "a decisions file is a map"},
      {"together: [\n", 2, ""},
  };
  for (const Case& c : cases) {
    const std::string path = WriteFile("bad.yaml", c.text);
    auto d = ReadDecisions(path, IngestOptions());
    ASSERT_FALSE(d.ok()) << c.text;
    EXPECT_EQ(d.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(d.status().message(),
                HasSubstr(absl::StrCat(path, ":", c.line, ": ")))
        << c.text;
    EXPECT_THAT(d.status().message(), HasSubstr(c.message)) << c.text;
  }
}

TEST(ReadDecisionsTest, MissingFileIsNotFound) {
  auto d = ReadDecisions("/nonexistent/decisions.yaml", IngestOptions());
  EXPECT_EQ(d.status().code(), absl::StatusCode::kNotFound);
}

TEST(ReadConfigTest, FlattensNestedMapsIntoDottedKeys) {
  const std::string path = WriteFile("config.yaml",
                                     "cluster:\n"
                                     "  min_similarity: 0.3\n"
                                     "stop_words: [synergy, leverage]\n"
                                     "weights: word=1,char=0\n");
  auto c = ReadConfig(path, IngestOptions());
  ASSERT_TRUE(c.ok()) << c.status();
  ASSERT_EQ(c->size(), 3u);
  EXPECT_EQ((*c)[0].key, "cluster.min_similarity");
  EXPECT_THAT((*c)[0].values, ElementsAre("0.3"));
  EXPECT_EQ((*c)[0].line, 2);
  EXPECT_EQ((*c)[1].key, "stop_words");
  EXPECT_TRUE((*c)[1].is_list);
  EXPECT_THAT((*c)[1].values, ElementsAre("synergy", "leverage"));
  EXPECT_EQ((*c)[2].key, "weights");
}

TEST(ReadConfigTest, RejectsNestedListsAndAliasBombs) {
  const std::string nested = WriteFile("nested.yaml", "stop_words: [[a]]\n");
  auto c = ReadConfig(nested, IngestOptions());
  EXPECT_THAT(c.status().message(), HasSubstr(absl::StrCat(nested, ":1: ")));
  std::string bomb = "a: &a {x: 1, y: 1, z: 1, w: 1}\n";
  for (char name = 'b'; name <= 'k'; ++name) {
    const char prev = name - 1;
    absl::StrAppend(&bomb, std::string(1, name), ": &", std::string(1, name),
                    " {p: *", std::string(1, prev), ", q: *",
                    std::string(1, prev), ", r: *", std::string(1, prev),
                    ", s: *", std::string(1, prev), "}\n");
  }
  auto b = ReadConfig(WriteFile("bomb.yaml", bomb), IngestOptions());
  ASSERT_FALSE(b.ok());
  EXPECT_THAT(b.status().message(), HasSubstr("too many settings"));
}

}  // namespace
}  // namespace laddermerge
