#include "fuzz_util.h"

#include <algorithm>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

#include "common/check.h"
#include "ingest/internal/decode.h"

namespace laddermerge::fuzz {
namespace {

// The number of the last line of `text` ('\n'-separated) in its file.
int LastLine(const internal::SourceFile& source) {
  return source.first_line + static_cast<int>(std::count(
                                 source.text.begin(), source.text.end(), '\n'));
}

}  // namespace

bool IsValidUtf8(absl::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    uint32_t code_point = 0;
    size_t len = 0;
    if (b0 < 0x80) {
      ++i;
      continue;
    } else if ((b0 & 0xE0) == 0xC0) {
      len = 2, code_point = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
      len = 3, code_point = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0) {
      len = 4, code_point = b0 & 0x07;
    } else {
      return false;
    }
    if (i + len > text.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      const auto b = static_cast<unsigned char>(text[i + k]);
      if ((b & 0xC0) != 0x80) return false;
      code_point = (code_point << 6) | (b & 0x3F);
    }
    static constexpr uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code_point < kSmallest[len] || code_point > 0x10FFFF ||
        (code_point >= 0xD800 && code_point <= 0xDFFF)) {
      return false;
    }
    i += len;
  }
  return true;
}

void CheckErrorLine(const absl::Status& status, absl::string_view path) {
  if (status.ok()) return;
  const absl::string_view message = status.message();
  LM_CHECK(status.code() != absl::StatusCode::kInternal) << status;
  LM_CHECK(!absl::StrContains(message, '\n')) << "not one line: " << status;
  const std::string prefix = absl::StrCat(path, ":");
  LM_CHECK(absl::StartsWith(message, prefix)) << "no file: " << status;
  size_t i = prefix.size();
  while (i < message.size() && absl::ascii_isdigit(message[i])) ++i;
  LM_CHECK(i > prefix.size() && message[prefix.size()] != '0')
      << "no line: " << status;
  LM_CHECK(absl::StartsWith(message.substr(i), ": ")) << status;
}

void CheckReadResult(const absl::StatusOr<internal::ReadResult>& result,
                     const internal::SourceFile& source) {
  if (!result.ok()) {
    CheckErrorLine(result.status(), source.path);
    return;
  }
  const int last_line = LastLine(source);
  for (const RawStatement& s : result->statements) {
    LM_CHECK(s.line >= source.first_line && s.line <= last_line)
        << "line " << s.line << " outside " << source.first_line << ".."
        << last_line << " for '" << s.text << "'";
    LM_CHECK(IsValidUtf8(s.text)) << "invalid UTF-8 text";
    LM_CHECK(IsValidUtf8(s.level) && IsValidUtf8(s.track) &&
             IsValidUtf8(s.section))
        << "invalid UTF-8 in level, track or section";
  }
  for (const std::string& warning : result->warnings) {
    LM_CHECK(!absl::StrContains(warning, '\n')) << "warning: " << warning;
  }
}

std::optional<internal::SourceFile> DecodeForReader(absl::string_view path,
                                                    const uint8_t* data,
                                                    size_t size) {
  const absl::string_view bytes(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<internal::DecodedText> decoded =
      internal::DecodeBytes(path, bytes);
  if (!decoded.ok()) {
    CheckErrorLine(decoded.status(), path);
    return std::nullopt;
  }
  const std::string& text = decoded->text;
  LM_CHECK(!text.empty()) << "empty text accepted";
  LM_CHECK(IsValidUtf8(text)) << "decoded text is not valid UTF-8";
  LM_CHECK(!absl::StrContains(text, '\r')) << "CR left in decoded text";
  LM_CHECK(!absl::StrContains(text, '\0')) << "NUL left in decoded text";
  return internal::SourceFile{std::string(path), decoded->text, 1};
}

void FuzzReader(ReaderFunction reader, absl::string_view path,
                const uint8_t* data, size_t size) {
  const std::optional<internal::SourceFile> source =
      DecodeForReader(path, data, size);
  if (!source) return;
  static const IngestOptions* const kOptions = new IngestOptions();
  internal::ReaderContext context;
  context.options = kOptions;
  CheckReadResult(reader(*source, context), *source);
}

}  // namespace laddermerge::fuzz
