#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"

#include "ingest/internal/reader.h"

namespace laddermerge::internal {

absl::StatusOr<ReadResult> ReadText(const SourceFile& source,
                                    const ReaderContext& context) {
  ReadResult result;
  int line = 0;
  for (absl::string_view raw : absl::StrSplit(source.text, '\n')) {
    ++line;
    absl::string_view text = absl::StripAsciiWhitespace(raw);
    if (text.empty()) continue;
    RawStatement s;
    s.text = std::string(text);
    s.file = source.path;
    s.line = line;
    s.track = context.track;
    s.level = context.level;
    result.statements.push_back(std::move(s));
  }
  return result;
}

}  // namespace laddermerge::internal
