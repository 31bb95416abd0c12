#include "ingest/internal/table_layout.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "reader_testing.h"

namespace laddermerge::internal {
namespace {

using ::testing::ElementsAreArray;

std::string Entries(const std::vector<CellEntry>& entries) {
  std::string out;
  for (const CellEntry& e : entries) {
    absl::StrAppend(&out, e.kind == StatementKind::kItem ? "I:" : "P:", e.text,
                    "|");
  }
  return out;
}

struct SplitCase {
  const char* text;
  const char* entries;
};

class SplitCellTextTest : public testing::TestWithParam<SplitCase> {};

TEST_P(SplitCellTextTest, SplitsAtLineBreaksAndStripsMarkers) {
  EXPECT_EQ(Entries(SplitCellText(GetParam().text, 1)), GetParam().entries);
}

INSTANTIATE_TEST_SUITE_P(
    Cells, SplitCellTextTest,
    testing::Values(SplitCase{"Writes code", "P:Writes code|"},
                    SplitCase{"- Writes code", "I:Writes code|"},
                    SplitCase{"\n- One\n\n- Two\n", "I:One|I:Two|"},
                    SplitCase{"First\nSecond", "P:First|P:Second|"},
                    SplitCase{"  \n ", ""}));

TEST(AddTableTest, TableWithoutHeaderUsesRowLevels) {
  const SourceFile source{"t.md", "", 1};
  const ReaderContext context;
  DocumentOutline outline(source, context);
  TableGrid grid;
  for (const char* level : {"Junior", "Senior"}) {
    TableRow row;
    row.cells.push_back(TableCell{{CellEntry{level, 3, StatementKind::kItem}}});
    row.cells.push_back(
        TableCell{{CellEntry{std::string(level) + " engineers write code", 3,
                             StatementKind::kParagraph},
                   CellEntry{"TBD", 3, StatementKind::kItem}}});
    grid.rows.push_back(std::move(row));
  }
  AddTable(grid, &outline);
  ReadResult result = std::move(outline).Finish();
  EXPECT_THAT(DescribeAll(result),
              ElementsAreArray({"3 P Junior/ [] Junior engineers write code",
                                "3 P Senior/ [] Senior engineers write code"}));
  ASSERT_EQ(result.tracks.size(), 1u);
  EXPECT_EQ(result.tracks[0].levels,
            (std::vector<std::string>{"Junior", "Senior"}));
}

}  // namespace
}  // namespace laddermerge::internal
