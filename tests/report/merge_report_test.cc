#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include "merge_fixture.h"
#include "report/report.h"

namespace laddermerge {
namespace {

namespace fs = std::filesystem;
using testing::ElementsAre;

std::vector<OutputFile> Files(const MergeResult& result) {
  absl::StatusOr<std::vector<OutputFile>> files =
      MergeOutputFiles(result, ReportOptions());
  EXPECT_TRUE(files.ok()) << files.status();
  return files.ok() ? *files : std::vector<OutputFile>();
}

TEST(MergeOutputFilesTest, RendersEveryOutputOfMerge) {
  const std::vector<OutputFile> files =
      Files(testing_util::SampleMergeResult());
  std::vector<std::string> names;
  for (const OutputFile& file : files) {
    names.push_back(file.name);
    EXPECT_GT(file.content.size(), 100u) << file.name;
  }
  EXPECT_THAT(names, ElementsAre("clusters.json", "gaps.json", "levels.json",
                                 "framework.md", "framework.yaml", "gaps.md",
                                 "overlap.csv", "clusters.csv", "gaps.csv",
                                 "report.xlsx", "report.html"));
  const MergeResult result = testing_util::SampleMergeResult();
  EXPECT_EQ(files[0].content, ClustersJson(result));
  EXPECT_EQ(files[10].content, ReportHtml(result, ReportOptions()));
}

TEST(MergeOutputFilesTest, AreByteIdenticalAcrossRuns) {
  const std::vector<OutputFile> first =
      Files(testing_util::SampleMergeResult());
  const std::vector<OutputFile> second =
      Files(testing_util::SampleMergeResult());
  ASSERT_EQ(first.size(), second.size());
  for (size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].content, second[i].content) << first[i].name;
  }
}

TEST(MergeOutputFilesTest, WriteIntoAnOutputDirectory) {
  const fs::path dir = fs::path(testing::TempDir()) / "merge_output_files";
  fs::remove_all(dir);
  const std::vector<OutputFile> files =
      Files(testing_util::SampleMergeResult());
  ASSERT_TRUE(WriteOutputDirectory(dir.string(), files).ok());
  for (const OutputFile& file : files) {
    std::ifstream in(dir / file.name, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    EXPECT_EQ(content.str(), file.content) << file.name;
  }
}

TEST(MergeOutputFilesTest, HandleAnEmptyMerge) {
  MergeResult empty;
  const std::vector<OutputFile> files = Files(empty);
  EXPECT_EQ(files.size(), 11u);
}

}  // namespace
}  // namespace laddermerge
