// libFuzzer harness: the HTML reader (libxml2's HTML parser, the page
// walker) on decoded file bytes.
#include <cstddef>
#include <cstdint>

#include "fuzz_util.h"
#include "ingest/internal/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  laddermerge::fuzz::FuzzReader(laddermerge::internal::ReadHtml, "fuzz.html",
                                data, size);
  return 0;
}
