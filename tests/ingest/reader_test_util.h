// Helpers for the per-format reader tests: run a reader on text and render
// its statements compactly, so expectations read like the ladder.
//
//   EXPECT_THAT(Describe(*ReadText(ReadYaml, "f.yml", text)),
//               ElementsAre("3|ic|L1|Delivery|Ships small features"));
#ifndef LADDERMERGE_TESTS_INGEST_READER_TEST_UTIL_H_
#define LADDERMERGE_TESTS_INGEST_READER_TEST_UTIL_H_

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"

#include "ingest/internal/reader.h"

namespace laddermerge::internal {

using ReaderFunction = absl::StatusOr<ReadResult> (*)(const SourceFile&,
                                                      const ReaderContext&);

// Runs `reader` on `text` as if it were file `path` starting at file line
// `first_line`, with `options` (defaults if null).
inline absl::StatusOr<ReadResult> ReadText(
    ReaderFunction reader, const std::string& path, const std::string& text,
    int first_line = 1, const IngestOptions* options = nullptr) {
  static const IngestOptions kDefaults;
  ReaderContext context;
  context.options = options == nullptr ? &kDefaults : options;
  return reader(SourceFile{path, text, first_line}, context);
}

// "line|track|level|section|text" for each statement, in order.
inline std::vector<std::string> Describe(const ReadResult& result) {
  std::vector<std::string> out;
  for (const RawStatement& s : result.statements) {
    out.push_back(absl::StrCat(s.line, "|", s.track, "|", s.level, "|",
                               s.section, "|", s.text));
  }
  return out;
}

// "track: level, level" for each declared track.
inline std::vector<std::string> DescribeTracks(const ReadResult& result) {
  std::vector<std::string> out;
  for (const Track& t : result.tracks) {
    std::string levels;
    for (const std::string& l : t.levels) {
      absl::StrAppend(&levels, levels.empty() ? "" : ", ", l);
    }
    out.push_back(absl::StrCat(t.name, ": ", levels));
  }
  return out;
}

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_TESTS_INGEST_READER_TEST_UTIL_H_
