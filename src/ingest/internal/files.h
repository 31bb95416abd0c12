// The ingest stage's filesystem access: which files below a directory input
// are ladder files, and reading one file's bytes within the size limit.
// Every failure is one line "PATH:1: what", naming the path at fault.
//
//   LM_ASSIGN_OR_RETURN(LadderFiles found, ListLadderFiles("acme", 20000));
//   for (const std::string& file : found.files) {
//     LM_ASSIGN_OR_RETURN(std::string bytes, ReadFileBytes(file, 50000000));
//   }
#ifndef LADDERMERGE_INGEST_INTERNAL_FILES_H_
#define LADDERMERGE_INGEST_INTERNAL_FILES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

#include "ingest/internal/reader.h"

namespace laddermerge::internal {

// The format a file name's extension names (case-insensitive), or
// Format::kUnsupported.
Format FormatFromExtension(absl::string_view path);

// The bytes of the file `path`. The file is opened without blocking and
// checked before anything is read, so a FIFO or device is refused, not
// waited on, and a file over `max_bytes` costs no memory; exactly the size
// found then is read, so a file growing meanwhile cannot exceed it. Errors:
//   NotFound          "path:1: no such file or directory";
//   PermissionDenied  "path:1: cannot open: <why>" or "... read failed: <why>"
//                     (permissions, a symlink loop, an I/O error);
//   InvalidArgument   "path:1: not a regular file" and "path:1: file is N
//                     bytes, over the limit of M (see --max-file-size)".
// Thread-safe. O(size).
absl::StatusOr<std::string> ReadFileBytes(const std::string& path,
                                          int64_t max_bytes);

struct LadderFiles {
  std::vector<std::string> files;    // To read, sorted by path.
  std::vector<std::string> skipped;  // Unsupported files, licences, READMEs.
};

// The ladder files below the directory `root`, walked without recursion or
// following directory symlinks (so neither deep trees nor symlink loops can
// exhaust the stack). Hidden entries (".git") are ignored; files whose
// extension no reader takes, licences and changelogs, and a README next to
// other ladder files (which documents them) are `skipped`. Errors, naming
// the path at fault:
//   PermissionDenied  "dir:1: cannot list directory: <why>" for `root` or
//                     any directory below it (an unreadable subdirectory is
//                     an error, not a silent gap in the ladder);
//                     "file:1: cannot read: <why>" for a ladder file that
//                     is a dangling or looping symlink;
//   InvalidArgument   "file:1: not a regular file" (a FIFO named L3.md);
//                     "root:1: more than N ladder files" over `max_files`.
// Not thread-safe with respect to the directory changing underneath it; the
// result does not depend on listing order. O(entries · log entries).
absl::StatusOr<LadderFiles> ListLadderFiles(const std::string& root,
                                            int max_files);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_FILES_H_
