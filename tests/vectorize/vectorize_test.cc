#include "vectorize/vectorize.h"

#include <cmath>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace laddermerge {
namespace {

constexpr double kTolerance = 1e-5;

// Only the TF-IDF parts, which need no resources.
VectorizeOptions WordOnly() {
  VectorizeOptions options;
  options.word_weight = 1;
  options.char_weight = 0;
  options.wordnet_weight = 0;
  options.synset_weight = 0;
  options.concept_weight = 0;
  options.polarity_weight = 0;
  options.glove_weight = 0;
  return options;
}

TokenizeOptions English() {
  TokenizeOptions options;
  options.english_stop_words = true;
  return options;
}

TokenCorpus Tokens(const std::vector<absl::string_view>& texts,
                   TokenizeOptions options = English()) {
  absl::StatusOr<TokenCorpus> tokens = TokenizeTexts(texts, options);
  EXPECT_TRUE(tokens.ok()) << tokens.status();
  return *std::move(tokens);
}

TEST(VectorizeTest, ScoreIsTheWeightedBlendOfPartCosines) {
  const TokenCorpus tokens = Tokens(
      {"Mentors junior engineers", "Mentoring engineers", "Plans the roadmap"});
  VectorizeOptions word_only = WordOnly();
  VectorizeOptions char_only = WordOnly();
  char_only.word_weight = 0;
  char_only.char_weight = 1;
  VectorizeOptions blend = WordOnly();
  blend.word_weight = 1;
  blend.char_weight = 3;
  auto w = Vectorize(tokens, word_only);
  auto c = Vectorize(tokens, char_only);
  auto b = Vectorize(tokens, blend);
  ASSERT_TRUE(w.ok() && c.ok() && b.ok());
  EXPECT_EQ(b->sparse.cols, w->sparse.cols + c->sparse.cols);
  for (uint32_t i = 0; i < 3; ++i) {
    for (uint32_t j = 0; j < 3; ++j) {
      EXPECT_NEAR(Score(*b, i, j),
                  0.25 * Score(*w, i, j) + 0.75 * Score(*c, i, j), kTolerance);
    }
    EXPECT_NEAR(Score(*b, i, i), 1.0, kTolerance);
  }
  EXPECT_GT(Score(*w, 0, 1), 0.3);
  EXPECT_EQ(Score(*w, 0, 2), 0.0);
}

TEST(VectorizeTest, ZeroOrNegativeWeightsAreInvalid) {
  const TokenCorpus tokens = Tokens({"a text"});
  VectorizeOptions options = WordOnly();
  options.word_weight = 0;
  EXPECT_EQ(Vectorize(tokens, options).status().code(),
            absl::StatusCode::kInvalidArgument);
  options.word_weight = -1;
  EXPECT_EQ(Vectorize(tokens, options).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(VectorizeTest, UnknownPartNameIsInvalid) {
  EXPECT_EQ(
      CreatePartVectorizer("nonsense", VectorizeOptions()).status().code(),
      absl::StatusCode::kInvalidArgument);
  auto word = CreatePartVectorizer("word", VectorizeOptions());
  ASSERT_TRUE(word.ok());
  EXPECT_EQ((*word)->name(), "word");
  EXPECT_FALSE((*word)->is_dense());
}

TEST(VectorizeTest, ExplanationListsSharedWordsWithTheirShare) {
  const TokenCorpus tokens =
      Tokens({"Mentors junior engineers on the team", "Mentoring engineers",
              "Plans the roadmap"});
  auto model = SimilarityModel::Fit(tokens, WordOnly());
  ASSERT_TRUE(model.ok()) << model.status();
  const StatementVectors rows = (*model)->Transform(tokens);
  const PairExplanation why = (*model)->Explain(tokens, 0, 1);
  EXPECT_NEAR(why.score, Score(rows, 0, 1), kTolerance);
  ASSERT_EQ(why.parts, std::vector<std::string>{"word"});
  ASSERT_EQ(why.top.size(), 2u);
  double total = 0;
  std::vector<std::string> what;
  for (const auto& c : why.top) {
    total += c.score;
    what.push_back(c.what);
  }
  EXPECT_NEAR(total, why.score, kTolerance);
  EXPECT_THAT(
      what, testing::UnorderedElementsAre("mentors / mentoring", "engineers"));
  EXPECT_TRUE((*model)->Explain(tokens, 0, 2).top.empty());
}

}  // namespace
}  // namespace laddermerge
