// Scratch files for tests: a fresh directory per running test, and writing a
// file into it. CTest runs tests in parallel processes, so the directory
// name holds the process id and the test's name.
//
//   const std::filesystem::path dir = testing_util::FreshTestDir("ingest");
//   const std::string path =
//       testing_util::WriteTestFile(dir, "acme/L1.md", "- Writes tests\n");
#ifndef LADDERMERGE_TESTS_TESTING_SCRATCH_DIR_H_
#define LADDERMERGE_TESTS_TESTING_SCRATCH_DIR_H_

#include <filesystem>
#include <fstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include <unistd.h>

namespace laddermerge::testing_util {

// TempDir()/<prefix>_<pid>_<test name>, emptied and created.
inline std::filesystem::path FreshTestDir(absl::string_view prefix) {
  const ::testing::TestInfo* test =
      ::testing::UnitTest::GetInstance()->current_test_info();
  const std::filesystem::path dir =
      std::filesystem::path(::testing::TempDir()) /
      absl::StrCat(prefix, "_", getpid(), "_",
                   test != nullptr ? test->name() : "suite");
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// Writes `content` (bytes as given) to dir/name, creating the directories
// on the way; returns the file's path.
inline std::string WriteTestFile(const std::filesystem::path& dir,
                                 const std::string& name,
                                 absl::string_view content) {
  const std::filesystem::path path = dir / name;
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary)
      .write(content.data(), static_cast<std::streamsize>(content.size()));
  return path.string();
}

}  // namespace laddermerge::testing_util

#endif  // LADDERMERGE_TESTS_TESTING_SCRATCH_DIR_H_
