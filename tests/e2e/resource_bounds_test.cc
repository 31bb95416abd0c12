// Resource bounds of the binary on the largest input it accepts: a ladder
// file just under the default --max-file-size of 50 MB. The bound is
// generous (README.md, "Reliability", gives the measured figures); it is
// there to catch memory that grows with something other than the input.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include <unistd.h>

#include "run_binary.h"

namespace laddermerge {
namespace {

namespace fs = std::filesystem;
using testing_util::RunLaddermerge;
using testing_util::RunResult;

constexpr int64_t kTargetBytes = 49 * 1000 * 1000;
// Measured: about 0.9 GB for this Markdown file (cmark-gfm's syntax tree
// is most of it); other formats of the same size need 0.4-0.6 GB.
constexpr int64_t kPeakRssBoundKb = 2 * 1024 * 1024;

// A Markdown ladder of `bytes` bytes: 12 levels of headings and sections,
// each with 200 bullets of 8-16 words from a small vocabulary.
int WriteLargeMarkdownLadder(const fs::path& path, int64_t bytes) {
  static constexpr const char* kWords[] = {
      "design", "review", "ship",  "test",    "mentor", "own",
      "lead",   "plan",   "scope", "deliver", "api",    "team",
      "data",   "metric", "coach", "deploy",  "debug",  "document"};
  std::ofstream out(path, std::ios::binary);
  int64_t written = 0;
  uint32_t state = 12345;  // A fixed linear congruential sequence.
  int statements = 0;
  while (written < bytes) {
    std::string chunk;
    if (statements % 200 == 0) {
      chunk = absl::StrCat("\n# L", statements / 200 % 12 + 1,
                           "\n\n## Competency ", statements / 200, "\n\n");
    }
    absl::StrAppend(&chunk, "- Writes");
    state = state * 1103515245u + 12345u;
    const int words = 8 + static_cast<int>((state >> 16) % 9);
    for (int w = 0; w < words; ++w) {
      state = state * 1103515245u + 12345u;
      absl::StrAppend(&chunk, " ", kWords[(state >> 16) % 18]);
    }
    absl::StrAppend(&chunk, " for area ", statements, ".\n");
    out << chunk;
    written += static_cast<int64_t>(chunk.size());
    ++statements;
  }
  return statements;
}

TEST(ResourceBoundsTest, PeakMemoryOfTheLargestSupportedInput) {
  if (testing_util::UnderSanitizer()) {
    GTEST_SKIP() << "AddressSanitizer's shadow memory and quarantine make "
                    "peak memory meaningless, and this run would take minutes";
  }
  const fs::path dir =
      fs::path(testing::TempDir()) / absl::StrCat("resource_bounds_", getpid());
  fs::create_directories(dir);
  const fs::path path = dir / "large.md";
  const int statements = WriteLargeMarkdownLadder(path, kTargetBytes);
  ASSERT_LT(fs::file_size(path), 50u * 1000 * 1000);

  const RunResult r = RunLaddermerge({"parse", path.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(absl::StrContains(
      r.out, absl::StrCat("\"id\": \"large:", statements, "\"")));
  EXPECT_LT(r.max_rss_kb, kPeakRssBoundKb);
  std::cout << "peak RSS for " << fs::file_size(path) << " bytes, "
            << statements << " statements: " << r.max_rss_kb / 1024 << " MB\n";
  fs::remove_all(dir);
}

}  // namespace
}  // namespace laddermerge
