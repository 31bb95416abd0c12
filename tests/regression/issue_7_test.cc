// Issue 7: an error or warning quoting a file name with a line break (or
// other control characters) took several lines, breaking the one-line error
// contract that scripts parse.
#include <filesystem>
#include <fstream>
#include <string>

#include "gtest/gtest.h"

#include "run_binary.h"

namespace laddermerge {
namespace {

namespace fs = std::filesystem;
using testing_util::RunLaddermerge;
using testing_util::RunResult;

TEST(Issue7Test, ErrorNamingAFileWithALineBreakIsOneLine) {
  const fs::path dir = fs::path(testing::TempDir()) / "issue_7_error";
  fs::create_directories(dir);
  std::ofstream(dir / "bad\nname\x1b.md") << "";
  const RunResult r =
      RunLaddermerge({"parse", (dir / "bad\nname\x1b.md").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "laddermerge: error: " + dir.string() +
                       "/bad\\nname\\x1b.md:1: empty file\n");
  fs::remove_all(dir);
}

TEST(Issue7Test, WarningNamingAFileWithALineBreakIsOneLine) {
  const fs::path dir = fs::path(testing::TempDir()) / "issue_7_warning";
  fs::create_directories(dir / "acme");
  std::ofstream(dir / "acme" / "L1.md") << "- Writes tests\n";
  std::ofstream(dir / "acme" / "L2\n.md") << "# Only a heading\n";
  const RunResult r = RunLaddermerge({"parse", (dir / "acme").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "laddermerge: warning: " + (dir / "acme").string() +
                       "/L2\\n.md:1: no statements found; skipped\n");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace laddermerge
