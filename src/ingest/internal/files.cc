#include "ingest/internal/files.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <system_error>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ingest/internal/levels.h"

namespace laddermerge::internal {
namespace {

namespace fs = std::filesystem;

absl::Status SystemError(const std::string& path, absl::string_view what,
                         int error) {
  if (error == ENOENT) {
    return absl::NotFoundError(
        absl::StrCat(path, ":1: no such file or directory"));
  }
  return absl::PermissionDeniedError(
      absl::StrCat(path, ":1: ", what, ": ", std::strerror(error)));
}

// Closes a file descriptor when it goes out of scope.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  // One owner closes the descriptor once.
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

bool IsReadme(const std::string& path) {
  return absl::AsciiStrToLower(fs::path(path).stem().string()) == "readme";
}

// A README in a directory that also holds other ladder files (there or
// below) documents them and is skipped; a README that is the only ladder
// file of its directory is the ladder and is read. `files` is sorted, so
// the files below a directory D are the range starting with "D/".
void SkipDocumentationReadmes(LadderFiles* found) {
  const std::vector<std::string>& files = found->files;
  std::vector<std::string> kept;
  for (const std::string& file : files) {
    bool documentation = false;
    if (IsReadme(file)) {
      const std::string dir = fs::path(file).parent_path().string() + "/";
      for (auto it = std::lower_bound(files.begin(), files.end(), dir);
           it != files.end() && absl::StartsWith(*it, dir); ++it) {
        if (*it != file) {
          documentation = true;
          break;
        }
      }
    }
    (documentation ? found->skipped : kept).push_back(file);
  }
  found->files = std::move(kept);
}

// Adds the files of one directory to `found`; its subdirectories (not
// symlinked ones) go onto `pending`. Stops with an error once `found` holds
// more than `max_files` ladder files.
absl::Status ListDirectory(const fs::path& dir, const std::string& root,
                           int max_files, std::vector<fs::path>* pending,
                           LadderFiles* found) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& path = it->path();
    const std::string name = path.filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code link_ec;
    std::error_code status_ec;
    const bool symlink = it->is_symlink(link_ec);
    const fs::file_status status = it->status(status_ec);
    if (fs::is_directory(status)) {
      if (!symlink) pending->push_back(path);
      continue;
    }
    if (!IsSupportedLadderFile(path.string(), FormatFromExtension(name))) {
      found->skipped.push_back(path.string());
      continue;
    }
    if (status_ec) {
      return absl::PermissionDeniedError(absl::StrCat(
          path.string(), ":1: cannot read: ", status_ec.message()));
    }
    if (!fs::is_regular_file(status)) {
      return absl::InvalidArgumentError(
          absl::StrCat(path.string(), ":1: not a regular file"));
    }
    found->files.push_back(path.string());
    if (static_cast<int>(found->files.size()) > max_files) {
      return absl::InvalidArgumentError(
          absl::StrCat(root, ":1: more than ", max_files, " ladder files"));
    }
  }
  if (ec) {
    return absl::PermissionDeniedError(absl::StrCat(
        dir.string(), ":1: cannot list directory: ", ec.message()));
  }
  return absl::OkStatus();
}

}  // namespace

Format FormatFromExtension(absl::string_view path) {
  static const auto* const kByExtension = new std::map<std::string, Format>{
      {".md", Format::kMarkdown},
      {".markdown", Format::kMarkdown},
      {".yml", Format::kYaml},
      {".yaml", Format::kYaml},
      {".json", Format::kJson},
      {".csv", Format::kCsv},
      {".tsv", Format::kTsv},
      {".html", Format::kHtml},
      {".htm", Format::kHtml},
      {".js", Format::kJavaScript},
      {".mjs", Format::kJavaScript},
      {".txt", Format::kText},
      {".rst", Format::kRestructuredText},
  };
  const std::string extension =
      absl::AsciiStrToLower(fs::path(std::string(path)).extension().string());
  const auto it = kByExtension->find(extension);
  return it == kByExtension->end() ? Format::kUnsupported : it->second;
}

absl::StatusOr<std::string> ReadFileBytes(const std::string& path,
                                          int64_t max_bytes) {
  const FileDescriptor fd(
      ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
  if (fd.get() < 0) return SystemError(path, "cannot open", errno);
  struct stat info;
  if (::fstat(fd.get(), &info) != 0) {
    return SystemError(path, "cannot read", errno);
  }
  if (!S_ISREG(info.st_mode)) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ":1: not a regular file"));
  }
  if (info.st_size > max_bytes) {
    return absl::InvalidArgumentError(absl::StrCat(
        path, ":1: file is ", info.st_size, " bytes, over the limit of ",
        max_bytes, " (see --max-file-size)"));
  }
  std::string bytes(static_cast<size_t>(info.st_size), '\0');
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n =
        ::read(fd.get(), bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return SystemError(path, "read failed", errno);
    if (n == 0) break;  // The file shrank.
    done += static_cast<size_t>(n);
  }
  bytes.resize(done);
  return bytes;
}

absl::StatusOr<LadderFiles> ListLadderFiles(const std::string& root,
                                            int max_files) {
  LadderFiles found;
  std::vector<fs::path> pending = {fs::path(root)};
  while (!pending.empty()) {
    const fs::path dir = std::move(pending.back());
    pending.pop_back();
    absl::Status status = ListDirectory(dir, root, max_files, &pending, &found);
    if (!status.ok()) return status;
  }
  std::sort(found.files.begin(), found.files.end());
  SkipDocumentationReadmes(&found);
  std::sort(found.skipped.begin(), found.skipped.end());
  return found;
}

}  // namespace laddermerge::internal
