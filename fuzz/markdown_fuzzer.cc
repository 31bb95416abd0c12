// libFuzzer harness: the Markdown reader (cmark-gfm, front matter,
// embedded HTML, tables, outline) on decoded file bytes.
#include <cstddef>
#include <cstdint>

#include "fuzz_util.h"
#include "ingest/internal/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  laddermerge::fuzz::FuzzReader(laddermerge::internal::ReadMarkdown, "fuzz.md",
                                data, size);
  return 0;
}
