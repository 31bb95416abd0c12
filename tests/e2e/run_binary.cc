#include "run_binary.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "gtest/gtest.h"
#include <sys/wait.h>

namespace laddermerge::testing_util {
namespace {

std::string ShellQuote(const std::string& s) {
  return absl::StrCat("'", absl::StrReplaceAll(s, {{"'", "'\\''"}}), "'");
}

}  // namespace

std::string ReadFileOrEmpty(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

RunResult RunLaddermerge(const std::vector<std::string>& args) {
  static int counter = 0;
  const std::string base =
      absl::StrCat(testing::TempDir(), "/run_", getpid(), "_", ++counter);
  std::string command = ShellQuote(LADDERMERGE_BINARY);
  for (const std::string& a : args)
    absl::StrAppend(&command, " ", ShellQuote(a));
  absl::StrAppend(&command, " </dev/null >", base, ".out 2>", base, ".err");
  const int status = std::system(command.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
  result.out = ReadFileOrEmpty(base + ".out");
  result.err = ReadFileOrEmpty(base + ".err");
  std::remove((base + ".out").c_str());
  std::remove((base + ".err").c_str());
  return result;
}

}  // namespace laddermerge::testing_util
