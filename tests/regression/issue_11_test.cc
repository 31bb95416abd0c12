// Issue 11: cmark-gfm 0.29's table extension is quadratic in the cells of a
// row, so a Markdown line of 20,000 '|' took 9 s and one of 80,000 took 74 s
// (found by the scaling probes of the hostile-input work). Lines that could
// be table rows of more than 256 cells are now an error before parsing.
#include <string>

#include "gtest/gtest.h"

#include "ingest/ingest.h"
#include "ingest/internal/reader.h"

namespace laddermerge::internal {
namespace {

absl::StatusOr<ReadResult> Markdown(const std::string& text) {
  static const IngestOptions kOptions;
  ReaderContext context;
  context.options = &kOptions;
  return ReadMarkdown(SourceFile{"f.md", text, 1}, context);
}

std::string Row(int cells, const std::string& cell) {
  std::string row = "|";
  for (int i = 0; i < cells; ++i) row += cell + "|";
  return row + "\n";
}

TEST(Issue11Test, TableRowOfEightyThousandCellsIsAnError) {
  EXPECT_EQ(
      Markdown("# L1\n\n" + Row(80000, "a") + Row(80000, "-")).status(),
      absl::InvalidArgumentError("f.md:3: table row with more than 256 cells"));
}

TEST(Issue11Test, TableOf256ColumnsIsRead) {
  absl::StatusOr<ReadResult> r =
      Markdown(Row(256, "Level") + Row(256, "-") +
               Row(256, "Writes tests for the code"));
  ASSERT_TRUE(r.ok()) << r.status();
}

}  // namespace
}  // namespace laddermerge::internal
