// The GloVe file the build converts from the npm package (see
// src/vectorize/CMakeLists.txt). Every test here is skipped when the file
// is absent: laddermerge builds and passes its tests without it.
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "gtest/gtest.h"

#include "vectorize/word_embeddings.h"

namespace laddermerge {
namespace {

std::optional<WordEmbeddings> LoadGlove() {
  std::ifstream in(LADDERMERGE_GLOVE_FILE, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream bytes;
  bytes << in.rdbuf();
  absl::StatusOr<WordEmbeddings> glove = ParseWordEmbeddings(bytes.str());
  EXPECT_TRUE(glove.ok()) << glove.status();
  if (!glove.ok()) return std::nullopt;
  return *std::move(glove);
}

double Cosine(const WordEmbeddings& glove, const char* a, const char* b) {
  const int64_t ia = glove.Find(a), ib = glove.Find(b);
  EXPECT_GE(ia, 0) << a;
  EXPECT_GE(ib, 0) << b;
  if (ia < 0 || ib < 0) return 0;
  return glove.Cosine(static_cast<uint32_t>(ia), static_cast<uint32_t>(ib));
}

TEST(GloveResourceTest, FileHoldsFrequentEnglishWordsInRankOrder) {
  const std::optional<WordEmbeddings> glove = LoadGlove();
  if (!glove.has_value()) GTEST_SKIP() << LADDERMERGE_GLOVE_FILE " absent";
  EXPECT_EQ(glove->dims(), 100u);
  EXPECT_GT(glove->num_words(), 100000u);
  EXPECT_EQ(glove->word(0), "the");
  for (const char* word : {"mentor", "on-call", "codebase", "stakeholders"}) {
    EXPECT_GE(glove->Find(word), 0) << word;
  }
  EXPECT_LT(glove->Find("the"), glove->Find("mentor"));
}

TEST(GloveResourceTest, WordsUsedAlikeAreClose) {
  const std::optional<WordEmbeddings> glove = LoadGlove();
  if (!glove.has_value()) GTEST_SKIP() << LADDERMERGE_GLOVE_FILE " absent";
  EXPECT_GT(Cosine(*glove, "coach", "mentor"),
            Cosine(*glove, "coach", "database"));
  EXPECT_GT(Cosine(*glove, "hire", "recruit"),
            Cosine(*glove, "hire", "deploy"));
  EXPECT_GT(Cosine(*glove, "bug", "bugs"), 0.6);
}

}  // namespace
}  // namespace laddermerge
