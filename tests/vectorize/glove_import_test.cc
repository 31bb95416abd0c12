#include "vectorize/tools/glove_import.h"

#include <ostream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace laddermerge {
namespace {

// The package's shape in miniature: 2 dimensions, then norm and rank.
constexpr char kJson[] = R"({"precision": 8, "l2NormIndex": 2,
  "wordIndex": 3, "size": 6, "dimensions": 2,
  "words": ["the", ",", "on-call", "team", "\"", "zebra"],
  "vectors": {
    "the": [0.5, -0.25, 0.56, 0],
    ",": [1, 1, 1.41, 1],
    "zebra": [3, 4, 5, 5],
    "team": [-1, 0.5, 1.12, 3],
    "on-call": [0, 2, 2, 2],
    "\"": [1, 0, 1, 4]
  },
  "unkVector": [0, 0, 0, 0]})";

struct KeptCase {
  const char* word;
  bool kept;
};

void PrintTo(const KeptCase& c, std::ostream* os) { *os << c.word; }

class IsKeptGloveWordTest : public testing::TestWithParam<KeptCase> {};

TEST_P(IsKeptGloveWordTest, KeepsLowerCaseWordsAndHyphenatedCompounds) {
  EXPECT_EQ(IsKeptGloveWord(GetParam().word), GetParam().kept)
      << GetParam().word;
}

INSTANTIATE_TEST_SUITE_P(
    Words, IsKeptGloveWordTest,
    testing::Values(KeptCase{"team", true}, KeptCase{"on-call", true},
                    KeptCase{"end-to-end", true}, KeptCase{"", false},
                    KeptCase{"-", false}, KeptCase{"on--call", false},
                    KeptCase{"-team", false}, KeptCase{"team-", false},
                    KeptCase{"1990s", false}, KeptCase{"Team", false},
                    KeptCase{"n't", false}, KeptCase{"café", false},
                    KeptCase{",", false}));

TEST(GloveImportTest, KeepsWordsBelowTheMaximumRankInRankOrder) {
  GloveImportOptions options;
  options.max_rank = 5;
  absl::StatusOr<WordEmbeddings> e = ImportWinkEmbeddings(kJson, options);
  ASSERT_TRUE(e.ok()) << e.status();
  ASSERT_EQ(e->num_words(), 3u);
  EXPECT_EQ(e->word(0), "the");
  EXPECT_EQ(e->word(1), "on-call");
  EXPECT_EQ(e->word(2), "team");
  EXPECT_EQ(e->rank(2), 3u);
  EXPECT_EQ(e->source_size(), 6u);
  EXPECT_EQ(e->dims(), 2u);
  std::vector<double> v(2, 0.0);
  e->AddTo(2, 1.0, v.data());
  EXPECT_NEAR(v[0], -1.0, 0.01);
  EXPECT_NEAR(v[1], 0.5, 0.01);
  EXPECT_EQ(e->Find("zebra"), -1);
  EXPECT_EQ(e->Find(","), -1);
}

TEST(GloveImportTest, SameBytesEveryTime) {
  const GloveImportOptions options;
  absl::StatusOr<WordEmbeddings> a = ImportWinkEmbeddings(kJson, options);
  absl::StatusOr<WordEmbeddings> b = ImportWinkEmbeddings(kJson, options);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->Serialize(), b->Serialize());
  EXPECT_EQ(a->num_words(), 4u);
}

struct BadCase {
  const char* json;
  const char* message;
};

void PrintTo(const BadCase& c, std::ostream* os) { *os << c.json; }

class GloveImportErrorTest : public testing::TestWithParam<BadCase> {};

TEST_P(GloveImportErrorTest, MalformedInputIsInvalid) {
  absl::StatusOr<WordEmbeddings> e =
      ImportWinkEmbeddings(GetParam().json, GloveImportOptions());
  EXPECT_EQ(e.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(e.status().message()),
              testing::HasSubstr(GetParam().message));
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, GloveImportErrorTest,
    testing::Values(
        BadCase{"", "glove json: at byte"},
        BadCase{R"({"dimensions": 2, "vectors": {"team": [1, 2, 3, 0]})",
                "glove json: at byte"},
        BadCase{R"({"vectors": {"team": [1, 2, 3, 0]}})", "no \"dimensions\""},
        BadCase{R"({"dimensions": 2, "vectors": {"team": [1, 2, 0]}})",
                "vector of \"team\" has 3 values, not 4"},
        BadCase{R"({"dimensions": 2, "vectors": {"1990": [1, 2, 3, 0]}})",
                "no words kept"}));

}  // namespace
}  // namespace laddermerge
