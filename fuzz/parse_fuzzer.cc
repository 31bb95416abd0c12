// libFuzzer harness: the whole `parse` path, as `laddermerge parse FILE`
// runs it: the input is written to a file, then read by Ingest (extension
// dispatch, decoding, content sniffing, the reader, tracks and levels),
// Normalize and ParseJson. The first byte picks the file's extension (see
// kExtensions; scripts/fuzz.sh prefixes each seed with its own), the rest is
// the file.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include <unistd.h>

#include "common/check.h"
#include "fuzz_util.h"
#include "ingest/ingest.h"
#include "normalize/normalize.h"
#include "report/report.h"

namespace laddermerge {
namespace {

constexpr const char* kExtensions[] = {".md",  ".yaml", ".json", ".csv",
                                       ".tsv", ".html", ".js",   ".txt",
                                       "",     ".rst"};
constexpr size_t kNumExtensions = sizeof(kExtensions) / sizeof(kExtensions[0]);

// A directory of this process for the input file: in memory when /dev/shm
// is there, else under $TMPDIR or /tmp.
const std::string& ScratchDirectory() {
  static const std::string* const dir = [] {
    const char* tmp = std::getenv("TMPDIR");
    std::string base = access("/dev/shm", W_OK) == 0 ? "/dev/shm"
                       : tmp != nullptr              ? tmp
                                                     : "/tmp";
    std::string path =
        absl::StrCat(base, "/laddermerge_parse_fuzzer_", getpid(), "_XXXXXX");
    LM_CHECK(mkdtemp(path.data()) != nullptr) << "cannot create " << path;
    std::atexit([] { rmdir(ScratchDirectory().c_str()); });
    return new std::string(std::move(path));
  }();
  return *dir;
}

void WriteFile(const std::string& path, const uint8_t* data, size_t size) {
  FILE* file = std::fopen(path.c_str(), "wb");
  LM_CHECK(file != nullptr) << "cannot write " << path;
  LM_CHECK(std::fwrite(data, 1, size, file) == size) << path;
  LM_CHECK(std::fclose(file) == 0) << path;
}

void Parse(const std::string& path) {
  absl::StatusOr<RawCorpus> raw =
      Ingest({InputSpec{"", path, false}}, IngestOptions());
  if (!raw.ok()) {
    fuzz::CheckErrorLine(raw.status(), path);
    return;
  }
  absl::StatusOr<Corpus> corpus =
      Normalize(*std::move(raw), NormalizeOptions());
  if (!corpus.ok()) {
    fuzz::CheckErrorLine(corpus.status(), path);
    return;
  }
  const std::string json = ParseJson(*corpus);
  LM_CHECK(fuzz::IsValidUtf8(json)) << "parse output is not UTF-8";
}

}  // namespace
}  // namespace laddermerge

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const char* extension =
      laddermerge::kExtensions[data[0] % laddermerge::kNumExtensions];
  const std::string path =
      absl::StrCat(laddermerge::ScratchDirectory(), "/ladder", extension);
  laddermerge::WriteFile(path, data + 1, size - 1);
  laddermerge::Parse(path);
  std::remove(path.c_str());
  return 0;
}
