// libFuzzer harness: the encoding repair. Raw bytes go through the decoder
// (byte order marks, UTF-16, Windows-1252 fallback, binary detection, line
// ends), then the text through the normalize stage (mojibake repair, markup
// removal, sentence splitting, NFC, whitespace), as one item and as one
// paragraph. Every output must be valid UTF-8 and keep its line inside the
// text.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "common/check.h"
#include "fuzz_util.h"
#include "ingest/ingest.h"
#include "normalize/internal/markup.h"
#include "normalize/internal/mojibake.h"
#include "normalize/normalize.h"

namespace laddermerge {
namespace {

constexpr char kPath[] = "fuzz.txt";

RawCorpus OneStatementOfEachKind(const std::string& text) {
  RawLadder ladder;
  ladder.name = "fuzz";
  ladder.files = {kPath};
  for (StatementKind kind : {StatementKind::kItem, StatementKind::kParagraph}) {
    RawStatement s;
    s.text = text;
    s.file = kPath;
    s.line = 1;
    s.kind = kind;
    ladder.statements.push_back(std::move(s));
  }
  RawCorpus raw;
  raw.ladders.push_back(std::move(ladder));
  return raw;
}

void CheckRepairs(const std::string& text) {
  std::string repaired = text;
  LM_CHECK(internal::RepairMojibake(&repaired) >= 0);
  LM_CHECK(fuzz::IsValidUtf8(repaired)) << "mojibake repair broke UTF-8";
  LM_CHECK(fuzz::IsValidUtf8(internal::RemoveInlineMarkup(text)))
      << "markup removal broke UTF-8";
  const std::string normalized = NormalizeText(text);
  LM_CHECK(fuzz::IsValidUtf8(normalized)) << "NormalizeText broke UTF-8";
}

void CheckNormalize(const std::string& text) {
  const int last_line =
      1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  absl::StatusOr<Corpus> corpus =
      Normalize(OneStatementOfEachKind(text), NormalizeOptions());
  if (!corpus.ok()) {
    fuzz::CheckErrorLine(corpus.status(), kPath);
    return;
  }
  for (const Statement& s : corpus->ladders[0].statements) {
    LM_CHECK(fuzz::IsValidUtf8(s.text)) << "normalized text is not UTF-8";
    LM_CHECK(s.line >= 1 && s.line <= last_line) << "line " << s.line;
    LM_CHECK(!s.text.empty() && s.text.front() != ' ' && s.text.back() != ' ')
        << "'" << s.text << "'";
  }
}

}  // namespace
}  // namespace laddermerge

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::optional<laddermerge::internal::SourceFile> source =
      laddermerge::fuzz::DecodeForReader(laddermerge::kPath, data, size);
  if (!source) return 0;
  laddermerge::CheckRepairs(source->text);
  laddermerge::CheckNormalize(source->text);
  return 0;
}
