// Issue 3: every (track, level) sighting scanned the track's levels, so a
// CSV matrix with 100,000 level columns took about a minute (quadratic in
// the levels) before anything was printed.
#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

#include "ingest/ingest.h"
#include "ingest/internal/reader.h"

namespace laddermerge::internal {
namespace {

constexpr int kColumns = 100000;

TEST(Issue3Test, CsvWithAHundredThousandLevelColumnsDeclaresThemAll) {
  std::string header = "Competency";
  std::string row = "Delivery";
  for (int i = 1; i <= kColumns; ++i) {
    absl::StrAppend(&header, ",L", i);
    absl::StrAppend(&row, ",Writes tests for change ", i);
  }
  static const IngestOptions kOptions;
  ReaderContext context;
  context.options = &kOptions;
  absl::StatusOr<ReadResult> r = ReadDelimited(
      SourceFile{"wide.csv", absl::StrCat(header, "\n", row, "\n"), 1}, ',',
      context);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->statements.size(), static_cast<size_t>(kColumns));
  EXPECT_EQ(r->statements.back().level, absl::StrCat("L", kColumns));
  EXPECT_EQ(r->statements.back().line, 2);
  ASSERT_EQ(r->tracks.size(), 1u);
  ASSERT_EQ(r->tracks[0].levels.size(), static_cast<size_t>(kColumns));
  EXPECT_EQ(r->tracks[0].levels[0], "L1");
  EXPECT_EQ(r->tracks[0].levels[kColumns - 1], absl::StrCat("L", kColumns));
}

}  // namespace
}  // namespace laddermerge::internal
