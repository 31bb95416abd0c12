#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "gtest/gtest.h"
#include <sys/stat.h>
#include <unistd.h>

#include "report/report.h"

namespace laddermerge {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class AtomicWriteTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(testing::TempDir()) /
           ("atomic_" +
            std::string(
                testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    fs::permissions(dir_, fs::perms::owner_all);
    fs::remove_all(dir_);
  }
  int EntriesIn(const fs::path& dir) {
    return static_cast<int>(
        std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
  }
  fs::path dir_;
};

TEST_F(AtomicWriteTest, WritesFileAndLeavesNoTemporary) {
  const fs::path path = dir_ / "a.txt";
  ASSERT_TRUE(WriteFileAtomically(path.string(), "hello").ok());
  EXPECT_EQ(ReadAll(path), "hello");
  ASSERT_TRUE(WriteFileAtomically(path.string(), "again").ok());
  EXPECT_EQ(ReadAll(path), "again");
  EXPECT_EQ(EntriesIn(dir_), 1);
}

TEST_F(AtomicWriteTest, OutputDirectoryReplacesOldContentAsAWhole) {
  const fs::path out = dir_ / "out";
  ASSERT_TRUE(WriteOutputDirectory(out.string(), {{"old.txt", "x"}}).ok());
  ASSERT_TRUE(
      WriteOutputDirectory(out.string(), {{"a.json", "{}"}, {"b.md", "# b"}})
          .ok());
  EXPECT_FALSE(fs::exists(out / "old.txt"));
  EXPECT_EQ(ReadAll(out / "a.json"), "{}");
  EXPECT_EQ(ReadAll(out / "b.md"), "# b");
  EXPECT_EQ(EntriesIn(dir_), 1);
}

TEST_F(AtomicWriteTest, MissingParentIsNotFoundAndWritesNothing) {
  const absl::Status status =
      WriteOutputDirectory((dir_ / "no" / "out").string(), {{"a", "b"}});
  EXPECT_EQ(status.code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(EntriesIn(dir_), 0);
}

TEST_F(AtomicWriteTest, UnwritableParentFailsAndKeepsOldOutput) {
  if (geteuid() == 0) GTEST_SKIP() << "root ignores directory permissions";
  const fs::path out = dir_ / "out";
  ASSERT_TRUE(WriteOutputDirectory(out.string(), {{"keep.txt", "k"}}).ok());
  fs::permissions(dir_, fs::perms::owner_read | fs::perms::owner_exec);
  const absl::Status status =
      WriteOutputDirectory(out.string(), {{"new.txt", "n"}});
  fs::permissions(dir_, fs::perms::owner_all);
  EXPECT_EQ(status.code(), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(ReadAll(out / "keep.txt"), "k");
}

TEST_F(AtomicWriteTest, RejectsEscapingFileNames) {
  const absl::Status status =
      WriteOutputDirectory((dir_ / "out").string(), {{"../evil", "x"}});
  EXPECT_FALSE(status.ok());
  EXPECT_FALSE(fs::exists(dir_ / "evil"));
  EXPECT_EQ(EntriesIn(dir_), 0);
}

}  // namespace
}  // namespace laddermerge
