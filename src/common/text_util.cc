#include "common/text_util.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace laddermerge {

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
