#include "vectorize/word_embeddings.h"

#include <cmath>
#include <ostream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace laddermerge {
namespace {

using testing::ElementsAre;

// Ranks as in a 1000-word source vocabulary of which these words were kept.
WordEmbeddings SmallEmbeddings() {
  DenseMatrix m;
  m.rows = 8;
  m.cols = 3;
  m.data = {1,  0, 0, 0.9f, 0.1f, 0,    0,    1,    0,    0, 0,  1,
            -1, 0, 0, 0.5f, 0.5f, 0.5f, 0.2f, 0.3f, 0.4f, 2, -4, 0.5f};
  return WordEmbeddings(
      {"do", "not", "can", "are", "we", "cross", "functional", "test"},
      {3, 10, 20, 30, 40, 500, 700, 999}, 1000, m);
}

TEST(WordEmbeddingsTest, SerializeRoundTripsWithinQuantizationError) {
  const WordEmbeddings e = SmallEmbeddings();
  absl::StatusOr<WordEmbeddings> parsed = ParseWordEmbeddings(e.Serialize());
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  ASSERT_EQ(parsed->num_words(), 8u);
  EXPECT_EQ(parsed->dims(), 3u);
  EXPECT_EQ(parsed->source_size(), 1000u);
  EXPECT_EQ(parsed->word(7), "test");
  EXPECT_EQ(parsed->rank(7), 999u);
  EXPECT_EQ(parsed->Find("test"), 7);
  std::vector<double> sum(3, 0.0);
  parsed->AddTo(7, 0.5, sum.data());
  // Within half a quantization step (max |value| / 127 / 2) of the input.
  EXPECT_NEAR(sum[0], 1.0, 0.5 * 4 / 127.0);
  EXPECT_NEAR(sum[1], -2.0, 0.5 * 4 / 127.0);
  EXPECT_NEAR(sum[2], 0.25, 0.5 * 4 / 127.0);
  EXPECT_EQ(parsed->Serialize(), e.Serialize());
}

TEST(WordEmbeddingsTest, CopiesLookUpWordsLikeTheOriginal) {
  const WordEmbeddings e = SmallEmbeddings();
  WordEmbeddings copy = e;
  EXPECT_EQ(copy.Find("cross"), 5);
  WordEmbeddings moved = std::move(copy);
  EXPECT_EQ(moved.Find("functional"), 6);
}

struct LookupCase {
  const char* word;
  std::vector<std::string> expected;
};

void PrintTo(const LookupCase& c, std::ostream* os) { *os << c.word; }

class WordEmbeddingsLookupTest : public testing::TestWithParam<LookupCase> {};

TEST_P(WordEmbeddingsLookupTest, SplitsContractionsAndCompounds) {
  const WordEmbeddings e = SmallEmbeddings();
  std::vector<std::string> words;
  for (uint32_t id : e.Lookup(GetParam().word)) words.push_back(e.word(id));
  EXPECT_EQ(words, GetParam().expected) << GetParam().word;
}

INSTANTIATE_TEST_SUITE_P(
    Words, WordEmbeddingsLookupTest,
    testing::Values(LookupCase{"test", {"test"}},
                    LookupCase{"don't", {"do", "not"}},
                    LookupCase{"can't", {"can", "not"}},
                    LookupCase{"we're", {"we", "are"}},
                    LookupCase{"test's", {"test"}},
                    LookupCase{"cross-functional", {"cross", "functional"}},
                    LookupCase{"cross/zzz", {"cross"}}, LookupCase{"zzz", {}},
                    LookupCase{"", {}}, LookupCase{"n't", {}}));

TEST(WordEmbeddingsTest, ProbabilityFollowsZipfsLaw) {
  const WordEmbeddings e = SmallEmbeddings();
  const double harmonic = std::log(1000.0) + 0.5772156649;
  EXPECT_NEAR(e.Probability(0), 1 / (4 * harmonic), 1e-9);
  EXPECT_NEAR(e.Probability(7), 1 / (1000 * harmonic), 1e-9);
  EXPECT_GT(e.Probability(1), e.Probability(2));
}

TEST(WordEmbeddingsTest, CosineOfQuantizedVectors) {
  const WordEmbeddings e = SmallEmbeddings();
  EXPECT_NEAR(e.Cosine(0, 0), 1.0, 1e-9);
  EXPECT_NEAR(e.Cosine(0, 4), -1.0, 1e-9);
  EXPECT_NEAR(e.Cosine(0, 2), 0.0, 1e-9);
  EXPECT_NEAR(e.Cosine(0, 1), 0.9 / std::sqrt(0.82), 0.01);
}

TEST(WordEmbeddingsTest, TruncatedOrForeignFilesAreInvalid) {
  const std::string bytes = SmallEmbeddings().Serialize();
  for (const std::string& bad :
       {std::string(), std::string("LMWV0001"), bytes.substr(0, 10),
        bytes.substr(0, 30), bytes.substr(0, bytes.size() - 1), bytes + "x"}) {
    absl::StatusOr<WordEmbeddings> parsed = ParseWordEmbeddings(bad);
    EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument)
        << bad.size();
    EXPECT_THAT(std::string(parsed.status().message()),
                testing::StartsWith("word embeddings: "));
  }
}

TEST(WordEmbeddingsTest, RepeatedWordsAreInvalid) {
  DenseMatrix m;
  m.rows = 2;
  m.cols = 1;
  m.data = {1, 2};
  const WordEmbeddings e({"test", "test"}, {0, 1}, 2, m);
  EXPECT_EQ(ParseWordEmbeddings(e.Serialize()).status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace laddermerge
