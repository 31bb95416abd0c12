// libFuzzer harness: the plain-text reader, the Markdown and RST sniffing
// that decides whether a .txt file is read as Markdown instead, and the RST
// rewrite (which must keep every line where it was, in valid UTF-8).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "common/check.h"
#include "fuzz_util.h"
#include "ingest/internal/levels.h"
#include "ingest/internal/reader.h"
#include "ingest/internal/rst_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  laddermerge::fuzz::FuzzReader(laddermerge::internal::ReadText, "fuzz.txt",
                                data, size);
  const absl::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (laddermerge::fuzz::IsValidUtf8(bytes)) {
    laddermerge::internal::LooksLikeMarkdown(bytes);
    laddermerge::internal::LooksTabDelimited(bytes);
    laddermerge::internal::HasRstTitles(bytes);
    const std::string markdown = laddermerge::internal::RstToMarkdown(bytes);
    LM_CHECK(std::count(markdown.begin(), markdown.end(), '\n') ==
             std::count(bytes.begin(), bytes.end(), '\n'))
        << "RstToMarkdown moved lines";
    LM_CHECK(laddermerge::fuzz::IsValidUtf8(markdown))
        << "RstToMarkdown made invalid UTF-8";
  }
  return 0;
}
