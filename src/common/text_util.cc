#include "common/text_util.h"

#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace laddermerge {

namespace {

// The length in bytes of a symbol that stands in for a bullet at the start
// of `text` (arrows, box drawing, geometric shapes, miscellaneous symbols,
// dingbats, emoji; with an emoji variation selector), or 0.
size_t SymbolBulletLength(absl::string_view text) {
  const auto byte = [&](size_t i) {
    return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u;
  };
  uint32_t c = 0;
  size_t n = 0;
  if ((byte(0) & 0xF0) == 0xE0 && (byte(1) & 0xC0) == 0x80 &&
      (byte(2) & 0xC0) == 0x80) {
    c = ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    n = 3;
  } else if ((byte(0) & 0xF8) == 0xF0 && (byte(1) & 0xC0) == 0x80 &&
             (byte(2) & 0xC0) == 0x80 && (byte(3) & 0xC0) == 0x80) {
    c = ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) |
        ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F);
    n = 4;
  } else {
    return 0;
  }
  const bool symbol = (c >= 0x2190 && c <= 0x21FF) ||  // Arrows.
                      (c >= 0x2500 && c <= 0x27BF) ||  // Shapes, dingbats.
                      (c >= 0x2B00 && c <= 0x2BFF) ||  // More arrows, stars.
                      (c >= 0x1F300 && c <= 0x1FAFF);  // Emoji.
  if (!symbol) return 0;
  // U+FE0F, the emoji presentation selector: EF B8 8F.
  if (byte(n) == 0xEF && byte(n + 1) == 0xB8 && byte(n + 2) == 0x8F) n += 3;
  return n;
}

}  // namespace

absl::string_view StripListMarker(absl::string_view text) {
  text = absl::StripAsciiWhitespace(text);
  for (absl::string_view bullet :
       {"- ", "* ", "+ ", "\xE2\x80\xA2 " /* • */, "\xC2\xB7 " /* · */,
        "\xE2\x80\xA3 " /* ‣ */, "\xE2\x97\xA6 " /* ◦ */,
        "\xE2\x96\xAA " /* ▪ */, "\xE2\x80\x93 " /* – */}) {
    if (absl::StartsWith(text, bullet)) {
      return absl::StripAsciiWhitespace(text.substr(bullet.size()));
    }
  }
  if (const size_t symbol = SymbolBulletLength(text);
      symbol > 0 && symbol < text.size() && text[symbol] == ' ') {
    return absl::StripAsciiWhitespace(text.substr(symbol + 1));
  }
  size_t digits = 0;
  while (digits < text.size() && digits < 4 &&
         absl::ascii_isdigit(text[digits])) {
    ++digits;
  }
  if (digits > 0 && digits <= 3 && text.size() > digits + 1 &&
      (text[digits] == '.' || text[digits] == ')') && text[digits + 1] == ' ') {
    return absl::StripAsciiWhitespace(text.substr(digits + 2));
  }
  return text;
}

std::string EscapeControlCharacters(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u != 0x7F) {
      out.push_back(c);
    } else if (c == '\n') {
      out.append("\\n");
    } else if (c == '\r') {
      out.append("\\r");
    } else if (c == '\t') {
      out.append("\\t");
    } else {
      constexpr char kHex[] = "0123456789abcdef";
      out.append("\\x");
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 0xF]);
    }
  }
  return out;
}

}  // namespace laddermerge
