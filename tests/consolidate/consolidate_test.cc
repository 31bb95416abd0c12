#include "consolidate/consolidate.h"

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "testing/word_tfidf.h"

namespace laddermerge {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// A ladder with one track, levels in order, statements by level.
Ladder MakeLadder(
    const std::string& name,
    const std::vector<std::pair<std::string, std::vector<std::string>>>&
        by_level) {
  Ladder ladder;
  ladder.name = name;
  ladder.files = {name + ".md"};
  Track track{"ic", {}};
  for (const auto& [level, texts] : by_level) {
    track.levels.push_back(level);
    for (const std::string& text : texts) {
      Statement s;
      s.id = absl::StrCat(name, ":", ladder.statements.size() + 1);
      s.ladder = name;
      s.track = "ic";
      s.level = level;
      s.section =
          text.find("ento") != std::string::npos ? "Mentoring" : "Craft";
      s.text = text;
      s.file = name + ".md";
      s.line = static_cast<int>(ladder.statements.size()) + 1;
      ladder.statements.push_back(s);
    }
  }
  ladder.tracks = {track};
  return ladder;
}

Corpus TwoLadders() {
  Corpus corpus;
  corpus.ladders.push_back(MakeLadder(
      "acme",
      {{"Junior",
        {"Writes unit tests for every change", "Fixes bugs in their own code"}},
       {"Mid",
        {"Designs small services with clear interfaces",
         "Mentors interns on the team"}},
       {"Senior",
        {"Leads the design of large distributed systems",
         "Mentors engineers across teams"}}}));
  corpus.ladders.push_back(
      MakeLadder("globex", {{"E1",
                             {"Designs small services with clean interfaces",
                              "Mentors the interns in the team"}},
                            {"E2",
                             {"Leads design of large distributed systems",
                              "Mentors engineers across several teams",
                              "Owns the quarterly hiring plan"}}}));
  return corpus;
}

// The whole pipeline on word TF-IDF (no resources needed).
class ConsolidateTest : public testing::Test {
 protected:
  absl::StatusOr<MergeResult> Run(
      const std::vector<ReviewDecision>& review = {}) {
    TokenizeOptions tokenize;
    tokenize.english_stop_words = true;
    auto tokens = Tokenize(corpus_, tokenize);
    EXPECT_TRUE(tokens.ok()) << tokens.status();
    tokens_ = *std::move(tokens);
    auto model = SimilarityModel::Fit(tokens_, testing_util::WordTfidfOnly());
    EXPECT_TRUE(model.ok()) << model.status();
    model_ = *std::move(model);
    vectors_ = model_->Transform(tokens_);
    auto scorer = CreatePairScorer(vectors_, PairScorerOptions());
    EXPECT_TRUE(scorer.ok()) << scorer.status();
    scorer_ = *std::move(scorer);
    decisions_ = ResolveDecisions(corpus_, review);
    auto clustering =
        ClusterStatements(*scorer_, LadderOfStatements(corpus_),
                          decisions_.constraints, ClusterOptions());
    EXPECT_TRUE(clustering.ok()) << clustering.status();
    clustering_ = *std::move(clustering);
    return Consolidate(
        {corpus_, tokens_, *model_, *scorer_, clustering_, decisions_},
        ConsolidateOptions());
  }

  int ClusterOf(const MergeResult& r, const std::string& id) const {
    for (size_t c = 0; c < r.clusters.size(); ++c) {
      for (const ClusterMember& m : r.clusters[c].members) {
        if (r.statements[m.statement].id == id) return static_cast<int>(c);
      }
    }
    return -1;
  }

  Corpus corpus_ = TwoLadders();
  TokenCorpus tokens_;
  std::unique_ptr<SimilarityModel> model_;
  StatementVectors vectors_;
  std::unique_ptr<PairScorer> scorer_;
  ResolvedDecisions decisions_;
  Clustering clustering_;
};

TEST_F(ConsolidateTest, EveryStatementIsInExactlyOneCluster) {
  auto r = Run();
  ASSERT_TRUE(r.ok()) << r.status();
  std::vector<int> seen(r->statements.size(), 0);
  for (size_t c = 0; c < r->clusters.size(); ++c) {
    const Cluster& cluster = r->clusters[c];
    EXPECT_EQ(cluster.id, absl::StrCat("c", c + 1));
    ASSERT_FALSE(cluster.members.empty());
    EXPECT_EQ(cluster.members[0].statement, cluster.canonical);
    EXPECT_EQ(cluster.members[0].link, LinkType::kCanonical);
    EXPECT_EQ(cluster.canonical_text, r->statements[cluster.canonical].text);
    for (const ClusterMember& m : cluster.members) ++seen[m.statement];
  }
  EXPECT_THAT(seen, ::testing::Each(1));
}

TEST_F(ConsolidateTest, CounterpartsShareAClusterWithEvidence) {
  auto r = Run();
  ASSERT_TRUE(r.ok()) << r.status();
  const int c = ClusterOf(*r, "acme:3");
  EXPECT_EQ(c, ClusterOf(*r, "globex:1"));
  EXPECT_NE(c, ClusterOf(*r, "acme:5"));
  const Cluster& cluster = r->clusters[c];
  EXPECT_THAT(cluster.ladders, ElementsAre(0, 1));
  EXPECT_THAT(cluster.members[1].evidence, ::testing::Contains("interfaces"));
}

TEST_F(ConsolidateTest, LevelsAlignAndTheMissingJuniorLevelMapsToNone) {
  auto r = Run();
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->levels.size(), 1u);
  const LevelAlignment& a = r->levels[0];
  EXPECT_EQ(a.ladder_a, 0u);
  EXPECT_EQ(a.ladder_b, 1u);
  ASSERT_EQ(a.pairs.size(), 3u);
  EXPECT_EQ(a.pairs[0].level_b, "");
  EXPECT_EQ(a.pairs[1].level_b, "E1");
  EXPECT_EQ(a.pairs[2].level_b, "E2");
  EXPECT_GT(a.pairs[1].confidence, 0.5f);
}

TEST_F(ConsolidateTest, GapsListWhatOnlyTheOtherLadderHas) {
  auto r = Run();
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->gaps.size(), 2u);
  std::set<int> acme_gaps, globex_gaps;
  for (const Gap& g : r->gaps[0].missing) acme_gaps.insert(g.cluster);
  for (const Gap& g : r->gaps[1].missing) globex_gaps.insert(g.cluster);
  EXPECT_TRUE(acme_gaps.contains(ClusterOf(*r, "globex:5")));
  EXPECT_TRUE(globex_gaps.contains(ClusterOf(*r, "acme:1")));
  EXPECT_FALSE(globex_gaps.contains(ClusterOf(*r, "acme:3")));
  for (const Gap& g : r->gaps[0].missing) {
    EXPECT_THAT(r->clusters[g.cluster].ladders, ElementsAre(1));
    EXPECT_GE(g.confidence, 0.0f);
    EXPECT_LE(g.confidence, 1.0f);
  }
}

TEST_F(ConsolidateTest, OverlapCountsStatementsWithACounterpart) {
  auto r = Run();
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_FLOAT_EQ(r->overlap.shared[0][0], 1.0f);
  // acme: 4 of 6 statements have a globex counterpart; globex: 4 of 5.
  EXPECT_NEAR(r->overlap.shared[0][1], 4.0 / 6, 1e-6);
  EXPECT_NEAR(r->overlap.shared[1][0], 4.0 / 5, 1e-6);
}

TEST_F(ConsolidateTest, AreasComeFromSectionHeadings) {
  auto r = Run();
  ASSERT_TRUE(r.ok()) << r.status();
  std::vector<std::string> names;
  for (const Area& a : r->areas) names.push_back(a.name);
  EXPECT_THAT(names, ::testing::UnorderedElementsAre("Craft", "Mentoring"));
  const Cluster& mentoring = r->clusters[ClusterOf(*r, "acme:4")];
  EXPECT_EQ(r->areas[mentoring.area].name, "Mentoring");
}

TEST_F(ConsolidateTest, FrameworkPlacesEveryClusterOnce) {
  auto r = Run();
  ASSERT_TRUE(r.ok()) << r.status();
  std::vector<int> placed(r->clusters.size(), 0);
  for (const FrameworkTrack& t : r->framework.tracks) {
    EXPECT_EQ(t.name, "ic");
    for (const FrameworkLevel& l : t.levels) {
      for (const auto& area : l.areas) {
        for (const FrameworkEntry& e : area.entries) {
          ++placed[e.cluster];
          EXPECT_EQ(e.single_ladder, r->clusters[e.cluster].ladders.size() < 2);
        }
      }
    }
  }
  EXPECT_THAT(placed, ::testing::Each(1));
  ASSERT_EQ(r->framework.tracks.size(), 1u);
  std::vector<std::string> levels;
  for (const FrameworkLevel& l : r->framework.tracks[0].levels) {
    levels.push_back(l.name);
  }
  EXPECT_THAT(levels, ElementsAre("Junior", "Mid / E1", "Senior / E2"));
}

TEST_F(ConsolidateTest, DecisionsAreAppliedAndReported) {
  ReviewDecision apart;
  apart.kind = ReviewDecision::Kind::kApart;
  apart.statements = {
      {"acme:3", "", ""},
      {"", "globex", "designs SMALL services  with clean interfaces"}};
  apart.source = "d.yaml:2";
  ReviewDecision together;
  together.kind = ReviewDecision::Kind::kTogether;
  together.statements = {{"acme:1", "", ""}, {"globex:5", "", ""}};
  ReviewDecision pin;
  pin.kind = ReviewDecision::Kind::kCanonical;
  pin.statements = {{"acme:4", "", ""}};
  pin.text = "Mentors interns";
  ReviewDecision unknown;
  unknown.kind = ReviewDecision::Kind::kTogether;
  unknown.statements = {{"acme:99", "", ""}, {"acme:1", "", ""}};
  auto r = Run({apart, together, pin, unknown});
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_NE(ClusterOf(*r, "acme:3"), ClusterOf(*r, "globex:1"));
  EXPECT_EQ(ClusterOf(*r, "acme:1"), ClusterOf(*r, "globex:5"));
  const Cluster& pinned = r->clusters[ClusterOf(*r, "acme:4")];
  EXPECT_EQ(pinned.canonical_text, "Mentors interns");
  EXPECT_TRUE(pinned.pinned);
  ASSERT_EQ(r->decisions.size(), 4u);
  EXPECT_TRUE(r->decisions[0].applied);
  EXPECT_EQ(r->decisions[0].source, "d.yaml:2");
  EXPECT_TRUE(r->decisions[1].applied);
  EXPECT_TRUE(r->decisions[2].applied);
  EXPECT_FALSE(r->decisions[3].applied);
  EXPECT_THAT(r->decisions[3].note, ::testing::HasSubstr("acme:99"));
}

TEST_F(ConsolidateTest, RejectsInputsOfDifferentSizes) {
  auto r = Run();
  ASSERT_TRUE(r.ok());
  Clustering short_clustering;
  const ConsolidateInput input = {corpus_,  tokens_,          *model_,
                                  *scorer_, short_clustering, decisions_};
  EXPECT_EQ(Consolidate(input, ConsolidateOptions()).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(ConsolidateTest, SameResultForEveryThreadCount) {
  auto a = Run();
  ASSERT_TRUE(a.ok());
  ConsolidateOptions four;
  four.threads = 4;
  auto b = Consolidate(
      {corpus_, tokens_, *model_, *scorer_, clustering_, decisions_}, four);
  ASSERT_TRUE(b.ok());
  ASSERT_EQ(a->clusters.size(), b->clusters.size());
  for (size_t c = 0; c < a->clusters.size(); ++c) {
    EXPECT_EQ(a->clusters[c].canonical, b->clusters[c].canonical);
    EXPECT_EQ(a->clusters[c].area, b->clusters[c].area);
  }
  EXPECT_EQ(a->levels.size(), b->levels.size());
  EXPECT_EQ(a->gaps.size(), b->gaps.size());
}

TEST(ConsolidateEmptyTest, LadderWithoutLevelsGetsAnAllLevelsFramework) {
  Corpus corpus;
  Ladder l;
  l.name = "plain";
  for (const char* text : {"Writes tests", "Reviews code"}) {
    Statement s;
    s.id = absl::StrCat("plain:", l.statements.size() + 1);
    s.ladder = "plain";
    s.text = text;
    l.statements.push_back(s);
  }
  corpus.ladders.push_back(l);
  auto tokens = Tokenize(corpus, TokenizeOptions());
  ASSERT_TRUE(tokens.ok());
  VectorizeOptions options;
  options.skip_parts_without_resources = true;
  auto model = SimilarityModel::Fit(*tokens, options);
  ASSERT_TRUE(model.ok()) << model.status();
  const StatementVectors vectors = (*model)->Transform(*tokens);
  auto scorer = CreatePairScorer(vectors, PairScorerOptions());
  ASSERT_TRUE(scorer.ok()) << scorer.status();
  const ResolvedDecisions decisions = ResolveDecisions(corpus, {});
  auto clustering = ClusterStatements(**scorer, LadderOfStatements(corpus), {},
                                      ClusterOptions());
  ASSERT_TRUE(clustering.ok());
  auto r =
      Consolidate({corpus, *tokens, **model, **scorer, *clustering, decisions},
                  ConsolidateOptions());
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(r->levels, IsEmpty());
  ASSERT_EQ(r->framework.tracks.size(), 1u);
  ASSERT_EQ(r->framework.tracks[0].levels.size(), 1u);
  EXPECT_EQ(r->framework.tracks[0].levels[0].name, "All levels");
  ASSERT_EQ(r->areas.size(), 1u);
  EXPECT_EQ(r->areas[0].name, "General");
}

}  // namespace
}  // namespace laddermerge
