#include "normalize/internal/sentences.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "normalize/normalize.h"

namespace laddermerge::internal {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;

struct SentenceCase {
  const char* name;
  std::string text;
  std::vector<std::string> sentences;  // Whitespace collapsed.
  std::vector<int> newlines;
};

class SentencesTest : public testing::TestWithParam<SentenceCase> {};

TEST_P(SentencesTest, SplitsProseIntoSentences) {
  absl::StatusOr<SentenceSplitter> splitter =
      SentenceSplitter::Create(NormalizeOptions().non_final_abbreviations);
  ASSERT_TRUE(splitter.ok()) << splitter.status();
  std::vector<std::string> texts;
  std::vector<int> newlines;
  for (const Sentence& s : splitter->Split(GetParam().text)) {
    texts.push_back(NormalizeText(s.text));
    newlines.push_back(s.newlines_before);
  }
  EXPECT_THAT(texts, ElementsAreArray(GetParam().sentences));
  EXPECT_THAT(newlines, ElementsAreArray(GetParam().newlines));
}

INSTANTIATE_TEST_SUITE_P(
    Table, SentencesTest,
    testing::Values(
        SentenceCase{
            "Abbreviations",
            "Uses tools, e.g. Git and CI. Writes docs, i.e. READMEs. "
            "Asks Dr. Lee (e.g. About ops) often.",
            {"Uses tools, e.g. Git and CI.", "Writes docs, i.e. READMEs.",
             "Asks Dr. Lee (e.g. About ops) often."},
            {0, 0, 0}},
        SentenceCase{
            "EtceteraCanEndASentence",
            "Knows Go, Java, etc. Then ships. Uses etc. and more.",
            {"Knows Go, Java, etc.", "Then ships.", "Uses etc. and more."},
            {0, 0, 0}},
        SentenceCase{"WrappedLinesAndLineNumbers",
                     "The first sentence is\nwrapped. The second one.\nThe\n"
                     "third\none!",
                     {"The first sentence is wrapped.", "The second one.",
                      "The third one!"},
                     {0, 1, 2}},
        SentenceCase{"LeadingBlankLines",
                     "\n\nStarts late. Ends.",
                     {"Starts late.", "Ends."},
                     {2, 2}},
        SentenceCase{"Japanese",
                     "\xE8\xA8\xAD\xE8\xA8\x88\xE3\x81\x99\xE3\x82\x8B\xE3\x80"
                     "\x82\n\xE6\x94\xB9\xE5\x96\x84\xE3\x81\x99\xE3\x82\x8B"
                     "\xE3\x80\x82",
                     {"\xE8\xA8\xAD\xE8\xA8\x88\xE3\x81\x99\xE3\x82\x8B\xE3\x80"
                      "\x82",
                      "\xE6\x94\xB9\xE5\x96\x84\xE3\x81\x99\xE3\x82\x8B\xE3\x80"
                      "\x82"},
                     {0, 1}},
        SentenceCase{"Decimals",
                     "Keeps 99.9% uptime. Good.",
                     {"Keeps 99.9% uptime.", "Good."},
                     {0, 0}},
        SentenceCase{"Blank", " \n ", {}, {}}),
    [](const testing::TestParamInfo<SentenceCase>& param) {
      return param.param.name;
    });

}  // namespace
}  // namespace laddermerge::internal
