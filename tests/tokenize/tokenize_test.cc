#include "tokenize/tokenize.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace laddermerge {
namespace {

using testing::ElementsAre;
using testing::ElementsAreArray;
using testing::IsEmpty;

// The defaults with English stop words removed, as most tables assume.
TokenizeOptions English() {
  TokenizeOptions options;
  options.english_stop_words = true;
  return options;
}

std::vector<std::string> Words(absl::string_view text,
                               const TokenizeOptions& options = English()) {
  absl::StatusOr<TokenCorpus> tokens = TokenizeTexts({text}, options);
  EXPECT_TRUE(tokens.ok()) << tokens.status();
  return tokens.ok() ? tokens->words.Get(0) : std::vector<std::string>{};
}

std::vector<std::string> Terms(absl::string_view text,
                               const TokenizeOptions& options = English()) {
  absl::StatusOr<TokenCorpus> tokens = TokenizeTexts({text}, options);
  EXPECT_TRUE(tokens.ok()) << tokens.status();
  return tokens.ok() ? tokens->terms.Get(0) : std::vector<std::string>{};
}

struct WordCase {
  const char* input;
  std::vector<std::string> words;
};

class TokenizeWordsTest : public testing::TestWithParam<WordCase> {};

TEST_P(TokenizeWordsTest, SplitsFoldsAndKeepsTechnicalTokensWhole) {
  EXPECT_THAT(Words(GetParam().input), ElementsAreArray(GetParam().words))
      << GetParam().input;
}

INSTANTIATE_TEST_SUITE_P(
    Table, TokenizeWordsTest,
    testing::Values(
        WordCase{"Writes C++ and C# services",
                 {"writes", "c++", "c#", "services"}},
        WordCase{"Ships .NET code via CI/CD",
                 {"ships", ".net", "code", "ci/cd"}},
        WordCase{"Joins the on-call rotation",
                 {"joins", "on-call", "rotation"}},
        WordCase{"Holds 1:1s with reports", {"holds", "1:1", "reports"}},
        WordCase{"Runs one-on-one meetings", {"runs", "1:1", "meetings"}},
        WordCase{"Sets OKRs and SLOs", {"sets", "okr", "slo"}},
        WordCase{"Writes an RFC for R&D", {"writes", "rfc", "r&d"}},
        WordCase{"Owns design/build trade-offs",
                 {"owns", "design", "build", "trade-offs"}},
        WordCase{"UI/UX and A/B tests", {"ui/ux", "a/b", "tests"}},
        WordCase{"Uses node.js and g++", {"uses", "node.js", "g++"}},
        WordCase{"The team's roadmap", {"team", "roadmap"}},
        WordCase{"The team\xE2\x80\x99s roadmap", {"team", "roadmap"}},
        WordCase{"\xF0\x9F\x8F\x86 Results \xF0\x9F\x8C\x9F", {"results"}},
        WordCase{"ＦＵＬＬＷＩＤＴＨ Ｔｅｘｔ", {"fullwidth", "text"}},
        WordCase{"Straße GROSS", {"strasse", "gross"}},
        WordCase{"Verantwortung für das Team übernehmen",
                 {"verantwortung", "für", "das", "team", "übernehmen"}},
        WordCase{"チームの技術的な意思決定をリードする",
                 {"チーム", "の", "技術", "的", "な", "意思", "決定", "を",
                  "リード", "する"}},
        WordCase{"Not able to mentor", {"not", "mentor"}}, WordCase{"", {}}));

TEST(TokenizeTest, DefaultsKeepFunctionWordsAndAddCharNgrams) {
  absl::StatusOr<TokenCorpus> tokens = TokenizeTexts({"Owns the CI"}, {});
  ASSERT_TRUE(tokens.ok()) << tokens.status();
  EXPECT_THAT(tokens->words.Get(0), ElementsAre("owns", "the", "ci"));
  EXPECT_THAT(tokens->char_ngrams.Get(0), testing::Contains(" own"));
}

TEST(TokenizeTest, StemsTermsButNotWords) {
  EXPECT_THAT(Words("Mentors engineers consistently"),
              ElementsAre("mentors", "engineers"));
  EXPECT_THAT(Terms("Mentors engineers consistently"),
              ElementsAre("mentor", "engin"));
}

TEST(TokenizeTest, TechnicalTokensAreNotStemmed) {
  EXPECT_THAT(Terms("Defines SLIs for iOS"),
              ElementsAre("defin", "sli", "ios"));
}

TEST(TokenizeTest, StopWordListsAreOptional) {
  TokenizeOptions options;
  options.english_stop_words = false;
  options.ladder_stop_words = false;
  EXPECT_THAT(Words("Has the ability", options),
              ElementsAre("has", "the", "ability"));
  options.extra_stop_words = {"ability"};
  EXPECT_THAT(Words("Has the ability", options), ElementsAre("has", "the"));
  EXPECT_TRUE(IsStopWord("the", English()));
  EXPECT_FALSE(IsStopWord("the", TokenizeOptions()));
  EXPECT_TRUE(IsStopWord("consistently", TokenizeOptions()));
  EXPECT_FALSE(IsStopWord("mentor", TokenizeOptions()));
}

TEST(TokenizeTest, NoStemmingWhenLanguageIsEmpty) {
  TokenizeOptions options = English();
  options.stem_language = "";
  EXPECT_THAT(Terms("Mentors engineers", options),
              ElementsAre("mentors", "engineers"));
}

TEST(TokenizeTest, GermanStemmer) {
  TokenizeOptions options;
  options.stem_language = "german";
  options.english_stop_words = false;
  EXPECT_THAT(Terms("Teams Entwicklungen", options),
              ElementsAre("team", "entwickl"));
}

TEST(TokenizeTest, WordNgramsJoinStemsWithASpace) {
  TokenizeOptions options = English();
  options.max_word_ngram = 2;
  EXPECT_THAT(
      Terms("Leads design reviews", options),
      ElementsAre("lead", "design", "review", "lead design", "design review"));
}

TEST(TokenizeTest, CharNgramsArePaddedCodePoints) {
  TokenizeOptions options;
  options.min_char_ngram = 3;
  options.max_char_ngram = 4;
  absl::StatusOr<TokenCorpus> tokens = TokenizeTexts({"Go über"}, options);
  ASSERT_TRUE(tokens.ok()) << tokens.status();
  EXPECT_THAT(tokens->char_ngrams.Get(0),
              ElementsAre(" go", "go ", " go ", " üb", "übe", "ber", "er ",
                          " übe", "über", "ber "));
}

TEST(TokenizeTest, InvalidUtf8IsAnErrorNamingTheText) {
  absl::StatusOr<TokenCorpus> tokens =
      TokenizeTexts({"fine", "bad \xC3\x28 byte"}, TokenizeOptions());
  ASSERT_FALSE(tokens.ok());
  EXPECT_EQ(tokens.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(tokens.status().message(), "text 2: invalid UTF-8");
}

TEST(CountWordsTest, CountsWordsNotSpacesOrPunctuation) {
  EXPECT_EQ(*CountWords("Owns CI/CD for the team."), 5);
  EXPECT_EQ(*CountWords("  -- Delivery!  "), 1);
  EXPECT_EQ(*CountWords(""), 0);
}

TEST(CountWordsTest, SplitsJapaneseWithoutSpaces) {
  // "Reviews the design and gives feedback to the team": one run of text
  // with no spaces, several words.
  const absl::StatusOr<int> words =
      CountWords("設計をレビューしてチームにフィードバックする");
  ASSERT_TRUE(words.ok()) << words.status();
  EXPECT_GE(*words, 5);
}

TEST(CountWordsTest, InvalidUtf8IsAnError) {
  EXPECT_EQ(CountWords("bad \xC3\x28 byte").status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(TokenizeTest, BadOptionsAreInvalidArgument) {
  TokenizeOptions options;
  options.stem_language = "klingon";
  EXPECT_EQ(TokenizeTexts({"x"}, options).status().code(),
            absl::StatusCode::kInvalidArgument);
  options = TokenizeOptions();
  options.min_char_ngram = 5;
  options.max_char_ngram = 3;
  EXPECT_EQ(TokenizeTexts({"x"}, options).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(TokenizeTest, SameOutputForAnyThreadCount) {
  std::vector<std::string> storage;
  for (int i = 0; i < 5000; ++i) {
    storage.push_back(
        absl::StrCat("Mentors engineer ", i * 7919 % 1000,
                     i % 3 == 0 ? " on-call C++ チーム" : " reviews code"));
  }
  std::vector<absl::string_view> texts(storage.begin(), storage.end());
  TokenizeOptions options;
  options.min_char_ngram = 3;
  options.max_char_ngram = 5;
  options.max_word_ngram = 2;
  options.threads = 1;
  absl::StatusOr<TokenCorpus> one = TokenizeTexts(texts, options);
  options.threads = 4;
  absl::StatusOr<TokenCorpus> four = TokenizeTexts(texts, options);
  ASSERT_TRUE(one.ok() && four.ok());
  ASSERT_EQ(one->num_statements(), texts.size());
  ASSERT_EQ(four->num_statements(), texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    ASSERT_EQ(one->terms.Get(i), four->terms.Get(i)) << i;
    ASSERT_EQ(one->char_ngrams.Get(i), four->char_ngrams.Get(i)) << i;
  }
}

TEST(TokenizeTest, CorpusStatementsInFlattenOrder) {
  Corpus corpus;
  corpus.ladders.resize(2);
  corpus.ladders[0].statements.resize(1);
  corpus.ladders[0].statements[0].text = "Hires engineers";
  corpus.ladders[1].statements.resize(1);
  corpus.ladders[1].statements[0].text = "Coaches managers";
  absl::StatusOr<TokenCorpus> tokens = Tokenize(corpus, English());
  ASSERT_TRUE(tokens.ok()) << tokens.status();
  EXPECT_THAT(tokens->words.Get(1), ElementsAre("coaches", "managers"));
  EXPECT_THAT(tokens->words.Get(0), ElementsAre("hires", "engineers"));
}

}  // namespace
}  // namespace laddermerge
