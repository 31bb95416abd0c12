// libFuzzer harness: the plain-text reader, and the Markdown sniffing that
// decides whether a .txt file is read as Markdown instead.
#include <cstddef>
#include <cstdint>

#include "fuzz_util.h"
#include "ingest/internal/levels.h"
#include "ingest/internal/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  laddermerge::fuzz::FuzzReader(laddermerge::internal::ReadText, "fuzz.txt",
                                data, size);
  const absl::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (laddermerge::fuzz::IsValidUtf8(bytes)) {
    laddermerge::internal::LooksLikeMarkdown(bytes);
  }
  return 0;
}
