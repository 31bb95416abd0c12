#include "normalize/normalize.h"

#include "gtest/gtest.h"

namespace laddermerge {
namespace {

TEST(NormalizeTextTest, CollapsesWhitespaceAndTrims) {
  EXPECT_EQ(NormalizeText("  Writes\n  clear\t docs  "), "Writes clear docs");
}

TEST(NormalizeTest, AssignsIdsInReadingOrderAndDropsEmptyStatements) {
  RawCorpus raw;
  RawLadder ladder;
  ladder.name = "acme";
  ladder.files = {"a.md"};
  ladder.statements.push_back({"Writes tests", "a.md", 3, "ic", "L1", "", {}});
  ladder.statements.push_back({" - ", "a.md", 4, "ic", "L1", "", {}});
  ladder.statements.push_back({"Reviews code", "a.md", 5, "ic", "L1", "", {}});
  raw.ladders.push_back(ladder);
  absl::StatusOr<Corpus> corpus = Normalize(raw, NormalizeOptions());
  ASSERT_TRUE(corpus.ok()) << corpus.status();
  const auto& statements = corpus->ladders[0].statements;
  ASSERT_EQ(statements.size(), 2u);
  EXPECT_EQ(statements[0].id, "acme:1");
  EXPECT_EQ(statements[1].id, "acme:2");
  EXPECT_EQ(statements[1].line, 5);
}

}  // namespace
}  // namespace laddermerge
