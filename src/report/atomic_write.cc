// Atomic output: temporary file or directory first, rename into place last.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <system_error>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include <fcntl.h>
#include <unistd.h>

#include "common/status_macros.h"
#include "report/report.h"

namespace laddermerge {
namespace {

namespace fs = std::filesystem;

absl::Status ErrnoError(const std::string& path, absl::string_view what,
                        int error) {
  const std::string message =
      absl::StrCat(path, ":1: ", what, ": ", std::strerror(error));
  if (error == ENOSPC || error == EDQUOT || error == EFBIG) {
    return absl::ResourceExhaustedError(message);
  }
  if (error == ENOENT) return absl::NotFoundError(message);
  return absl::PermissionDeniedError(message);
}

// A name unlikely to clash with anything in the same directory.
std::string TemporarySibling(const fs::path& target) {
  std::random_device device;
  const uint64_t nonce = (uint64_t{device()} << 32) ^ device();
  return (target.parent_path() / absl::StrCat(".", target.filename().string(),
                                              ".tmp-", getpid(), "-",
                                              nonce % 1000000007))
      .string();
}

// Writes all of `content` to a new file `path` and flushes it to disk.
absl::Status WriteNewFile(const std::string& path, absl::string_view content) {
  const int fd =
      ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return ErrnoError(path, "cannot create file", errno);
  size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int error = n < 0 ? errno : EIO;
      ::close(fd);
      return ErrnoError(path, "write failed", error);
    }
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    return ErrnoError(path, "cannot flush file", errno);
  }
  return absl::OkStatus();
}

absl::Status CheckRelativeName(const std::string& name) {
  const fs::path p(name);
  if (name.empty() || p.is_absolute() || absl::StrContains(name, "..")) {
    return absl::InternalError(
        absl::StrCat("bad output file name '", name, "'"));
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status WriteFileAtomically(const std::string& path,
                                 absl::string_view content) {
  const std::string temporary = TemporarySibling(fs::path(path));
  absl::Status status = WriteNewFile(temporary, content);
  if (status.ok() && std::rename(temporary.c_str(), path.c_str()) != 0) {
    status = ErrnoError(path, "cannot move file into place", errno);
  }
  if (!status.ok()) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
  }
  return status;
}

absl::Status WriteOutputDirectory(const std::string& dir,
                                  const std::vector<OutputFile>& files) {
  const fs::path target = fs::path(dir).lexically_normal();
  std::error_code ec;
  if (fs::exists(target, ec) && !fs::is_directory(target, ec)) {
    return absl::InvalidArgumentError(
        absl::StrCat(dir, ":1: exists and is not a directory"));
  }
  const fs::path parent =
      target.has_parent_path() ? target.parent_path() : fs::path(".");
  if (!fs::is_directory(parent, ec)) {
    return absl::NotFoundError(absl::StrCat(
        dir, ":1: parent directory ", parent.string(), " does not exist"));
  }
  const std::string staging = TemporarySibling(target);
  if (!fs::create_directory(staging, ec)) {
    return absl::PermissionDeniedError(absl::StrCat(
        dir, ":1: cannot create output directory: ", ec.message()));
  }
  absl::Status status;
  for (const OutputFile& file : files) {
    status = CheckRelativeName(file.name);
    if (!status.ok()) break;
    const fs::path path = fs::path(staging) / file.name;
    fs::create_directories(path.parent_path(), ec);
    status = WriteNewFile(path.string(), file.content);
    if (!status.ok()) break;
  }
  // Swap: move an existing directory aside, move the new one in, then delete
  // the old one. Between the two renames `dir` briefly does not exist.
  std::string old_aside;
  if (status.ok() && fs::exists(target, ec)) {
    old_aside = TemporarySibling(target);
    if (std::rename(target.c_str(), old_aside.c_str()) != 0) {
      status = ErrnoError(dir, "cannot replace existing output", errno);
      old_aside.clear();
    }
  }
  if (status.ok() && std::rename(staging.c_str(), target.c_str()) != 0) {
    status = ErrnoError(dir, "cannot move output into place", errno);
    if (!old_aside.empty()) std::rename(old_aside.c_str(), target.c_str());
    old_aside.clear();
  }
  if (!status.ok()) fs::remove_all(staging, ec);
  if (!old_aside.empty()) fs::remove_all(old_aside, ec);
  return status;
}

}  // namespace laddermerge
