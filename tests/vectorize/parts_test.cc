// The resource-backed and lexical parts of the blend on tiny hand-made word
// vectors: "wordnet", "synset", "glove", "concept", "polarity", "lsa".
#include <cmath>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "vectorize/vectorize.h"

namespace laddermerge {
namespace {

constexpr double kTolerance = 1e-5;

VectorizeOptions Only(const std::string& part) {
  VectorizeOptions o;
  o.word_weight = part == "word";
  o.char_weight = part == "char";
  o.wordnet_weight = part == "wordnet";
  o.synset_weight = part == "synset";
  o.concept_weight = part == "concept";
  o.polarity_weight = part == "polarity";
  o.lsa_weight = part == "lsa";
  o.glove_weight = part == "glove";
  return o;
}

// coach and mentor point the same way and share concept 0; deploy does not.
WordVectors TinyVectors() {
  DenseMatrix m;
  m.rows = 3;
  m.cols = 2;
  m.data = {1, 0, 0, 1, 0.95f, 0.31f};
  WordVectors v({"coach", "deploy", "mentor"}, m, {});
  EXPECT_TRUE(
      v.AttachConcepts("coach\t0:1\ndeploy\t1:1\nmentor\t0:0.8 2:0.6\n").ok());
  return v;
}

// GloVe-like vectors: "the" is the most frequent word and points along the
// third axis, like every word a little; coach ~ mentor; deploy apart.
WordEmbeddings TinyEmbeddings() {
  DenseMatrix m;
  m.rows = 4;
  m.cols = 3;
  m.data = {0, 0, 1, 1, 0, 0.3f, 0.95f, 0.1f, 0.3f, 0, 1, 0.3f};
  return WordEmbeddings({"the", "coach", "mentor", "deploy"},
                        {0, 5000, 6000, 7000}, 10000, m);
}

TokenCorpus Tokens(const std::vector<absl::string_view>& texts) {
  TokenizeOptions options;
  options.english_stop_words = true;
  absl::StatusOr<TokenCorpus> tokens = TokenizeTexts(texts, options);
  EXPECT_TRUE(tokens.ok()) << tokens.status();
  return *std::move(tokens);
}

double PairScore(const TokenCorpus& tokens, const VectorizeOptions& options,
                 uint32_t a, uint32_t b) {
  absl::StatusOr<StatementVectors> v = Vectorize(tokens, options);
  EXPECT_TRUE(v.ok()) << v.status();
  return v.ok() ? Score(*v, a, b) : -9;
}

TEST(WordNetPartTest, SimilarWordsScoreHigherThanUnrelatedOnes) {
  const WordVectors vectors = TinyVectors();
  VectorizeOptions options = Only("wordnet");
  options.word_vectors = &vectors;
  const TokenCorpus tokens = Tokens({"Coaches", "Mentors", "Deploys"});
  EXPECT_GT(PairScore(tokens, options, 0, 1), 0.9);
  EXPECT_LT(PairScore(tokens, options, 1, 2), 0.5);
  auto model = SimilarityModel::Fit(tokens, options);
  ASSERT_TRUE(model.ok());
  const PairExplanation why = (*model)->Explain(tokens, 0, 1);
  ASSERT_FALSE(why.top.empty());
  EXPECT_EQ(why.top[0].what, "coaches ~ mentors");
  EXPECT_EQ(why.top[0].part, "wordnet");
}

TEST(WordNetPartTest, MissingVectorsAreAnErrorOrSkipped) {
  const TokenCorpus tokens = Tokens({"Coaches", "Mentors"});
  VectorizeOptions options = Only("wordnet");
  options.word_weight = 1;
  EXPECT_EQ(Vectorize(tokens, options).status().code(),
            absl::StatusCode::kFailedPrecondition);
  options.skip_parts_without_resources = true;
  auto model = SimilarityModel::Fit(tokens, options);
  ASSERT_TRUE(model.ok()) << model.status();
  EXPECT_THAT((*model)->skipped(), testing::ElementsAre("wordnet"));
}

TEST(GlovePartTest, SimilarWordsScoreHigherThanUnrelatedOnes) {
  const WordEmbeddings embeddings = TinyEmbeddings();
  VectorizeOptions options = Only("glove");
  options.embeddings = &embeddings;
  const TokenCorpus tokens = Tokens({"coach", "mentor", "deploy"});
  EXPECT_GT(PairScore(tokens, options, 0, 1), 0.9);
  EXPECT_LT(PairScore(tokens, options, 1, 2), 0.3);
  auto model = SimilarityModel::Fit(tokens, options);
  ASSERT_TRUE(model.ok()) << model.status();
  const PairExplanation why = (*model)->Explain(tokens, 0, 1);
  ASSERT_EQ(why.top.size(), 1u);
  EXPECT_EQ(why.top[0].what, "coach ~ mentor");
  EXPECT_EQ(why.top[0].part, "glove");
  EXPECT_NEAR(why.top[0].score, why.score, kTolerance);
}

TEST(GlovePartTest, FrequentWordsAndTheSharedDirectionCountLittle) {
  const WordEmbeddings embeddings = TinyEmbeddings();
  VectorizeOptions options = Only("glove");
  options.embeddings = &embeddings;
  // English stop words are removed by Tokens(); keep "the" as a word here.
  options.dense_remove_component = false;
  TokenizeOptions keep;
  absl::StatusOr<TokenCorpus> tokens =
      TokenizeTexts({"the the coach", "the the deploy"}, keep);
  ASSERT_TRUE(tokens.ok());
  const double kept = PairScore(*tokens, options, 0, 1);
  options.dense_remove_component = true;
  const double removed = PairScore(*tokens, options, 0, 1);
  EXPECT_LT(removed, 0.1);
  EXPECT_LT(removed, kept);
}

TEST(GlovePartTest, MissingEmbeddingsAreAnErrorOrSkipped) {
  const TokenCorpus tokens = Tokens({"coach", "mentor"});
  VectorizeOptions options = Only("glove");
  options.word_weight = 1;
  EXPECT_EQ(Vectorize(tokens, options).status().code(),
            absl::StatusCode::kFailedPrecondition);
  options.skip_parts_without_resources = true;
  auto model = SimilarityModel::Fit(tokens, options);
  ASSERT_TRUE(model.ok()) << model.status();
  EXPECT_THAT((*model)->skipped(), testing::ElementsAre("glove"));
}

TEST(SynsetPartTest, SharedConceptsGiveASoftMatch) {
  const WordVectors vectors = TinyVectors();
  VectorizeOptions options = Only("synset");
  options.word_vectors = &vectors;
  const TokenCorpus tokens = Tokens({"Coaches", "Mentors", "Deploys"});
  EXPECT_GT(PairScore(tokens, options, 0, 1), 0.3);
  EXPECT_NEAR(PairScore(tokens, options, 0, 2), 0.0, kTolerance);
}

TEST(ConceptPartTest, LexiconConceptsMatchAcrossWordings) {
  const TokenCorpus tokens =
      Tokens({"Coaches new engineers", "Mentors interns",
              "Interviews candidates", "Writes unit tests"});
  const VectorizeOptions options = Only("concept");
  EXPECT_GT(PairScore(tokens, options, 0, 1), 0.5);  // mentoring
  EXPECT_NEAR(PairScore(tokens, options, 0, 2), 0.0, kTolerance);
  auto model = SimilarityModel::Fit(tokens, options);
  ASSERT_TRUE(model.ok());
  const PairExplanation why = (*model)->Explain(tokens, 0, 1);
  ASSERT_EQ(why.top.size(), 1u);
  EXPECT_EQ(why.top[0].what, "mentoring");
  EXPECT_NEAR(why.top[0].score, why.score, kTolerance);
}

TEST(PolarityPartTest, NegationMismatchIsMinusOne) {
  const TokenCorpus tokens =
      Tokens({"A boy is playing", "There is no boy playing",
              "The boy isn't playing", "A girl is singing"});
  const VectorizeOptions options = Only("polarity");
  EXPECT_NEAR(PairScore(tokens, options, 0, 1), -1.0, kTolerance);
  EXPECT_NEAR(PairScore(tokens, options, 1, 2), 1.0, kTolerance);
  EXPECT_NEAR(PairScore(tokens, options, 0, 3), 1.0, kTolerance);
}

TEST(LsaPartTest, CooccurringTermsBecomeSimilar) {
  std::vector<std::string> storage;
  for (int i = 0; i < 20; ++i) {
    storage.push_back("guitar music play");
    storage.push_back("guitar music strum");
    storage.push_back("onion slice kitchen");
    storage.push_back("onion cut kitchen");
  }
  storage.push_back("play");
  storage.push_back("strum");
  storage.push_back("cut");
  std::vector<absl::string_view> texts(storage.begin(), storage.end());
  VectorizeOptions options = Only("lsa");
  options.lsa_dims = 2;
  const TokenCorpus tokens = Tokens(texts);
  const uint32_t n = static_cast<uint32_t>(texts.size());
  EXPECT_GT(PairScore(tokens, options, n - 3, n - 2), 0.9);  // play ~ strum
  EXPECT_LT(PairScore(tokens, options, n - 3, n - 1), 0.1);  // play vs cut
}

TEST(VectorizeDeterminismTest, SameRowsForAnyThreadCount) {
  const WordVectors vectors = TinyVectors();
  const WordEmbeddings embeddings = TinyEmbeddings();
  std::vector<std::string> storage;
  for (int i = 0; i < 3000; ++i) {
    storage.push_back(i % 2 ? "Coaches and mentors engineers on call"
                            : "Deploys services; no outage");
  }
  std::vector<absl::string_view> texts(storage.begin(), storage.end());
  const TokenCorpus tokens = Tokens(texts);
  VectorizeOptions options;
  options.word_vectors = &vectors;
  options.embeddings = &embeddings;
  options.glove_weight = 0.2;
  options.threads = 1;
  auto one = Vectorize(tokens, options);
  options.threads = 3;
  auto three = Vectorize(tokens, options);
  ASSERT_TRUE(one.ok() && three.ok());
  EXPECT_EQ(one->sparse.col, three->sparse.col);
  EXPECT_EQ(one->sparse.value, three->sparse.value);
  EXPECT_EQ(one->dense.data, three->dense.data);
}

}  // namespace
}  // namespace laddermerge
