// Turns a file's bytes into text every reader can trust: valid UTF-8, '\n'
// line ends, no byte order mark.
#ifndef LADDERMERGE_INGEST_INTERNAL_DECODE_H_
#define LADDERMERGE_INGEST_INTERNAL_DECODE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace laddermerge::internal {

struct DecodedText {
  std::string text;
  std::vector<std::string> warnings;  // "path:line: what", e.g. a re-encoding.
};

// Decodes `bytes` read from `path`. Strips a UTF-8 byte order mark, turns
// CRLF and lone CR into '\n', decodes UTF-16 with a byte order mark. Returns
// InvalidArgument "path:line: ..." for binary content (NUL bytes or mostly
// control characters), for an empty file, and for invalid UTF-8 that is not
// consistently Windows-1252 (which is re-decoded with a warning).
absl::StatusOr<DecodedText> DecodeBytes(absl::string_view path,
                                        absl::string_view bytes);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_DECODE_H_
