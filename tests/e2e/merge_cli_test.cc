#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include <unistd.h>

#include "nlohmann/json.hpp"
#include "run_binary.h"
#include "yaml-cpp/yaml.h"

namespace laddermerge {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::StartsWith;
using testing_util::ReadFileOrEmpty;
using testing_util::RunLaddermerge;
using testing_util::RunResult;
using Json = nlohmann::json;

constexpr char kData[] = "tests/testdata/merge";
const std::vector<std::string> kCorpora = {
    "corpora/northwind", "corpora/contoso", "corpora/fabrikam"};
const std::vector<std::string> kFiles = {
    "clusters.json",  "gaps.json",   "levels.json", "framework.md",
    "framework.yaml", "gaps.md",     "overlap.csv", "clusters.csv",
    "gaps.csv",       "report.xlsx", "report.html"};

std::string OutDir(const std::string& name) {
  const std::string dir =
      absl::StrCat(testing::TempDir(), "/merge_e2e_", ::getpid(), "_", name);
  fs::remove_all(dir);
  return dir;
}

RunResult Merge(std::vector<std::string> inputs, const std::string& out,
                std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"-q", "merge"};
  args.insert(args.end(), inputs.begin(), inputs.end());
  args.push_back("--out");
  args.push_back(out);
  args.insert(args.end(), extra.begin(), extra.end());
  return RunLaddermerge(args);
}

TEST(MergeCliTest, GoldenOutputsOnTheSmallTestLadders) {
  const std::string out = OutDir("golden");
  RunResult r = Merge(
      {absl::StrCat(kData, "/alpha.md"), absl::StrCat(kData, "/beta.yaml")},
      out, {"--decisions", absl::StrCat(kData, "/decisions.yaml")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* file :
       {"clusters.json", "levels.json", "gaps.json", "framework.yaml",
        "framework.md", "gaps.md", "overlap.csv", "clusters.csv", "gaps.csv"}) {
    const std::string golden =
        ReadFileOrEmpty(absl::StrCat(kData, "/golden/", file));
    ASSERT_FALSE(golden.empty()) << file;
    EXPECT_EQ(ReadFileOrEmpty(absl::StrCat(out, "/", file)), golden)
        << file << " differs from its golden file; if the change is "
        << "intended, run scripts/update_golden.sh and review the diff";
  }
}

TEST(MergeCliTest, WritesEveryReportAndASummary) {
  const std::string out = OutDir("corpora");
  std::vector<std::string> args = {"merge"};
  args.insert(args.end(), kCorpora.begin(), kCorpora.end());
  args.insert(args.end(), {"--out", out});
  RunResult r = RunLaddermerge(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("3 ladders, 550 statements"));
  for (const char* file : {"levels.json", "overlap.csv"}) {
    const std::string golden =
        ReadFileOrEmpty(absl::StrCat(kData, "/golden/corpora_", file));
    ASSERT_FALSE(golden.empty()) << file;
    EXPECT_EQ(ReadFileOrEmpty(absl::StrCat(out, "/", file)), golden)
        << file << " differs from its golden file; if the change is "
        << "intended, run scripts/update_golden.sh and review the diff";
  }
  for (const std::string& f : kFiles) {
    EXPECT_TRUE(fs::is_regular_file(absl::StrCat(out, "/", f))) << f;
  }
  const Json clusters =
      Json::parse(ReadFileOrEmpty(absl::StrCat(out, "/clusters.json")));
  std::map<std::string, int> seen;
  for (const Json& c : clusters["clusters"]) {
    for (const Json& m : c["members"]) ++seen[m.get<std::string>()];
  }
  ASSERT_EQ(seen.size(), clusters["statements"].size());
  for (const auto& [id, n] : seen) EXPECT_EQ(n, 1) << id;
}

// The level correspondence of tests/gold/corpora_gold.yaml, every level of
// every ordered ladder pair, read through levels.json in either direction.
TEST(MergeCliTest, LevelsOfTheDemoCorpusMatchTheGold) {
  std::vector<std::string> args = {"-q", "levels"};
  args.insert(args.end(), kCorpora.begin(), kCorpora.end());
  RunResult r = RunLaddermerge(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const Json levels = Json::parse(r.out);
  // (a, b, track, level_a) -> levels of b; from both directions.
  std::map<std::vector<std::string>, std::set<std::string>> predicted;
  for (const Json& al : levels["alignments"]) {
    const std::string a = al["ladder_a"], b = al["ladder_b"];
    const std::string ta = al["track_a"], tb = al["track_b"];
    ASSERT_EQ(ta, tb);
    for (const Json& p : al["pairs"]) {
      const std::string la = p["level_a"];
      auto& fwd = predicted[{a, b, ta, la}];
      if (p["level_b"].is_null()) continue;
      std::vector<std::string> bs = {p["level_b"].get<std::string>()};
      for (const Json& x : p["also_b"]) bs.push_back(x.get<std::string>());
      for (const std::string& lb : bs) {
        fwd.insert(lb);
        predicted[{b, a, ta, lb}].insert(la);
      }
    }
  }
  const YAML::Node gold = YAML::LoadFile("tests/gold/corpora_gold.yaml");
  int checked = 0;
  for (const YAML::Node& al : gold["levels"]) {
    const std::string a = al["ladder_a"].as<std::string>();
    const std::string b = al["ladder_b"].as<std::string>();
    const std::string track = al["track_a"].as<std::string>();
    for (const auto& pair : al["pairs"]) {
      const std::string la = pair.first.as<std::string>();
      std::set<std::string> want;
      for (const YAML::Node& lb : pair.second)
        want.insert(lb.as<std::string>());
      const std::vector<std::string> key = {a, b, track, la};
      EXPECT_EQ(predicted[key], want) << a << " " << la << " -> " << b;
      ++checked;
    }
  }
  EXPECT_EQ(checked, 52);
}

TEST(MergeCliTest, OutputIsByteIdenticalForEveryThreadCount) {
  std::vector<std::string> dirs;
  for (const char* threads : {"1", "2", "8"}) {
    dirs.push_back(OutDir(absl::StrCat("threads", threads)));
    RunResult r = Merge(kCorpora, dirs.back(), {"--threads", threads});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  for (const std::string& f : kFiles) {
    const std::string first = ReadFileOrEmpty(absl::StrCat(dirs[0], "/", f));
    ASSERT_FALSE(first.empty()) << f;
    for (size_t i = 1; i < dirs.size(); ++i) {
      EXPECT_TRUE(first == ReadFileOrEmpty(absl::StrCat(dirs[i], "/", f)))
          << f << " differs with another thread count";
    }
  }
}

// framework.yaml is laddermerge input again. Merged with its sources, every
// framework line reads back, every canonical statement shares a cluster with
// its framework copy, and nearly every source statement shares one with a
// framework line (a loosely joined member may find a closer line instead,
// or none, when it re-clusters).
TEST(MergeCliTest, FrameworkReadsBackAndHoldsTheSourceStatements) {
  const std::string out = OutDir("framework");
  ASSERT_EQ(Merge(kCorpora, out).exit_code, 0);
  const Json first =
      Json::parse(ReadFileOrEmpty(absl::StrCat(out, "/clusters.json")));
  const std::string again = OutDir("framework_again");
  std::vector<std::string> inputs = kCorpora;
  inputs.push_back(absl::StrCat("framework=", out, "/framework.yaml"));
  RunResult r = Merge(inputs, again);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const Json clusters =
      Json::parse(ReadFileOrEmpty(absl::StrCat(again, "/clusters.json")));
  std::map<std::string, std::string> text_of;
  for (const Json& s : clusters["statements"]) text_of[s["id"]] = s["text"];
  int framework_lines = 0, sources = 0, with_framework = 0;
  std::set<std::string> canonical_rejoined;
  for (const Json& c : clusters["clusters"]) {
    std::set<std::string> framework_texts;
    for (const Json& m : c["members"]) {
      if (absl::StartsWith(m.get<std::string>(), "framework:")) {
        framework_texts.insert(text_of[m]);
        ++framework_lines;
      }
    }
    for (const Json& m : c["members"]) {
      if (absl::StartsWith(m.get<std::string>(), "framework:")) continue;
      ++sources;
      with_framework += !framework_texts.empty();
      if (framework_texts.contains(text_of[m])) canonical_rejoined.insert(m);
    }
  }
  EXPECT_EQ(framework_lines, static_cast<int>(first["clusters"].size()));
  EXPECT_EQ(sources, 550);
  for (const Json& c : first["clusters"]) {
    EXPECT_TRUE(canonical_rejoined.contains(c["canonical_statement"]))
        << c["canonical_statement"];
  }
  EXPECT_GE(with_framework, sources * 98 / 100);
}

TEST(MergeCliTest, FailureWritesNothing) {
  const std::string blocker = OutDir("blocker");
  fs::create_directories(fs::path(blocker).parent_path());
  { std::ofstream(blocker) << "a file, not a directory"; }
  RunResult r = Merge(kCorpora, absl::StrCat(blocker, "/out"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, StartsWith("laddermerge: error: "));
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_EQ(ReadFileOrEmpty(blocker), "a file, not a directory");

  const std::string out = OutDir("bad_input");
  r = Merge({"corpora/northwind", "tests/testdata/merge/missing.md"}, out);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("missing.md:1: "));
  EXPECT_FALSE(fs::exists(out));
}

TEST(MergeCliTest, BadDecisionsFileNamesItsLine) {
  const std::string decisions =
      absl::StrCat(testing::TempDir(), "/bad_decisions.yaml");
  { std::ofstream(decisions) << "together:\n  - [alpha:1]\n"; }
  const std::string out = OutDir("bad_decisions");
  RunResult r = Merge(
      {absl::StrCat(kData, "/alpha.md"), absl::StrCat(kData, "/beta.yaml")},
      out, {"--decisions", decisions});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr(absl::StrCat(decisions, ":2: ")));
  EXPECT_FALSE(fs::exists(out));
}

TEST(MergeCliTest, UsageErrors) {
  EXPECT_EQ(RunLaddermerge({"merge", "corpora/northwind"}).exit_code, 2);
  EXPECT_EQ(RunLaddermerge({"merge", "corpora/northwind", "--out", "x",
                            "--min-similarity", "2"})
                .exit_code,
            2);
}

TEST(LevelsCliTest, OneLadderHasNothingToAlign) {
  RunResult r = RunLaddermerge({"-q", "levels", "corpora/contoso"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Json::parse(r.out)["alignments"].size(), 0u);
}

}  // namespace
}  // namespace laddermerge
