#include "ingest/internal/decode.h"

#include <algorithm>
#include <memory>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

namespace laddermerge::internal {
namespace {

// Bytes looked at to decide whether a file is mostly control characters.
constexpr size_t kBinarySample = 64 * 1024;

// Length of the valid UTF-8 sequence starting at `s[i]`, or 0 if invalid
// (overlong forms, surrogates and code points above U+10FFFF included).
size_t Utf8SequenceLength(absl::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) return 1;
  size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (size_t k = 2; k < len; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return len;
}

// The line of byte `offset`, counting line ends as NormalizeLineEnds does:
// "\n", "\r\n" and a lone "\r".
int LineAt(absl::string_view s, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset; ++i) {
    if (s[i] == '\n' ||
        (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n'))) {
      ++line;
    }
  }
  return line;
}

// UTF-16 with its byte order mark removed, converted to UTF-8. An odd byte
// count or an unpaired surrogate is InvalidArgument at the line reached.
absl::StatusOr<std::string> DecodeUtf16(absl::string_view path,
                                        absl::string_view bytes,
                                        const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> converter(
      ucnv_open(charset, &status), ucnv_close);
  if (U_FAILURE(status)) {
    return absl::InternalError(
        absl::StrCat(path, ":1: cannot open ", charset,
                     " converter: ", u_errorName(status)));
  }
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr,
                      nullptr, nullptr, &status);
  std::vector<UChar> units(bytes.size() / 2 + 1);
  UChar* target = units.data();
  const char* source = bytes.data();
  ucnv_toUnicode(converter.get(), &target, units.data() + units.size(), &source,
                 bytes.data() + bytes.size(), nullptr,
                 /*flush=*/true, &status);
  const icu::UnicodeString text(units.data(),
                                static_cast<int32_t>(target - units.data()));
  if (U_FAILURE(status)) {
    const int line =
        1 + static_cast<int>(std::count(
                text.getBuffer(), text.getBuffer() + text.length(), u'\n'));
    return absl::InvalidArgumentError(
        absl::StrCat(path, ":", line, ": invalid ", charset));
  }
  std::string utf8;
  text.toUTF8String(utf8);
  return utf8;
}

// Binary files: a NUL byte, or control characters (other than tab, line
// breaks and form feed) in more than a tenth of the first 64 KiB. Office
// documents and PDFs, which people try first, get a hint of what to export.
absl::Status CheckNotBinary(absl::string_view path, absl::string_view text) {
  struct Document {
    absl::string_view magic;
    absl::string_view what;
  };
  for (const Document& d :
       {Document{"PK\x03\x04",
                 "an Excel, Word or OpenDocument file (a ZIP archive); save "
                 "spreadsheets as CSV and documents as HTML, Markdown or text"},
        Document{absl::string_view("\xD0\xCF\x11\xE0", 4),
                 "an old-style Excel or Word file; save spreadsheets as CSV "
                 "and documents as HTML, Markdown or text"},
        Document{"%PDF-", "a PDF; export it as HTML or text"}}) {
    if (absl::StartsWith(text, d.magic)) {
      return absl::InvalidArgumentError(absl::StrCat(path, ":1: ", d.what));
    }
  }
  if (const size_t nul = text.find('\0'); nul != absl::string_view::npos) {
    return absl::InvalidArgumentError(absl::StrCat(
        path, ":", LineAt(text, nul), ": binary content (NUL byte)"));
  }
  const absl::string_view sample = text.substr(0, kBinarySample);
  const size_t controls =
      std::count_if(sample.begin(), sample.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') ||
               u == 0x7F;
      });
  if (controls * 10 > sample.size()) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ":1: binary content (control characters)"));
  }
  return absl::OkStatus();
}

// True when the invalid UTF-8 in `bytes` is consistently Windows-1252: no
// byte that Windows-1252 leaves undefined, and no valid multi-byte UTF-8
// sequence at all (a mix of both encodings is not one encoding).
bool IsConsistentlyCp1252(absl::string_view bytes) {
  for (size_t i = 0; i < bytes.size(); ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (b < 0x80) continue;
    if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
      return false;
    }
    const size_t len = Utf8SequenceLength(bytes, i);
    if (len > 1) return false;
  }
  return true;
}

std::string DecodeCp1252(absl::string_view bytes) {
  const icu::UnicodeString text(
      bytes.data(), static_cast<int32_t>(bytes.size()), "windows-1252");
  std::string utf8;
  text.toUTF8String(utf8);
  return utf8;
}

// Validates UTF-8, falling back to Windows-1252 (with a warning) when the
// whole file is consistently that. `skipped` bytes (a byte order mark) came
// before the text in the file; offsets in errors count them.
absl::Status ToValidUtf8(absl::string_view path, size_t skipped,
                         DecodedText* decoded) {
  const absl::string_view bytes = decoded->text;
  for (size_t i = 0; i < bytes.size();) {
    const size_t len = Utf8SequenceLength(bytes, i);
    if (len > 0) {
      i += len;
      continue;
    }
    if (!IsConsistentlyCp1252(bytes)) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", LineAt(bytes, i), ": invalid UTF-8 at byte ",
                       skipped + i));
    }
    decoded->text = DecodeCp1252(bytes);
    decoded->warnings.push_back(
        absl::StrCat(path, ":1: not UTF-8; read as Windows-1252"));
    return absl::OkStatus();
  }
  return absl::OkStatus();
}

std::string NormalizeLineEnds(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

}  // namespace

absl::StatusOr<DecodedText> DecodeBytes(absl::string_view path,
                                        absl::string_view bytes) {
  DecodedText decoded;
  size_t skipped = 0;
  if (absl::StartsWith(bytes, "\xFF\xFE") ||
      absl::StartsWith(bytes, "\xFE\xFF")) {
    const char* charset = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    absl::StatusOr<std::string> utf8 =
        DecodeUtf16(path, bytes.substr(2), charset);
    if (!utf8.ok()) return utf8.status();
    decoded.text = *std::move(utf8);
  } else {
    if (absl::StartsWith(bytes, "\xEF\xBB\xBF")) {
      bytes.remove_prefix(3);
      skipped = 3;
    }
    decoded.text = std::string(bytes);
  }
  if (decoded.text.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(path, ":1: empty file"));
  }
  if (absl::Status s = CheckNotBinary(path, decoded.text); !s.ok()) return s;
  if (absl::Status s = ToValidUtf8(path, skipped, &decoded); !s.ok()) {
    return s;
  }
  decoded.text = NormalizeLineEnds(decoded.text);
  return decoded;
}

}  // namespace laddermerge::internal
