#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "merge_fixture.h"
#include "report/report.h"
#include "yaml-cpp/yaml.h"

namespace laddermerge {
namespace {

using testing::ElementsAre;

// Every expectation of the YAML framework, track by track, in order.
std::vector<std::string> Expectations(const YAML::Node& root) {
  std::vector<std::string> out;
  for (const YAML::Node& track : root["tracks"]) {
    for (const YAML::Node& level : track["levels"]) {
      for (const YAML::Node& competency : level["competencies"]) {
        for (const YAML::Node& e : competency["expectations"]) {
          out.push_back(e.as<std::string>());
        }
      }
    }
  }
  return out;
}

TEST(FrameworkYamlTest, ParsesAsLadderShape) {
  const MergeResult result = testing_util::SampleMergeResult();
  const std::string yaml = FrameworkYaml(result);
  YAML::Node root;
  ASSERT_NO_THROW(root = YAML::Load(yaml)) << yaml;
  EXPECT_EQ(root["company"].as<std::string>(), "consolidated");
  EXPECT_EQ(root["title"].as<std::string>(), result.framework.name);
  ASSERT_TRUE(root["tracks"].IsSequence());
  ASSERT_EQ(root["tracks"].size(), 2u);
  const YAML::Node ic = root["tracks"][0];
  EXPECT_EQ(ic["name"].as<std::string>(), "ic");
  EXPECT_EQ(ic["levels"][0]["name"].as<std::string>(), "L3");
  const YAML::Node delivery = ic["levels"][0]["competencies"][0];
  EXPECT_EQ(delivery["name"].as<std::string>(), "Delivery");
  EXPECT_TRUE(delivery["expectations"].IsSequence());
  EXPECT_EQ(root["tracks"][1]["name"].as<std::string>(), "management");
}

TEST(FrameworkYamlTest, HoldsEveryFrameworkEntryVerbatim) {
  const MergeResult result = testing_util::SampleMergeResult();
  const YAML::Node root = YAML::Load(FrameworkYaml(result));
  std::vector<std::string> want;
  for (const FrameworkTrack& track : result.framework.tracks) {
    for (const FrameworkLevel& level : track.levels) {
      for (const auto& area : level.areas) {
        for (const FrameworkEntry& entry : area.entries) {
          want.push_back(entry.text);
        }
      }
    }
  }
  std::vector<std::string> got = Expectations(root);
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < got.size(); ++i) {
    if (want[i] == testing_util::kInvalidUtf8Text) {
      EXPECT_EQ(got[i], "Protects data \uFFFD( at rest \uFFFD");
    } else {
      EXPECT_EQ(got[i], want[i]);
    }
  }
  EXPECT_THAT(got, testing::Contains(testing_util::kHostileText));
  EXPECT_THAT(got, testing::Contains(testing_util::kCsvText));
}

TEST(FrameworkYamlTest, KeepsProvenanceInCommentsOnly) {
  const std::string yaml = FrameworkYaml(testing_util::SampleMergeResult());
  EXPECT_TRUE(absl::StrContains(
      yaml,
      "# c1 \u00B7 from northwind L3, contoso Senior Engineer, fabrikam "
      "Software Engineer\n"))
      << yaml;
  EXPECT_TRUE(absl::StrContains(
      yaml, "# c6 \u00B7 from northwind L3 \u00B7 only in northwind\n"));
  // The multi-line statement stays one escaped scalar; its comment one line.
  EXPECT_TRUE(absl::StrContains(yaml, "\\nrisks: and # caf"));
  const YAML::Node root = YAML::Load(yaml);
  for (const YAML::Node& track : root["tracks"]) {
    for (const YAML::Node& level : track["levels"]) {
      for (const YAML::Node& competency : level["competencies"]) {
        std::vector<std::string> keys;
        for (const auto& kv : competency)
          keys.push_back(kv.first.as<std::string>());
        EXPECT_THAT(keys, ElementsAre("name", "expectations"));
      }
    }
  }
}

TEST(FrameworkYamlTest, LeavesEmptyNamesOutAndStaysValid) {
  testing_util::MergeResultBuilder b({"solo"});
  b.AddStatement(0, "", "", "", "Writes tests.");
  const std::string yaml = FrameworkYaml(b.Build());
  YAML::Node root;
  ASSERT_NO_THROW(root = YAML::Load(yaml)) << yaml;
  const YAML::Node track = root["tracks"][0];
  EXPECT_FALSE(track["name"]);
  EXPECT_FALSE(track["levels"][0]["name"]);
  EXPECT_EQ(track["levels"][0]["competencies"][0]["name"].as<std::string>(),
            "Other");
  EXPECT_EQ(Expectations(root), std::vector<std::string>{"Writes tests."});
}

TEST(FrameworkYamlTest, EmptyFrameworkIsValid) {
  MergeResult empty;
  const YAML::Node root = YAML::Load(FrameworkYaml(empty));
  EXPECT_TRUE(root["tracks"].IsSequence());
  EXPECT_EQ(root["tracks"].size(), 0u);
}

TEST(FrameworkYamlTest, IsDeterministic) {
  EXPECT_EQ(FrameworkYaml(testing_util::SampleMergeResult()),
            FrameworkYaml(testing_util::SampleMergeResult()));
}

}  // namespace
}  // namespace laddermerge
