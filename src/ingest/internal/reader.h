// The interface between the ingest dispatcher and the per-format readers.
//
// The dispatcher finds files, decodes their bytes into a SourceFile, picks a
// Format and calls the reader for it. A reader turns one SourceFile into raw
// statements and whatever the document says about its company, tracks and
// levels. Readers never touch the filesystem.
#ifndef LADDERMERGE_INGEST_INTERNAL_READER_H_
#define LADDERMERGE_INGEST_INTERNAL_READER_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"

#include "common/ladder.h"
#include "ingest/ingest.h"

namespace laddermerge::internal {

enum class Format {
  kMarkdown,
  kYaml,
  kJson,
  kCsv,
  kTsv,
  kHtml,
  kJavaScript,
  kText,
  kRestructuredText,  // Read as Markdown after RstToMarkdown.
  kUnsupported,
};

// A file's decoded content.
struct SourceFile {
  std::string path;  // As reached from the command-line argument.
  std::string text;  // Valid UTF-8, '\n' line ends, no byte order mark.
  // Line number in the real file of text's first line: 1 for a whole file,
  // 2 for the YAML front matter of a Markdown file, and so on. Readers report
  // `first_line + (line within text) - 1`.
  int first_line = 1;
};

// What the dispatcher knows before reading: defaults from the file's path
// (`ic/L3.md` gives track "ic" and level "L3") that the document may override.
struct ReaderContext {
  const IngestOptions* options = nullptr;
  std::string track;
  std::string level;
};

// What a reader found.
struct ReadResult {
  std::vector<RawStatement> statements;
  std::string company;        // From front matter or document metadata.
  std::vector<Track> tracks;  // Level order the document declares, if any.
  std::vector<std::string> warnings;  // "file:line: what".
};

// Each reader returns InvalidArgument "file:line: what" for malformed input;
// an empty result is not an error here (the dispatcher decides).
absl::StatusOr<ReadResult> ReadMarkdown(const SourceFile& source,
                                        const ReaderContext& context);
absl::StatusOr<ReadResult> ReadYaml(const SourceFile& source,
                                    const ReaderContext& context);
absl::StatusOr<ReadResult> ReadJson(const SourceFile& source,
                                    const ReaderContext& context);
// `delimiter` is ',' for CSV and '\t' for TSV.
absl::StatusOr<ReadResult> ReadDelimited(const SourceFile& source,
                                         char delimiter,
                                         const ReaderContext& context);
absl::StatusOr<ReadResult> ReadHtml(const SourceFile& source,
                                    const ReaderContext& context);
absl::StatusOr<ReadResult> ReadJavaScript(const SourceFile& source,
                                          const ReaderContext& context);
absl::StatusOr<ReadResult> ReadText(const SourceFile& source,
                                    const ReaderContext& context);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_READER_H_
