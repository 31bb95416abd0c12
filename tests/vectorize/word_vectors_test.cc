#include "vectorize/word_vectors.h"

#include <cmath>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "vectorize/randomized_svd.h"

namespace laddermerge {
namespace {

using testing::ElementsAre;

WordVectors SmallVectors() {
  DenseMatrix m;
  m.rows = 4;
  m.cols = 2;
  m.data = {1, 0, 0.6f, 0.8f, 0, 1, -1, 0};
  return WordVectors({"child", "peel", "peeling", "run"}, m,
                     {{"children", "child"}, {"ran", "run"}});
}

TEST(WordVectorsTest, FindFoldsInflectionsLikeMorphy) {
  const WordVectors v = SmallVectors();
  EXPECT_EQ(v.Find("child"), 0);
  EXPECT_EQ(v.Find("children"), 0);  // Exception list.
  EXPECT_EQ(v.Find("ran"), 3);
  EXPECT_EQ(v.Find("peeled"), 1);   // -ed.
  EXPECT_EQ(v.Find("peels"), 1);    // -s.
  EXPECT_EQ(v.Find("running"), 3);  // Doubled consonant.
  EXPECT_EQ(v.Find("unknown"), -1);
}

TEST(WordVectorsTest, FindAllListsEveryBaseForm) {
  const WordVectors v = SmallVectors();
  EXPECT_THAT(v.FindAll("peeling"), ElementsAre(2u, 1u));
  EXPECT_THAT(v.FindAll("peel"), ElementsAre(1u));
  EXPECT_TRUE(v.FindAll("zzz").empty());
}

TEST(WordVectorsTest, SerializeRoundTripsWithinQuantizationError) {
  const WordVectors v = SmallVectors();
  absl::StatusOr<WordVectors> parsed = ParseWordVectors(v.Serialize());
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  ASSERT_EQ(parsed->num_words(), 4u);
  ASSERT_EQ(parsed->dims(), 2u);
  EXPECT_EQ(parsed->word(2), "peeling");
  EXPECT_EQ(parsed->Find("children"), 0);
  for (uint32_t w = 0; w < 4; ++w) {
    for (uint32_t c = 0; c < 2; ++c) {
      EXPECT_NEAR(parsed->vector(w)[c], v.vector(w)[c], 0.01);
    }
  }
}

TEST(WordVectorsTest, TruncatedOrForeignFilesAreInvalid) {
  const std::string bytes = SmallVectors().Serialize();
  EXPECT_EQ(ParseWordVectors("hello").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ParseWordVectors(bytes.substr(0, bytes.size() - 1)).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(WordVectorsTest, AttachConceptsChecksTheVocabulary) {
  WordVectors v = SmallVectors();
  EXPECT_FALSE(v.has_concepts());
  ASSERT_TRUE(
      v.AttachConcepts("child\t0:1\npeel\t1:0.6 2:0.8\npeeling\t2:1\nrun\t\n")
          .ok());
  ASSERT_TRUE(v.has_concepts());
  EXPECT_EQ(v.num_concepts(), 3u);
  ASSERT_EQ(v.concepts(1).size(), 2u);
  EXPECT_EQ(v.concepts(1)[1].id, 2u);
  EXPECT_FLOAT_EQ(v.concepts(1)[1].weight, 0.8f);
  WordVectors other = SmallVectors();
  absl::Status bad = other.AttachConcepts("kid\t0:1\n");
  EXPECT_EQ(bad.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(bad.message(),
            "word concepts: line 1: does not match the word vectors' "
            "vocabulary");
}

// PPMI-like co-occurrence counts of a tiny synthetic corpus: "coach" and
// "mentor" occur with the same contexts, "deploy" with others. After the
// SVD, words that share contexts are close and the others are not.
TEST(RandomizedSvdTest, WordsSharingContextsEndUpClose) {
  SparseMatrix m;
  m.rows = 3;  // coach, mentor, deploy
  m.cols = 6;
  m.row_ptr = {0, 3, 6, 9};
  m.col = {0, 1, 2, 0, 1, 3, 3, 4, 5};
  m.value = {2, 1, 1, 2, 1, 0.2f, 0.5f, 2, 2};
  RandomizedSvdOptions options;
  options.rank = 2;
  const TruncatedSvd svd = RandomizedSvd(m, options);
  ASSERT_EQ(svd.u.rows, 3u);
  ASSERT_EQ(svd.u.cols, 2u);
  EXPECT_GE(svd.singular_values[0], svd.singular_values[1]);
  auto cosine = [&](uint32_t a, uint32_t b) {
    double dot = 0, na = 0, nb = 0;
    for (uint32_t k = 0; k < 2; ++k) {
      const double x = svd.u.row(a)[k] * svd.singular_values[k];
      const double y = svd.u.row(b)[k] * svd.singular_values[k];
      dot += x * y;
      na += x * x;
      nb += y * y;
    }
    return dot / std::sqrt(na * nb);
  };
  EXPECT_GT(cosine(0, 1), 0.9);
  EXPECT_LT(cosine(0, 2), 0.5);
  // Same seed, same result.
  const TruncatedSvd again = RandomizedSvd(m, options);
  EXPECT_EQ(svd.u.data, again.u.data);
}

}  // namespace
}  // namespace laddermerge
