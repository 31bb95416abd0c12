#include "cluster/cluster.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "testing/word_tfidf.h"
#include "tokenize/tokenize.h"

namespace laddermerge {
namespace {

using ::testing::ElementsAre;

// TF-IDF over words only: needs no resources, scores are plain cosines.
StatementVectors WordVectors(const std::vector<absl::string_view>& texts) {
  TokenizeOptions tokenize;
  tokenize.english_stop_words = true;
  absl::StatusOr<TokenCorpus> tokens = TokenizeTexts(texts, tokenize);
  EXPECT_TRUE(tokens.ok()) << tokens.status();
  absl::StatusOr<StatementVectors> vectors =
      Vectorize(*tokens, testing_util::WordTfidfOnly());
  EXPECT_TRUE(vectors.ok()) << vectors.status();
  return *std::move(vectors);
}

const std::vector<absl::string_view> kTexts = {
    // Ladder 0.
    "Mentors junior engineers on the team",
    "Writes design documents for large features",
    "Runs the incident review after outages",
    // Ladder 1.
    "Writes short design documents before large features",
    "Mentors and coaches junior engineers",
    "Plans the quarterly hiring budget",
    // Ladder 2: repeats one bullet at two levels.
    "Reviews incident timelines after outages",
    "Reviews incident timelines after outages",
};
const std::vector<uint32_t> kLadders = {0, 0, 0, 1, 1, 1, 2, 2};

TEST(ClusterStatementsTest, GroupsCounterpartsAcrossLaddersAndRepeats) {
  const StatementVectors vectors = WordVectors(kTexts);
  absl::StatusOr<Clustering> c =
      ClusterStatements(vectors, kLadders, {}, ClusterOptions());
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_THAT(c->clusters, ElementsAre(ElementsAre(0, 4), ElementsAre(1, 3),
                                       ElementsAre(2, 6, 7), ElementsAre(5)));
}

TEST(ClusterStatementsTest, EveryStatementIsInExactlyOneCluster) {
  const StatementVectors vectors = WordVectors(kTexts);
  absl::StatusOr<Clustering> c =
      ClusterStatements(vectors, kLadders, {}, ClusterOptions());
  ASSERT_TRUE(c.ok()) << c.status();
  std::vector<int> seen(kTexts.size(), 0);
  for (size_t i = 0; i < c->clusters.size(); ++i) {
    for (const uint32_t row : c->clusters[i]) {
      ++seen[row];
      EXPECT_EQ(c->cluster_of[row], i);
    }
  }
  EXPECT_THAT(seen, ::testing::Each(1));
}

TEST(ClusterStatementsTest, SameResultForEveryThreadCount) {
  const StatementVectors vectors = WordVectors(kTexts);
  ClusterOptions one;
  one.threads = 1;
  ClusterOptions four;
  four.threads = 4;
  absl::StatusOr<Clustering> a = ClusterStatements(vectors, kLadders, {}, one);
  absl::StatusOr<Clustering> b = ClusterStatements(vectors, kLadders, {}, four);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->clusters, b->clusters);
}

TEST(ClusterStatementsTest, HighThresholdLeavesOnlyTrueRepeats) {
  const StatementVectors vectors = WordVectors(kTexts);
  ClusterOptions strict;
  strict.min_similarity = 0.99;
  absl::StatusOr<Clustering> c =
      ClusterStatements(vectors, kLadders, {}, strict);
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_EQ(c->clusters.size(), kTexts.size() - 1);
  EXPECT_EQ(c->cluster_of[6], c->cluster_of[7]);
}

TEST(ClusterStatementsTest, DecisionsOverrideScores) {
  const StatementVectors vectors = WordVectors(kTexts);
  ClusterConstraints constraints;
  constraints.apart = {{0, 4}};
  constraints.together = {{5, 2}};
  absl::StatusOr<Clustering> c =
      ClusterStatements(vectors, kLadders, constraints, ClusterOptions());
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_NE(c->cluster_of[0], c->cluster_of[4]);
  EXPECT_EQ(c->cluster_of[2], c->cluster_of[5]);
}

TEST(ClusterStatementsTest, RejectsMismatchedLadderIds) {
  const StatementVectors vectors = WordVectors(kTexts);
  const std::vector<uint32_t> short_ladders = {0, 1};
  EXPECT_EQ(ClusterStatements(vectors, short_ladders, {}, ClusterOptions())
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(ClusterStatementsTest, RejectsDecisionOutOfRange) {
  const StatementVectors vectors = WordVectors(kTexts);
  ClusterConstraints constraints;
  constraints.apart = {{0, 99}};
  EXPECT_EQ(ClusterStatements(vectors, kLadders, constraints, ClusterOptions())
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(ClusterStatementsTest, RejectsBadOptions) {
  ClusterOptions bad;
  bad.neighbors = 0;
  EXPECT_EQ(CreateClusterer(bad).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ParseLinkage("single").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(*ParseLinkage("complete"), Linkage::kComplete);
}

}  // namespace
}  // namespace laddermerge
