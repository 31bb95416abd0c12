#include <map>
#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "merge_fixture.h"
#include "nlohmann/json.hpp"
#include "report/report.h"

namespace laddermerge {
namespace {

using Json = nlohmann::ordered_json;
using testing::ElementsAre;

std::vector<std::string> Keys(const Json& object) {
  std::vector<std::string> keys;
  for (const auto& item : object.items()) keys.push_back(item.key());
  return keys;
}

// The first `n` keys, in order.
std::vector<std::string> FirstKeys(const Json& object, size_t n) {
  std::vector<std::string> keys = Keys(object);
  keys.resize(std::min(n, keys.size()));
  return keys;
}

TEST(ClustersJsonTest, HasSpecShapeWithStatementsThenClusters) {
  const MergeResult result = testing_util::SampleMergeResult();
  const Json json = Json::parse(ClustersJson(result));
  EXPECT_THAT(FirstKeys(json, 2), ElementsAre("statements", "clusters"));
  ASSERT_EQ(json["statements"].size(), result.statements.size());
  EXPECT_THAT(Keys(json["statements"][0]),
              ElementsAre("id", "ladder", "track", "level", "section", "text",
                          "file", "line"));
  ASSERT_EQ(json["clusters"].size(), result.clusters.size());
  for (const Json& cluster : json["clusters"]) {
    EXPECT_THAT(FirstKeys(cluster, 4),
                ElementsAre("id", "canonical", "area", "members"));
    EXPECT_TRUE(cluster["members"].is_array());
    EXPECT_TRUE(cluster["members"][0].is_string());
  }
  const Json& c1 = json["clusters"][0];
  EXPECT_EQ(c1["id"], "c1");
  EXPECT_EQ(c1["area"], "Delivery");
  EXPECT_THAT(c1["members"].get<std::vector<std::string>>(),
              ElementsAre("northwind:1", "contoso:1", "fabrikam:1"));
  EXPECT_EQ(c1["links"][2]["link"], "narrower");
  EXPECT_DOUBLE_EQ(c1["links"][2]["score"].get<double>(), 0.66);
  EXPECT_THAT(c1["ladders"].get<std::vector<std::string>>(),
              ElementsAre("northwind", "contoso", "fabrikam"));
}

TEST(ClustersJsonTest, EveryStatementIsInExactlyOneCluster) {
  const Json json =
      Json::parse(ClustersJson(testing_util::SampleMergeResult()));
  std::map<std::string, int> seen;
  for (const Json& cluster : json["clusters"]) {
    for (const Json& id : cluster["members"]) ++seen[id.get<std::string>()];
  }
  ASSERT_EQ(seen.size(), json["statements"].size());
  for (const Json& s : json["statements"]) {
    EXPECT_EQ(seen[s["id"].get<std::string>()], 1) << s["id"];
  }
}

TEST(ClustersJsonTest, KeepsHostileTextAndReplacesInvalidUtf8) {
  const std::string text = ClustersJson(testing_util::SampleMergeResult());
  const Json json = Json::parse(text);
  std::set<std::string> texts;
  for (const Json& s : json["statements"]) texts.insert(s["text"]);
  EXPECT_TRUE(texts.count(testing_util::kHostileText));
  EXPECT_TRUE(texts.count(testing_util::kCsvText));
  EXPECT_TRUE(texts.count("Protects data \uFFFD( at rest \uFFFD"));
}

TEST(GapsJsonTest, HasSpecShape) {
  const Json json = Json::parse(GapsJson(testing_util::SampleMergeResult()));
  ASSERT_EQ(json["gaps"].size(), 3u);
  const Json& northwind = json["gaps"][0];
  EXPECT_THAT(Keys(northwind), ElementsAre("ladder", "missing"));
  EXPECT_EQ(northwind["ladder"], "northwind");
  ASSERT_EQ(northwind["missing"].size(), 1u);
  const Json& gap = northwind["missing"][0];
  EXPECT_THAT(FirstKeys(gap, 5), ElementsAre("cluster", "canonical", "area",
                                             "present_in", "confidence"));
  EXPECT_EQ(gap["cluster"], "c4");
  EXPECT_EQ(gap["canonical"], testing_util::kHostileText);
  EXPECT_EQ(gap["area"], "Security & <Compliance>");
  EXPECT_THAT(gap["present_in"].get<std::vector<std::string>>(),
              ElementsAre("contoso", "fabrikam"));
  EXPECT_DOUBLE_EQ(gap["confidence"].get<double>(), 0.91);
  EXPECT_EQ(gap["closest"]["statement"], "northwind:3");
  EXPECT_TRUE(json["gaps"][2]["missing"][0]["closest"].is_null());
}

TEST(GapsJsonTest, ListsMostCertainFirst) {
  MergeResult result = testing_util::SampleMergeResult();
  // contoso also lacks northwind's c6; put the less certain gap first.
  result.gaps[1].missing.insert(result.gaps[1].missing.begin(),
                                {5, 0.2f, 5, 0.5f});
  result.gaps[1].missing.push_back({6, 0.35f, 5, 0.3f});
  const Json json = Json::parse(GapsJson(result));
  const Json& contoso = json["gaps"][1]["missing"];
  ASSERT_EQ(contoso.size(), 3u);
  // Equal confidences keep the model's order.
  EXPECT_EQ(contoso[0]["cluster"], "c5");
  EXPECT_EQ(contoso[1]["cluster"], "c7");
  EXPECT_EQ(contoso[2]["cluster"], "c6");
  EXPECT_EQ(contoso[2]["closest"]["statement"], "contoso:1");
}

TEST(LevelsJsonTest, HasSpecShapeWithNullForNoCounterpart) {
  const Json json = Json::parse(LevelsJson(testing_util::SampleMergeResult()));
  ASSERT_EQ(json["alignments"].size(), 2u);
  const Json& first = json["alignments"][0];
  EXPECT_THAT(FirstKeys(first, 5), ElementsAre("ladder_a", "ladder_b",
                                               "track_a", "track_b", "pairs"));
  EXPECT_EQ(first["ladder_a"], "northwind");
  EXPECT_EQ(first["ladder_b"], "contoso");
  EXPECT_THAT(FirstKeys(first["pairs"][0], 3),
              ElementsAre("level_a", "level_b", "score"));
  EXPECT_EQ(first["pairs"][0]["level_b"], "Senior Engineer");
  EXPECT_THAT(first["pairs"][0]["also_b"].get<std::vector<std::string>>(),
              ElementsAre("Engineer"));
  EXPECT_DOUBLE_EQ(first["pairs"][0]["score"].get<double>(), 0.71);
  ASSERT_EQ(first["scores"].size(), 2u);
  EXPECT_DOUBLE_EQ(first["scores"][1][2].get<double>(), 0.64);
  EXPECT_TRUE(json["alignments"][1]["pairs"][0]["level_b"].is_null());
  ASSERT_EQ(json["shifts"].size(), 1u);
  EXPECT_EQ(json["shifts"][0]["earlier_ladder"], "contoso");
  EXPECT_EQ(json["shifts"][0]["text"],
            "contoso expects \u201CTakes part in the on-call rotation and owns "
            "incidents.\u201D one level earlier than northwind (contoso "
            "Engineer, northwind L4)");
}

TEST(LevelsJsonTest, NeedsOnlyLaddersAndLevels) {
  MergeResult levels_only;
  levels_only.ladders = {"a", "b"};
  LevelAlignment alignment;
  alignment.ladder_a = 0, alignment.ladder_b = 1;
  alignment.levels_a = {"L1"};
  alignment.levels_b = {"Junior"};
  alignment.pairs = {{"L1", "Junior", {}, 0.5f, 0.9f}};
  levels_only.levels.push_back(alignment);
  const Json json = Json::parse(LevelsJson(levels_only));
  EXPECT_EQ(json["alignments"][0]["pairs"][0]["level_b"], "Junior");
  EXPECT_TRUE(json["alignments"][0]["scores"].empty());
}

TEST(MergeJsonWritersTest, AreDeterministic) {
  const MergeResult a = testing_util::SampleMergeResult();
  const MergeResult b = testing_util::SampleMergeResult();
  EXPECT_EQ(ClustersJson(a), ClustersJson(b));
  EXPECT_EQ(GapsJson(a), GapsJson(b));
  EXPECT_EQ(LevelsJson(a), LevelsJson(b));
}

TEST(MergeJsonWritersDeathTest, StatementInNoClusterIsABug) {
  MergeResult result = testing_util::SampleMergeResult();
  result.clusters.pop_back();
  EXPECT_DEATH(ClustersJson(result), "is in no cluster");
}

}  // namespace
}  // namespace laddermerge
