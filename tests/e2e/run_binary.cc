#include "run_binary.h"

#include <csignal>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace laddermerge::testing_util {
namespace {

// In the child, between fork and exec: only async-signal-safe calls.
[[noreturn]] void ExecChild(const std::vector<char*>& argv,
                            const std::string& out, const std::string& err,
                            const RunOptions& options) {
  const int in_fd = open("/dev/null", O_RDONLY);
  const int out_fd = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  const int err_fd = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (in_fd < 0 || out_fd < 0 || err_fd < 0 || dup2(in_fd, 0) < 0 ||
      dup2(out_fd, 1) < 0 || dup2(err_fd, 2) < 0) {
    _exit(126);
  }
  const rlimit cpu = {static_cast<rlim_t>(options.cpu_seconds),
                      static_cast<rlim_t>(options.cpu_seconds)};
  setrlimit(RLIMIT_CPU, &cpu);
  if (options.max_file_bytes >= 0) {
    signal(SIGXFSZ, SIG_IGN);
    const rlimit size = {static_cast<rlim_t>(options.max_file_bytes),
                         static_cast<rlim_t>(options.max_file_bytes)};
    setrlimit(RLIMIT_FSIZE, &size);
  }
  if (options.gid != static_cast<gid_t>(-1) && setgid(options.gid) != 0) {
    _exit(125);
  }
  if (options.uid != static_cast<uid_t>(-1) && setuid(options.uid) != 0) {
    _exit(125);
  }
  execv(argv[0], argv.data());
  _exit(127);
}

}  // namespace

std::string ReadFileOrEmpty(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool UnderSanitizer() {
#if defined(__SANITIZE_ADDRESS__)
  return true;
#else
  return false;
#endif
}

RunResult RunLaddermerge(const std::vector<std::string>& args,
                         const RunOptions& options) {
  static int counter = 0;
  const std::string base =
      absl::StrCat(testing::TempDir(), "/run_", getpid(), "_", ++counter);
  const std::string out =
      options.stdout_path.empty() ? base + ".out" : options.stdout_path;
  const std::string err = base + ".err";
  std::vector<std::string> strings = {LADDERMERGE_BINARY};
  strings.insert(strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& s : strings) argv.push_back(s.data());
  argv.push_back(nullptr);

  RunResult result;
  const pid_t pid = fork();
  if (pid == 0) ExecChild(argv, out, err, options);
  int status = 0;
  rusage usage = {};
  if (pid < 0 || wait4(pid, &status, 0, &usage) != pid) {
    ADD_FAILURE() << "cannot run " << LADDERMERGE_BINARY;
    return result;
  }
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  result.max_rss_kb = usage.ru_maxrss;
  if (options.stdout_path.empty()) {
    result.out = ReadFileOrEmpty(out);
    std::remove(out.c_str());
  }
  result.err = ReadFileOrEmpty(err);
  std::remove(err.c_str());
  return result;
}

}  // namespace laddermerge::testing_util
