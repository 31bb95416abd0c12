#include "cluster/internal/agglomerate.h"

#include <cstdint>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace laddermerge::internal {
namespace {

using ::testing::ElementsAre;

// A symmetric score table over n rows; unlisted pairs score 0.
class ScoreTable {
 public:
  explicit ScoreTable(uint32_t n) : n_(n), scores_(n * n, 0.0) {
    for (uint32_t i = 0; i < n; ++i) scores_[i * n + i] = 1.0;
  }
  void Set(uint32_t a, uint32_t b, double s) {
    scores_[a * n_ + b] = s;
    scores_[b * n_ + a] = s;
  }
  double operator()(uint32_t a, uint32_t b) const {
    return scores_[a * n_ + b];
  }
  // One candidate link per scored pair.
  std::vector<Link> Links() const {
    std::vector<Link> links;
    for (uint32_t a = 0; a < n_; ++a) {
      for (uint32_t b = a + 1; b < n_; ++b) {
        if (scores_[a * n_ + b] > 0) links.push_back({(*this)(a, b), a, b});
      }
    }
    return links;
  }

 private:
  uint32_t n_;
  std::vector<double> scores_;
};

Clustering ClusterTable(const ScoreTable& table,
                        const std::vector<uint32_t>& ladders,
                        const ClusterConstraints& constraints,
                        const AgglomerationRules& rules) {
  const std::vector<Link> links = table.Links();
  return Agglomerate(ladders.size(), links, ladders, constraints, rules,
                     [&table](uint32_t a, uint32_t b) { return table(a, b); });
}

TEST(AgglomerateTest, MergesLinkedPairsAboveThreshold) {
  ScoreTable t(4);
  t.Set(0, 2, 0.8);
  t.Set(1, 3, 0.1);
  const Clustering c =
      ClusterTable(t, {0, 0, 1, 1}, {}, {Linkage::kAverage, 0.5, 0.9});
  EXPECT_THAT(c.clusters,
              ElementsAre(ElementsAre(0, 2), ElementsAre(1), ElementsAre(3)));
  EXPECT_THAT(c.cluster_of, ElementsAre(0, 1, 0, 2));
}

TEST(AgglomerateTest, AverageLinkageStopsChainingThroughAnIntermediary) {
  // 0 ~ 1 and 1 ~ 2 are strong, but 0 and 2 are unrelated: the average of
  // {0,1} to 2 is (0 + 0.7) / 2, below the threshold.
  ScoreTable t(3);
  t.Set(0, 1, 0.9);
  t.Set(1, 2, 0.7);
  const Clustering c =
      ClusterTable(t, {0, 1, 2}, {}, {Linkage::kAverage, 0.5, 0.9});
  EXPECT_THAT(c.clusters, ElementsAre(ElementsAre(0, 1), ElementsAre(2)));
}

TEST(AgglomerateTest, CompleteLinkageNeedsEveryPair) {
  ScoreTable t(3);
  t.Set(0, 1, 0.9);
  t.Set(1, 2, 0.9);
  t.Set(0, 2, 0.35);
  const AgglomerationRules average = {Linkage::kAverage, 0.5, 0.9};
  const AgglomerationRules complete = {Linkage::kComplete, 0.5, 0.9};
  EXPECT_EQ(ClusterTable(t, {0, 1, 2}, {}, average).clusters.size(), 1u);
  EXPECT_EQ(ClusterTable(t, {0, 1, 2}, {}, complete).clusters.size(), 2u);
}

TEST(AgglomerateTest, SameLadderJoinsOnlyWhenItRepeats) {
  // Rows 0 and 1 are one ladder's related bullets (0.6); row 2 of another
  // ladder resembles both. Row 3 repeats row 0 word for word.
  ScoreTable t(4);
  t.Set(0, 1, 0.6);
  t.Set(0, 2, 0.8);
  t.Set(1, 2, 0.75);
  t.Set(0, 3, 1.0);
  t.Set(2, 3, 0.8);
  t.Set(1, 3, 0.6);
  const Clustering c =
      ClusterTable(t, {0, 0, 1, 0}, {}, {Linkage::kAverage, 0.5, 0.9});
  EXPECT_THAT(c.clusters, ElementsAre(ElementsAre(0, 2, 3), ElementsAre(1)));
}

TEST(AgglomerateTest, TogetherDecisionJoinsUnrelatedStatements) {
  ScoreTable t(3);
  ClusterConstraints constraints;
  constraints.together = {{0, 2}};
  const Clustering c =
      ClusterTable(t, {0, 1, 2}, constraints, {Linkage::kAverage, 0.5, 0.9});
  EXPECT_THAT(c.clusters, ElementsAre(ElementsAre(0, 2), ElementsAre(1)));
}

TEST(AgglomerateTest, ApartDecisionWinsOverScoresAndOverTogether) {
  ScoreTable t(3);
  t.Set(0, 1, 0.95);
  t.Set(1, 2, 0.95);
  t.Set(0, 2, 0.95);
  ClusterConstraints constraints;
  constraints.apart = {{0, 1}};
  constraints.together = {{1, 0}};
  const Clustering c =
      ClusterTable(t, {0, 1, 2}, constraints, {Linkage::kAverage, 0.5, 0.9});
  // 0 and 2 (the best link, first by index) merge; 1 may not join them.
  EXPECT_THAT(c.clusters, ElementsAre(ElementsAre(0, 2), ElementsAre(1)));
}

TEST(AgglomerateTest, TiesBreakByLinkOrder) {
  // 0-1 and 1-2 tie; 0-2 is absent. 0-1 comes first, then 2 cannot join
  // because the average to {0, 1} is 0.4.
  ScoreTable t(3);
  t.Set(0, 1, 0.8);
  t.Set(1, 2, 0.8);
  const Clustering c =
      ClusterTable(t, {0, 1, 2}, {}, {Linkage::kAverage, 0.5, 0.9});
  EXPECT_THAT(c.clusters, ElementsAre(ElementsAre(0, 1), ElementsAre(2)));
}

TEST(AgglomerateTest, EmptyInputGivesNoClusters) {
  ScoreTable t(0);
  const Clustering c = ClusterTable(t, {}, {}, {Linkage::kAverage, 0.5, 0.9});
  EXPECT_TRUE(c.clusters.empty());
  EXPECT_TRUE(c.cluster_of.empty());
}

}  // namespace
}  // namespace laddermerge::internal
