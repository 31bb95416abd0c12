#include "ingest/internal/front_matter.h"

#include <string>

#include "gtest/gtest.h"

#include "reader_testing.h"

namespace laddermerge::internal {
namespace {

absl::StatusOr<FrontMatter> Read(const std::string& text, int first_line = 1,
                                 int max_nesting = 256) {
  return ReadFrontMatter(SourceFile{"fm.md", text, first_line}, max_nesting);
}

TEST(FrontMatterTest, AbsentWithoutAnOpeningFence) {
  for (const char* text : {"# Title\n---\n", "", "---", " ---\n---\n"}) {
    absl::StatusOr<FrontMatter> fm = Read(text);
    ASSERT_TRUE(fm.ok()) << fm.status();
    EXPECT_FALSE(fm->present) << text;
  }
}

TEST(FrontMatterTest, ReadsMetadataAndTheYamlPosition) {
  absl::StatusOr<FrontMatter> fm = Read(
      "---\ntitle: Senior Engineer\nlevel: 4\ntrack: ic\ncompany: Acme\n"
      "tags: [ladder, eng]\n...\n# Body\n");
  ASSERT_TRUE(fm.ok()) << fm.status();
  EXPECT_TRUE(fm->present);
  EXPECT_EQ(fm->title, "Senior Engineer");
  EXPECT_EQ(fm->level, "4");
  EXPECT_EQ(fm->track, "ic");
  EXPECT_EQ(fm->company, "Acme");
  EXPECT_EQ(fm->yaml_line, 2);
  EXPECT_EQ(fm->body_line, 8);
  EXPECT_EQ(fm->yaml.substr(0, 22), "title: Senior Engineer");
  EXPECT_FALSE(fm->holds_content);
}

TEST(FrontMatterTest, NoticesLadderContentInsideTheYaml) {
  absl::StatusOr<FrontMatter> fm = Read(
      "---\ntitle: Backend\ntopics:\n  - name: communication\n    content:\n"
      "      - level: 1\n        criteria:\n"
      "          - \"Gives regular status updates\"\n---\n");
  ASSERT_TRUE(fm.ok()) << fm.status();
  EXPECT_TRUE(fm->holds_content);
}

TEST(FrontMatterTest, YamlLineFollowsTheSourceFirstLine) {
  absl::StatusOr<FrontMatter> fm = Read("---\na: 1\n---\n", 10);
  ASSERT_TRUE(fm.ok()) << fm.status();
  EXPECT_EQ(fm->yaml_line, 11);
}

struct BadCase {
  const char* name;
  std::string text;
  int max_nesting;
  const char* message;
};

class FrontMatterErrorTest : public testing::TestWithParam<BadCase> {};

TEST_P(FrontMatterErrorTest, RejectsWithFileAndLine) {
  absl::StatusOr<FrontMatter> fm =
      Read(GetParam().text, 1, GetParam().max_nesting);
  EXPECT_EQ(fm.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(fm.status().message(), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Errors, FrontMatterErrorTest,
    testing::Values(
        BadCase{"Unterminated", "---\ntitle: x\n", 256,
                "fm.md:1: unterminated front matter"},
        BadCase{"BadIndentation", "---\ntitle: x\n  level: 3\n---\n", 256,
                "fm.md:3: malformed front matter: illegal map value"},
        BadCase{"Scalar", "---\njust text\n---\n", 256,
                "fm.md:1: front matter is not a YAML mapping"},
        BadCase{"TooDeep",
                "---\na:\n  b:\n    c:\n      - deep words here\n---\n", 2,
                "fm.md:4: nesting deeper than 2 levels"}),
    CaseName());

}  // namespace
}  // namespace laddermerge::internal
