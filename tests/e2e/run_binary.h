// Runs the built laddermerge binary for end-to-end tests.
#ifndef LADDERMERGE_TESTS_E2E_RUN_BINARY_H_
#define LADDERMERGE_TESTS_E2E_RUN_BINARY_H_

#include <string>
#include <vector>

namespace laddermerge::testing_util {

struct RunResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs laddermerge with `args` (no shell interpretation of their content) in
// the source tree, stdin from /dev/null.
RunResult RunLaddermerge(const std::vector<std::string>& args);

// Reads a whole file; "" if it cannot be read.
std::string ReadFileOrEmpty(const std::string& path);

}  // namespace laddermerge::testing_util

#endif  // LADDERMERGE_TESTS_E2E_RUN_BINARY_H_
