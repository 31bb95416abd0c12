// The HTML reader: a whole page through WalkHtml (html_walker.h has the
// rules for navigation and content) into a DocumentOutline (outline.h has
// the heading and carrier rules).
#include <utility>

#include "common/status_macros.h"
#include "ingest/internal/html_walker.h"
#include "ingest/internal/outline.h"
#include "ingest/internal/reader.h"

namespace laddermerge::internal {

absl::StatusOr<ReadResult> ReadHtml(const SourceFile& source,
                                    const ReaderContext& context) {
  static const IngestOptions kDefaults;
  const IngestOptions& options =
      context.options != nullptr ? *context.options : kDefaults;
  DocumentOutline outline(source, context);
  LM_RETURN_IF_ERROR(WalkHtml(source.text, 0, options, &outline));
  return std::move(outline).Finish();
}

}  // namespace laddermerge::internal
