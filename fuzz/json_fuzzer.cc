// libFuzzer harness: the JSON reader (nlohmann-json, the structure
// walker) on decoded file bytes.
#include <cstddef>
#include <cstdint>

#include "fuzz_util.h"
#include "ingest/internal/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  laddermerge::fuzz::FuzzReader(laddermerge::internal::ReadJson, "fuzz.json",
                                data, size);
  return 0;
}
