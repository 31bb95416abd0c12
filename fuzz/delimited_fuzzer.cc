// libFuzzer harness: the CSV/TSV reader (RFC 4180 records, table layout,
// cell splitting) on decoded file bytes, as CSV and as TSV.
#include <cstddef>
#include <cstdint>

#include "absl/status/statusor.h"

#include "fuzz_util.h"
#include "ingest/internal/reader.h"

namespace laddermerge::internal {
namespace {

absl::StatusOr<ReadResult> ReadCsv(const SourceFile& source,
                                   const ReaderContext& context) {
  return ReadDelimited(source, ',', context);
}

absl::StatusOr<ReadResult> ReadTsv(const SourceFile& source,
                                   const ReaderContext& context) {
  return ReadDelimited(source, '\t', context);
}

}  // namespace
}  // namespace laddermerge::internal

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  laddermerge::fuzz::FuzzReader(laddermerge::internal::ReadCsv, "fuzz.csv",
                                data, size);
  laddermerge::fuzz::FuzzReader(laddermerge::internal::ReadTsv, "fuzz.tsv",
                                data, size);
  return 0;
}
