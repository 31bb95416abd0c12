// Runs the built laddermerge binary for end-to-end tests.
#ifndef LADDERMERGE_TESTS_E2E_RUN_BINARY_H_
#define LADDERMERGE_TESTS_E2E_RUN_BINARY_H_

#include <cstdint>
#include <string>
#include <vector>

#include <sys/types.h>

namespace laddermerge::testing_util {

struct RunOptions {
  // Run as this user and group (the test must be root to switch); -1 keeps
  // the test's own.
  uid_t uid = static_cast<uid_t>(-1);
  gid_t gid = static_cast<gid_t>(-1);
  // Largest file the child may write (RLIMIT_FSIZE), with SIGXFSZ ignored
  // so that writes fail with EFBIG as on a full disk; -1 for no limit.
  int64_t max_file_bytes = -1;
  // CPU seconds after which the kernel kills the child (RLIMIT_CPU): a hang
  // becomes a failed test instead of a stuck test run. Generous, because
  // sanitizer builds are slow; not a timing assertion.
  int cpu_seconds = 600;
  // Where stdout goes: "" for a file the result reads back, else this path
  // (e.g. "/dev/full").
  std::string stdout_path;
};

struct RunResult {
  int exit_code = -1;      // -1 when a signal ended the process.
  int signal = 0;          // The signal that ended it, or 0.
  std::string out;         // stdout
  std::string err;         // stderr
  int64_t max_rss_kb = 0;  // Peak resident memory (ru_maxrss) of the child.
};

// Runs laddermerge with `args` (no shell interpretation of their content) in
// the source tree, stdin from /dev/null, and waits for it.
RunResult RunLaddermerge(const std::vector<std::string>& args,
                         const RunOptions& options = RunOptions());

// Reads a whole file; "" if it cannot be read.
std::string ReadFileOrEmpty(const std::string& path);

// True when this test binary was built with AddressSanitizer, which inflates
// the binary's memory use (shadow memory, quarantine) and time.
bool UnderSanitizer();

}  // namespace laddermerge::testing_util

#endif  // LADDERMERGE_TESTS_E2E_RUN_BINARY_H_
