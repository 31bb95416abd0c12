// Issue 8: directory inputs hid or misreported unreadable parts: a
// subdirectory without read permission was skipped silently (its levels
// missing from the ladder), a ladder file that is a dangling or looping
// symlink failed the whole listing with "cannot list directory" naming the
// top directory, and a symlink loop given as input was "no such file".
#include <filesystem>
#include <fstream>
#include <string>

#include "gtest/gtest.h"
#include <unistd.h>

#include "ingest/ingest.h"
#include "run_binary.h"
#include "testing/scratch_dir.h"

namespace laddermerge {
namespace {

namespace fs = std::filesystem;

class Issue8Test : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing_util::FreshTestDir("issue_8");
    testing_util::WriteTestFile(dir_, "acme/L1.md", "- Writes tests\n");
  }
  void TearDown() override {
    std::error_code ignored;
    fs::permissions(dir_ / "acme" / "ic", fs::perms::owner_all, ignored);
    fs::remove_all(dir_);
  }
  absl::Status IngestPath(const fs::path& path) {
    return Ingest({InputSpec{"", path.string(), false}}, IngestOptions())
        .status();
  }
  fs::path dir_;
};

TEST_F(Issue8Test, DanglingLadderFileSymlinkIsNamed) {
  fs::create_symlink("gone.md", dir_ / "acme" / "L2.md");
  EXPECT_EQ(IngestPath(dir_ / "acme"),
            absl::PermissionDeniedError(
                (dir_ / "acme" / "L2.md").string() +
                ":1: cannot read: No such file or directory"));
}

TEST_F(Issue8Test, SymlinkLoopGivenAsInputSaysSo) {
  fs::create_symlink("a.md", dir_ / "b.md");
  fs::create_symlink("b.md", dir_ / "a.md");
  EXPECT_EQ(IngestPath(dir_ / "a.md"),
            absl::PermissionDeniedError(
                (dir_ / "a.md").string() +
                ":1: cannot read: Too many levels of symbolic links"));
}

// As root, permissions do not stop reads, so the binary runs as "nobody".
TEST_F(Issue8Test, UnreadableSubdirectoryIsAnError) {
  fs::permissions(dir_, fs::perms::all);
  fs::permissions(dir_ / "acme", fs::perms::all);
  fs::create_directories(dir_ / "acme" / "ic");
  std::ofstream(dir_ / "acme" / "ic" / "L3.md") << "- Leads projects\n";
  fs::permissions(dir_ / "acme" / "ic", fs::perms::none);
  testing_util::RunOptions options;
  if (geteuid() == 0) options.uid = options.gid = 65534;
  const testing_util::RunResult r = testing_util::RunLaddermerge(
      {"parse", (dir_ / "acme").string()}, options);
  if (r.exit_code == 125) GTEST_SKIP() << "cannot switch to user nobody";
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "laddermerge: error: " + (dir_ / "acme" / "ic").string() +
                       ":1: cannot list directory: Permission denied\n");
}

}  // namespace
}  // namespace laddermerge
