// Helpers for reader tests: run a reader on inline text and describe its
// statements as one comparable string each,
//   "<line> <I|P> <level>/<track> [<section>] <text>"
// where I is StatementKind::kItem and P kParagraph.
#ifndef LADDERMERGE_TESTS_INGEST_READER_TESTING_H_
#define LADDERMERGE_TESTS_INGEST_READER_TESTING_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"

#include "ingest/ingest.h"
#include "ingest/internal/reader.h"

namespace laddermerge::internal {

inline std::string Describe(const RawStatement& s) {
  return absl::StrCat(s.line,
                      s.kind == StatementKind::kParagraph ? " P " : " I ",
                      s.level, "/", s.track, " [", s.section, "] ", s.text);
}

inline std::vector<std::string> DescribeAll(const ReadResult& result) {
  std::vector<std::string> out;
  for (const RawStatement& s : result.statements) out.push_back(Describe(s));
  return out;
}

// Names parameterized cases by their `name` field.
struct CaseName {
  template <typename Case>
  std::string operator()(const testing::TestParamInfo<Case>& param) const {
    return param.param.name;
  }
};

using Reader = absl::StatusOr<ReadResult> (*)(const SourceFile&,
                                              const ReaderContext&);

inline absl::StatusOr<ReadResult> ReadWith(
    Reader reader, absl::string_view text, absl::string_view path,
    const IngestOptions& options = IngestOptions(), int first_line = 1) {
  const SourceFile source{std::string(path), std::string(text), first_line};
  ReaderContext context;
  context.options = &options;
  return reader(source, context);
}

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_TESTS_INGEST_READER_TESTING_H_
