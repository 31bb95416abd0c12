// libFuzzer harness: the JavaScript data-module reader (the
// literal extractor, the structure walker) on decoded file bytes.
#include <cstddef>
#include <cstdint>

#include "fuzz_util.h"
#include "ingest/internal/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  laddermerge::fuzz::FuzzReader(laddermerge::internal::ReadJavaScript,
                                "fuzz.js", data, size);
  return 0;
}
