// Placeholder readers: each returns Unimplemented until its real reader lands
// in its own file. Remove an entry here when adding the real one.
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "ingest/internal/reader.h"

namespace laddermerge::internal {
namespace {

absl::Status NotYet(const SourceFile& source, absl::string_view what) {
  return absl::UnimplementedError(
      absl::StrCat(source.path, ":1: ", what, " files are not supported yet"));
}

}  // namespace

absl::StatusOr<ReadResult> ReadYaml(const SourceFile& s, const ReaderContext&) {
  return NotYet(s, "YAML");
}
absl::StatusOr<ReadResult> ReadJson(const SourceFile& s, const ReaderContext&) {
  return NotYet(s, "JSON");
}
absl::StatusOr<ReadResult> ReadDelimited(const SourceFile& s, char,
                                         const ReaderContext&) {
  return NotYet(s, "CSV/TSV");
}
absl::StatusOr<ReadResult> ReadJavaScript(const SourceFile& s,
                                          const ReaderContext&) {
  return NotYet(s, "JavaScript");
}

}  // namespace laddermerge::internal
