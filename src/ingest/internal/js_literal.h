// Reads the data of a JavaScript data module without executing it: the
// object and array literals assigned by top-level declarations
//
//   export const tracks: Tracks = { "MOBILE": { displayName: 'Mobile', … } }
//   export const titles = [{label: 'Engineer I', minPoints: 0}, …]
//   module.exports = { … }        export default [ … ]
//
// become one Tree whose root maps each declared name to its literal. The
// literal syntax accepted is the JSON-like subset of JavaScript: unquoted
// and quoted keys, single- and double-quoted strings with escapes, template
// strings without `${}`, numbers, true/false/null/undefined, comments and
// trailing commas. A declaration whose initializer uses anything else
// (variables, calls, functions, spreads, computed keys) is code, not data,
// and is skipped. Declarations are recognised at the start of a line, which
// is how formatted modules write top-level code (Flow/TypeScript type
// annotations between the name and `=` are skipped).
#ifndef LADDERMERGE_INGEST_INTERNAL_JS_LITERAL_H_
#define LADDERMERGE_INGEST_INTERNAL_JS_LITERAL_H_

#include "absl/status/statusor.h"

#include "ingest/internal/reader.h"
#include "ingest/internal/tree.h"

namespace laddermerge::internal {

// The data literals of `source` as one Tree (root = -1 when there are
// none). InvalidArgument "file:line: ..." for a malformed literal
// (unterminated string or comment, missing ':' or ',') and for nesting
// deeper than `max_nesting`. O(n) in the text.
absl::StatusOr<Tree> ExtractJavaScriptData(const SourceFile& source,
                                           int max_nesting);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_JS_LITERAL_H_
