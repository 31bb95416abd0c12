#include "common/ladder.h"

#include "gtest/gtest.h"

namespace laddermerge {
namespace {

TEST(LadderTest, FlattenListsLaddersThenStatementsInOrder) {
  Corpus corpus;
  corpus.ladders.resize(3);
  corpus.ladders[0].statements.resize(2);
  corpus.ladders[2].statements.resize(1);
  const std::vector<StatementRef> refs = FlattenStatements(corpus);
  ASSERT_EQ(refs.size(), 3u);
  EXPECT_EQ(CountStatements(corpus), 3u);
  EXPECT_EQ(refs[0].ladder, 0u);
  EXPECT_EQ(refs[1].statement, 1u);
  EXPECT_EQ(refs[2].ladder, 2u);
  EXPECT_EQ(refs[2].statement, 0u);
}

}  // namespace
}  // namespace laddermerge
