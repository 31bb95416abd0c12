#include "ingest/internal/files.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testing/scratch_dir.h"

namespace laddermerge::internal {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;

class FilesTest : public testing::Test {
 protected:
  void SetUp() override { dir_ = testing_util::FreshTestDir("files"); }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    return testing_util::WriteTestFile(dir_, name, content);
  }
  std::string Path(const std::string& name) const {
    return (dir_ / name).string();
  }
  // Paths of `files` relative to the test directory.
  std::vector<std::string> Relative(const std::vector<std::string>& files) {
    std::vector<std::string> out;
    for (const std::string& f : files) {
      out.push_back(fs::path(f).lexically_relative(dir_).string());
    }
    return out;
  }

  fs::path dir_;
};

TEST_F(FilesTest, FormatFromExtensionIgnoresCase) {
  EXPECT_EQ(FormatFromExtension("a/L3.MD"), Format::kMarkdown);
  EXPECT_EQ(FormatFromExtension("x.Yml"), Format::kYaml);
  EXPECT_EQ(FormatFromExtension("x.tsv"), Format::kTsv);
  EXPECT_EQ(FormatFromExtension("x.png"), Format::kUnsupported);
  EXPECT_EQ(FormatFromExtension("README"), Format::kUnsupported);
}

TEST_F(FilesTest, ReadsWholeFile) {
  absl::StatusOr<std::string> bytes = ReadFileBytes(Write("a.md", "abc"), 10);
  ASSERT_TRUE(bytes.ok()) << bytes.status();
  EXPECT_EQ(*bytes, "abc");
}

TEST_F(FilesTest, ReadErrorsNameThePath) {
  const std::string missing = Path("missing.md");
  EXPECT_EQ(ReadFileBytes(missing, 10).status(),
            absl::NotFoundError(missing + ":1: no such file or directory"));
  const std::string big = Write("big.md", std::string(11, 'x'));
  EXPECT_EQ(ReadFileBytes(big, 10).status(),
            absl::InvalidArgumentError(
                big + ":1: file is 11 bytes, over the limit of 10 "
                      "(see --max-file-size)"));
  EXPECT_EQ(
      ReadFileBytes(dir_.string(), 10).status(),
      absl::InvalidArgumentError(dir_.string() + ":1: not a regular file"));
  const std::string fifo = Path("fifo.md");
  ASSERT_EQ(mkfifo(fifo.c_str(), 0644), 0);
  EXPECT_EQ(ReadFileBytes(fifo, 10).status(),
            absl::InvalidArgumentError(fifo + ":1: not a regular file"));
  fs::create_symlink("loop.md", Path("loop.md"));
  EXPECT_EQ(ReadFileBytes(Path("loop.md"), 10).status(),
            absl::PermissionDeniedError(
                Path("loop.md") +
                ":1: cannot open: Too many levels of symbolic links"));
}

TEST_F(FilesTest, ListsLadderFilesSortedAndSkipsTheRest) {
  Write("acme/ic/L2.md", "x");
  Write("acme/ic/L10.md", "x");
  Write("acme/logo.png", "x");
  Write("acme/LICENSE.md", "x");
  Write("acme/.git/config.yml", "x");
  Write("acme/.hidden.md", "x");
  absl::StatusOr<LadderFiles> found = ListLadderFiles(Path("acme"), 100);
  ASSERT_TRUE(found.ok()) << found.status();
  EXPECT_THAT(Relative(found->files),
              ElementsAre("acme/ic/L10.md", "acme/ic/L2.md"));
  EXPECT_THAT(Relative(found->skipped),
              ElementsAre("acme/LICENSE.md", "acme/logo.png"));
}

TEST_F(FilesTest, ReadmeIsDocumentationOnlyWithLadderFilesBelowItsDirectory) {
  Write("acme/docs/README.md", "x");  // Alone in docs/: the ladder.
  Write("acme/docs-old/L1.md", "x");  // Sorts between docs/ entries.
  Write("acme/team/README.md", "x");  // Documents team/sub/L2.md.
  Write("acme/team/sub/L2.md", "x");
  absl::StatusOr<LadderFiles> found = ListLadderFiles(Path("acme"), 100);
  ASSERT_TRUE(found.ok()) << found.status();
  EXPECT_THAT(Relative(found->files),
              ElementsAre("acme/docs-old/L1.md", "acme/docs/README.md",
                          "acme/team/sub/L2.md"));
  EXPECT_THAT(Relative(found->skipped), ElementsAre("acme/team/README.md"));
}

// Ingest reads a directory of 10,000 files (ingest_test.cc); here the limit.
TEST_F(FilesTest, LimitOnLadderFilesHolds) {
  for (int i = 0; i < 100; ++i) {
    Write(absl::StrFormat("acme/d%d/L%03d.txt", i % 5, i), "x");
  }
  absl::StatusOr<LadderFiles> found = ListLadderFiles(Path("acme"), 100);
  ASSERT_TRUE(found.ok()) << found.status();
  EXPECT_EQ(found->files.size(), 100u);
  EXPECT_EQ(ListLadderFiles(Path("acme"), 99).status(),
            absl::InvalidArgumentError(Path("acme") +
                                       ":1: more than 99 ladder files"));
}

TEST_F(FilesTest, DeepDirectoriesAreWalkedWithoutRecursion) {
  std::string deep = "acme";
  for (int i = 0; i < 300; ++i) absl::StrAppend(&deep, "/d");
  Write(deep + "/L1.md", "x");
  absl::StatusOr<LadderFiles> found = ListLadderFiles(Path("acme"), 100);
  ASSERT_TRUE(found.ok()) << found.status();
  EXPECT_EQ(found->files.size(), 1u);
}

TEST_F(FilesTest, DirectorySymlinksAreNotFollowed) {
  Write("acme/L1.md", "x");
  fs::create_directory_symlink(".", Path("acme/again"));
  fs::create_directory_symlink(dir_, Path("acme/up"));
  absl::StatusOr<LadderFiles> found = ListLadderFiles(Path("acme"), 100);
  ASSERT_TRUE(found.ok()) << found.status();
  EXPECT_THAT(Relative(found->files), ElementsAre("acme/L1.md"));
}

TEST_F(FilesTest, BrokenLadderFileSymlinksAreNamedOthersSkipped) {
  Write("acme/L1.md", "x");
  fs::create_symlink("nowhere.png", Path("acme/logo.png"));
  absl::StatusOr<LadderFiles> found = ListLadderFiles(Path("acme"), 100);
  ASSERT_TRUE(found.ok()) << found.status();
  EXPECT_THAT(Relative(found->skipped), ElementsAre("acme/logo.png"));

  fs::create_symlink("nowhere.md", Path("acme/L2.md"));
  EXPECT_EQ(
      ListLadderFiles(Path("acme"), 100).status(),
      absl::PermissionDeniedError(
          Path("acme/L2.md") + ":1: cannot read: No such file or directory"));
  fs::remove(Path("acme/L2.md"));
  fs::create_symlink("L3.md", Path("acme/L3.md"));
  EXPECT_EQ(ListLadderFiles(Path("acme"), 100).status(),
            absl::PermissionDeniedError(
                Path("acme/L3.md") +
                ":1: cannot read: Too many levels of symbolic links"));
}

TEST_F(FilesTest, FifoWithALadderNameIsAnError) {
  Write("acme/L1.md", "x");
  ASSERT_EQ(mkfifo(Path("acme/L2.md").c_str(), 0644), 0);
  EXPECT_EQ(ListLadderFiles(Path("acme"), 100).status(),
            absl::InvalidArgumentError(Path("acme/L2.md") +
                                       ":1: not a regular file"));
}

}  // namespace
}  // namespace laddermerge::internal
