// YAML front matter at the top of a Markdown file, between a first line
// "---" and the next line "---" or "...", as static-site generators write it.
//
//   LM_ASSIGN_OR_RETURN(FrontMatter fm, ReadFrontMatter(source, 256));
//   if (fm.present && fm.holds_content) { /* the ladder is in the YAML */ }
//
// The YAML is parsed by ParseYamlTree (yaml_tree.h), as YAML ladders are, so
// aliases are never expanded.
#ifndef LADDERMERGE_INGEST_INTERNAL_FRONT_MATTER_H_
#define LADDERMERGE_INGEST_INTERNAL_FRONT_MATTER_H_

#include <string>

#include "absl/status/statusor.h"

#include "ingest/internal/reader.h"

namespace laddermerge::internal {

struct FrontMatter {
  bool present = false;
  std::string yaml;   // The text between the fences, '\n' line ends.
  int yaml_line = 0;  // File line of the YAML's first line.
  int body_line = 0;  // Text line (of SourceFile::text) after the fence.
  // Scalar metadata, "" when absent. `level` may be written as a number.
  std::string title;
  std::string level;
  std::string track;
  std::string company;
  // True when a key other than common page metadata (tags, categories,
  // authors, ...) holds a sequence or map with prose (a string of three or
  // more words) inside: the ladder itself lives in the front matter.
  bool holds_content = false;
};

// Finds and parses the front matter of `source`; `present` is false when the
// text does not start with a "---" line. Errors, all InvalidArgument
// "file:line: what":
//   "unterminated front matter"          no closing fence (opening line);
//   "malformed front matter: <why>"      yaml-cpp rejects it (its line);
//   "front matter is not a YAML mapping" a scalar or sequence (opening line);
//   "nesting deeper than N levels"       over `max_nesting` (line of the
//                                        offending node);
//   and the other errors of ParseYamlTree (an alias inside its own anchor,
//   a complex mapping key, ...).
// Thread-safe. O(size of the front matter), aliases included.
absl::StatusOr<FrontMatter> ReadFrontMatter(const SourceFile& source,
                                            int max_nesting);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_FRONT_MATTER_H_
