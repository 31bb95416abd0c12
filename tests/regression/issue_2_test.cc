// Issue 2: Markdown front matter was searched for ladder content through its
// aliases, one visit per path, so an alias bomb ("billion laughs") in front
// matter hung the Markdown reader (YAML files themselves were safe).
#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

#include "ingest/ingest.h"
#include "ingest/internal/front_matter.h"
#include "ingest/internal/reader.h"

namespace laddermerge::internal {
namespace {

// 2^40 paths through 41 anchored lists; `prose` says whether the innermost
// list holds a statement-like string.
std::string FrontMatterAliasBomb(bool prose) {
  std::string text =
      absl::StrCat("---\na0: &a0 [", prose ? "one two three" : "x", ", y]\n");
  for (int i = 1; i <= 40; ++i) {
    absl::StrAppend(&text, "a", i, ": &a", i, " [*a", i - 1, ", *a", i - 1,
                    "]\n");
  }
  absl::StrAppend(&text, "---\n# Engineer\n\n- Writes tests for the code\n");
  return text;
}

TEST(Issue2Test, AliasBombWithoutProseIsReadInLinearTime) {
  absl::StatusOr<FrontMatter> fm =
      ReadFrontMatter(SourceFile{"f.md", FrontMatterAliasBomb(false), 1}, 256);
  ASSERT_TRUE(fm.ok()) << fm.status();
  EXPECT_FALSE(fm->holds_content);
}

TEST(Issue2Test, AliasBombWithProseIsContentAndStaysBounded) {
  static const IngestOptions kOptions;
  ReaderContext context;
  context.options = &kOptions;
  absl::StatusOr<ReadResult> r =
      ReadMarkdown(SourceFile{"f.md", FrontMatterAliasBomb(true), 1}, context);
  // The YAML is then walked as a ladder, whose node budget stops the bomb.
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(r.status().message(), "f.md:2: too many nodes (alias expansion?)");
}

}  // namespace
}  // namespace laddermerge::internal
