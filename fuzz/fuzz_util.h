// Shared by the libFuzzer harnesses in this directory. A harness feeds one
// input to one entry point, then checks the contracts its callers rely on,
// so that a broken contract is a finding even when nothing crashes:
//   - an error is one line "PATH:LINE: what" with LINE >= 1, and never
//     Internal (which would be our bug);
//   - every statement's line lies inside its file, and all its text fields
//     are valid UTF-8.
// A failed check aborts through LM_CHECK, which libFuzzer reports as a crash.
//
//   extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
//     laddermerge::fuzz::FuzzReader(laddermerge::internal::ReadYaml,
//                                   "fuzz.yml", data, size);
//     return 0;
//   }
#ifndef LADDERMERGE_FUZZ_FUZZ_UTIL_H_
#define LADDERMERGE_FUZZ_FUZZ_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <optional>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

#include "ingest/internal/reader.h"

namespace laddermerge::fuzz {

// True when `text` is well-formed UTF-8 (no overlong forms, surrogates or
// code points above U+10FFFF). Written independently of ingest's decoder so
// that it can judge it.
bool IsValidUtf8(absl::string_view text);

// Aborts unless `status` is OK or a one-line, non-Internal error that starts
// with "`path`:LINE: " for a LINE >= 1.
void CheckErrorLine(const absl::Status& status, absl::string_view path);

// Aborts unless every statement of `result` has a line inside `source`
// (first_line up to its last line) and valid UTF-8 text, level, track and
// section; for an error, applies CheckErrorLine.
void CheckReadResult(const absl::StatusOr<internal::ReadResult>& result,
                     const internal::SourceFile& source);

// The bytes decoded as the ingest dispatcher decodes a file (DecodeBytes),
// checking that decoded text is valid UTF-8 with '\n' line ends and no NUL,
// and that a rejection is a proper error line. nullopt when rejected.
std::optional<internal::SourceFile> DecodeForReader(absl::string_view path,
                                                    const uint8_t* data,
                                                    size_t size);

using ReaderFunction = absl::StatusOr<internal::ReadResult> (*)(
    const internal::SourceFile&, const internal::ReaderContext&);

// Decodes the bytes, runs `reader` on them with default IngestOptions (as
// file `path`) and checks the result.
void FuzzReader(ReaderFunction reader, absl::string_view path,
                const uint8_t* data, size_t size);

}  // namespace laddermerge::fuzz

#endif  // LADDERMERGE_FUZZ_FUZZ_UTIL_H_
