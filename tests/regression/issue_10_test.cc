// Issue 10: splitting a paragraph into sentences looked at the whole
// sentence so far after every ICU boundary it merged back (after "e.g."),
// so a paragraph with thousands of abbreviations took quadratic time: an
// 11 MB Markdown paragraph did not finish in 10 minutes. Found while
// writing the hostile-input tests.
#include <string>
#include <vector>

#include "gtest/gtest.h"

#include "normalize/internal/sentences.h"

namespace laddermerge::internal {
namespace {

TEST(Issue10Test, ThousandsOfAbbreviationsStayOneSentence) {
  absl::StatusOr<SentenceSplitter> splitter =
      SentenceSplitter::Create({"e.g."});
  ASSERT_TRUE(splitter.ok()) << splitter.status();
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "Uses tools e.g. Git and ";
  text += "more.\nWrites docs.";
  const std::vector<Sentence> sentences = splitter->Split(text);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].text.size(), text.size() - 12);
  EXPECT_EQ(sentences[1].text, "Writes docs.");
  EXPECT_EQ(sentences[1].newlines_before, 1);
}

}  // namespace
}  // namespace laddermerge::internal
