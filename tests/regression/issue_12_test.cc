// Issue 12: YAML merge keys (`<<: *base`) copy the entries of the merged
// map, and nothing bounded the copies, so a 538 KB file merging a map of
// 20,000 keys into 20,000 maps (or a chain of maps each merging the one
// before) ran for minutes with growing memory, like an alias bomb.
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

#include "ingest/ingest.h"
#include "ingest/internal/reader.h"

namespace laddermerge::internal {
namespace {

absl::StatusOr<ReadResult> Yaml(const std::string& text) {
  static const IngestOptions kOptions;
  ReaderContext context;
  context.options = &kOptions;
  return ReadYaml(SourceFile{"f.yml", text, 1}, context);
}

TEST(Issue12Test, WideMergeBombIsAnError) {
  std::string text = "base: &b {";
  for (int i = 0; i < 20000; ++i) absl::StrAppend(&text, "k", i, ": v, ");
  text += "last: v}\n";
  for (int i = 0; i < 20000; ++i)
    absl::StrAppend(&text, "m", i, ": {<<: *b}\n");
  const absl::Status status = Yaml(text).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::EndsWith(status.message(),
                             ": too many merged keys (merge key expansion?)"))
      << status;
}

TEST(Issue12Test, ChainedMergeBombIsAnError) {
  std::string text = "m0: &m0 {k0: v}\n";
  for (int i = 1; i < 30000; ++i) {
    absl::StrAppend(&text, "m", i, ": &m", i, " {<<: *m", i - 1, ", k", i,
                    ": v}\n");
  }
  EXPECT_EQ(Yaml(text).status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(Issue12Test, OrdinaryMergesAreRead) {
  std::string text = "defaults: &d {track: ic}\nlevels:\n";
  for (int i = 1; i <= 200; ++i) {
    absl::StrAppend(&text, "  - <<: *d\n    name: L", i,
                    "\n    criteria: [Writes tests for area ", i, "]\n");
  }
  absl::StatusOr<ReadResult> r = Yaml(text);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->statements.size(), 200u);
}

}  // namespace
}  // namespace laddermerge::internal
