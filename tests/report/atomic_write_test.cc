#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <string>

#include "gtest/gtest.h"
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "report/report.h"
#include "testing/scratch_dir.h"

namespace laddermerge {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// How a forked child runs a write: as the unprivileged user "nobody" when
// the test runs as root (root ignores permissions), and with a file size
// limit that makes writes fail with EFBIG as a full disk would (SIGXFSZ
// ignored, so write() returns the error instead of killing the process).
struct Child {
  bool unprivileged = false;
  int64_t max_file_bytes = -1;
};

// Runs `write` in a forked child and returns the code of the Status it gave,
// or nullopt when the child could not switch to "nobody".
std::optional<absl::StatusCode> RunInChild(
    const Child& child, const std::function<absl::Status()>& write) {
  const pid_t pid = fork();
  if (pid == 0) {
    if (child.max_file_bytes >= 0) {
      std::signal(SIGXFSZ, SIG_IGN);
      const rlimit limit = {static_cast<rlim_t>(child.max_file_bytes),
                            static_cast<rlim_t>(child.max_file_bytes)};
      setrlimit(RLIMIT_FSIZE, &limit);
    }
    if (child.unprivileged && geteuid() == 0 &&
        (setgid(65534) != 0 || setuid(65534) != 0)) {
      _exit(125);
    }
    _exit(static_cast<int>(write().code()));
  }
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) {
    ADD_FAILURE() << "the child did not exit normally";
    return absl::StatusCode::kUnknown;
  }
  if (WEXITSTATUS(status) == 125) return std::nullopt;
  return static_cast<absl::StatusCode>(WEXITSTATUS(status));
}

class AtomicWriteTest : public testing::Test {
 protected:
  void SetUp() override { dir_ = testing_util::FreshTestDir("atomic"); }
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
  const fs::path out = dir_ / "out";
  ASSERT_TRUE(WriteOutputDirectory(out.string(), {{"keep.txt", "k"}}).ok());
  fs::permissions(dir_, fs::perms::owner_read | fs::perms::owner_exec |
                            fs::perms::others_read | fs::perms::others_exec);
  const std::optional<absl::StatusCode> code =
      RunInChild({.unprivileged = true}, [&] {
        return WriteOutputDirectory(out.string(), {{"new.txt", "n"}});
      });
  fs::permissions(dir_, fs::perms::owner_all);
  if (!code.has_value()) GTEST_SKIP() << "cannot switch to user nobody";
  EXPECT_EQ(*code, absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(ReadAll(out / "keep.txt"), "k");
  EXPECT_FALSE(fs::exists(out / "new.txt"));
  EXPECT_EQ(EntriesIn(dir_), 1);
}

TEST_F(AtomicWriteTest, FullDiskKeepsOldOutputAndLeavesNothingBehind) {
  const fs::path out = dir_ / "out";
  ASSERT_TRUE(WriteOutputDirectory(out.string(), {{"keep.txt", "k"}}).ok());
  const std::string big(100000, 'x');
  const std::optional<absl::StatusCode> code =
      RunInChild({.max_file_bytes = 4096}, [&] {
        return WriteOutputDirectory(out.string(),
                                    {{"a.json", "{}"}, {"big.html", big}});
      });
  ASSERT_TRUE(code.has_value());
  EXPECT_EQ(*code, absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(ReadAll(out / "keep.txt"), "k");
  EXPECT_EQ(EntriesIn(out), 1);
  EXPECT_EQ(EntriesIn(dir_), 1);  // No staging directory left.
}

TEST_F(AtomicWriteTest, FullDiskKeepsTheOldFile) {
  const fs::path path = dir_ / "a.txt";
  ASSERT_TRUE(WriteFileAtomically(path.string(), "old").ok());
  const std::optional<absl::StatusCode> code =
      RunInChild({.max_file_bytes = 4096}, [&] {
        return WriteFileAtomically(path.string(), std::string(100000, 'x'));
      });
  ASSERT_TRUE(code.has_value());
  EXPECT_EQ(*code, absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(ReadAll(path), "old");
  EXPECT_EQ(EntriesIn(dir_), 1);
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
