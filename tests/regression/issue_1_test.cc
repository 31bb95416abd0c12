// Issue 1: yaml-cpp 0.7 reports empty documents forever at a token it cannot
// place (a ',' outside a flow collection), so such a YAML ladder, or such
// front matter, ran out of memory. Found by fuzz/yaml_fuzzer.cc.
#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

#include "ingest/ingest.h"
#include "ingest/internal/front_matter.h"
#include "ingest/internal/reader.h"

namespace laddermerge::internal {
namespace {

absl::StatusOr<ReadResult> Yaml(const std::string& text) {
  static const IngestOptions kOptions;
  ReaderContext context;
  context.options = &kOptions;
  return ReadYaml(SourceFile{"f.yml", text, 1}, context);
}

TEST(Issue1Test, CommaOutsideAFlowCollectionIsAnError) {
  absl::StatusOr<ReadResult> r = Yaml(",");
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(r.status().message(), "f.yml:1: unexpected ','");
}

// The fuzzer's input: a ladder whose third line starts with " ,".
TEST(Issue1Test, FuzzerInputIsAnErrorOnItsLine) {
  absl::StatusOr<ReadResult> r =
      Yaml("# n blocked\n ,- name: Engineer II\n    track: ic\n");
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(r.status().message(), "f.yml:2: unexpected ','");
}

TEST(Issue1Test, AfterAValidDocumentTheErrorNamesItsLine) {
  absl::StatusOr<ReadResult> r =
      Yaml("- Writes tests for the code\n---\n, x\n");
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(r.status().message(), "f.yml:3: unexpected ','");
}

TEST(Issue1Test, ManyEmptyDocumentsAreStillFine) {
  std::string text;
  for (int i = 0; i < 1000; ++i) absl::StrAppend(&text, "---\n");
  absl::StrAppend(&text, "- Writes tests for the code\n");
  absl::StatusOr<ReadResult> r = Yaml(text);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->statements.size(), 1u);
  EXPECT_EQ(r->statements[0].line, 1001);
}

TEST(Issue1Test, CommaInFrontMatterIsAnError) {
  absl::StatusOr<FrontMatter> fm =
      ReadFrontMatter(SourceFile{"f.md", "---\n,\n---\n# Title\n", 1}, 256);
  EXPECT_EQ(fm.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(fm.status().message(), "f.md:2: unexpected ','");
}

}  // namespace
}  // namespace laddermerge::internal
