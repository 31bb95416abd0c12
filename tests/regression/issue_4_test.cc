// Issue 4: a paragraph directly followed by a GFM table (no blank line) got
// line 0, because cmark-gfm 0.29 drops the paragraph's position when a table
// interrupts it (github/cmark-gfm#222). Found by fuzz/markdown_fuzzer.cc.
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "ingest/ingest.h"
#include "ingest/internal/reader.h"

namespace laddermerge::internal {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Statements(const std::string& text) {
  static const IngestOptions kOptions;
  ReaderContext context;
  context.options = &kOptions;
  absl::StatusOr<ReadResult> r =
      ReadMarkdown(SourceFile{"f.md", text, 1}, context);
  EXPECT_TRUE(r.ok()) << r.status();
  std::vector<std::string> out;
  if (!r.ok()) return out;
  for (const RawStatement& s : r->statements) {
    out.push_back(std::to_string(s.line) + " " + s.text);
  }
  return out;
}

// The fuzzer's input, in UTF-8: "i" and "-:" are a one-column table.
TEST(Issue4Test, ParagraphBeforeAOneColumnTableKeepsItsLine) {
  EXPECT_THAT(Statements("#a keis<ta (Te> -\ni\n-:\t\n@a~p\n"),
              ElementsAre("1 #a keis<ta (Te> -"));
}

// Where a document has tables, its paragraphs are description; the body
// rows of the table keep their own lines.
TEST(Issue4Test, TableAfterAParagraphKeepsTheLinesOfItsRows) {
  EXPECT_THAT(Statements("# Senior Engineer\n\n"
                         "Owns delivery for the team.\nMentors others.\n"
                         "| Area | Expectation |\n| --- | --- |\n"
                         "| Delivery | Ships multi-quarter projects |\n"),
              ElementsAre("7 Ships multi-quarter projects"));
}

TEST(Issue4Test, ParagraphInAListItemBeforeATableKeepsItsLine) {
  EXPECT_THAT(Statements("Intro\n\n- Reviews code kindly\n  | a |\n  | - |\n"),
              ElementsAre("3 Reviews code kindly"));
}

}  // namespace
}  // namespace laddermerge::internal
