// Locating ../shared (real ladders, STS data) from tests. It sits beside the
// repository in a full checkout and is absent in a fresh clone, so every test
// that reads it skips when SharedDir() is empty.
//
//   const std::string shared = testing_util::SharedDir();
//   if (shared.empty()) GTEST_SKIP() << "../shared is absent";
#ifndef LADDERMERGE_TESTS_TESTING_SHARED_DATA_H_
#define LADDERMERGE_TESTS_TESTING_SHARED_DATA_H_

#include <filesystem>
#include <string>

namespace laddermerge::testing_util {

// The shared data directory: $LADDERMERGE_SHARED_DIR if set, else
// <source>/../shared; "" if neither exists.
inline std::string SharedDir() {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (const char* env = std::getenv("LADDERMERGE_SHARED_DIR")) {
    if (fs::is_directory(env, ec)) return env;
  }
  const fs::path p = fs::path(LADDERMERGE_SOURCE_DIR) / ".." / "shared";
  return fs::is_directory(p, ec) ? p.lexically_normal().string() : "";
}

}  // namespace laddermerge::testing_util

#endif  // LADDERMERGE_TESTS_TESTING_SHARED_DATA_H_
