#include "report/internal/escape.h"

#include <cstdint>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace laddermerge::internal {
namespace {

constexpr absl::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence at the start of `s`, 0 if invalid.
size_t ValidSequenceLength(absl::string_view s) {
  const auto byte = [&](size_t i) { return static_cast<uint8_t>(s[i]); };
  const uint8_t lead = byte(0);
  if (lead < 0x80) return 1;
  size_t length = 0;
  uint32_t min = 0;
  uint32_t code = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, min = 0x80, code = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, min = 0x800, code = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, min = 0x10000, code = lead & 0x07;
  } else {
    return 0;
  }
  if (s.size() < length) return 0;
  for (size_t i = 1; i < length; ++i) {
    if ((byte(i) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (byte(i) & 0x3F);
  }
  const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
  if (code < min || code > 0x10FFFF || surrogate) return 0;
  return length;
}

// The code point of a valid sequence of `length` bytes.
uint32_t Decode(absl::string_view s, size_t length) {
  static constexpr uint8_t kLeadMask[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
  uint32_t code = static_cast<uint8_t>(s[0]) & kLeadMask[length];
  for (size_t i = 1; i < length; ++i) {
    code = (code << 6) | (static_cast<uint8_t>(s[i]) & 0x3F);
  }
  return code;
}

// Calls `emit(sequence, code_point)` for each character of sanitized `text`.
template <typename Emit>
void ForEachCharacter(absl::string_view text, Emit emit) {
  while (!text.empty()) {
    const size_t length = ValidSequenceLength(text);
    if (length == 0) {
      emit(kReplacement, 0xFFFD);
      text.remove_prefix(1);
      continue;
    }
    emit(text.substr(0, length), Decode(text, length));
    text.remove_prefix(length);
  }
}

bool IsAsciiControl(uint32_t c) { return c < 0x20 || c == 0x7F; }

}  // namespace

std::string SanitizeUtf8(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachCharacter(text, [&](absl::string_view s, uint32_t) {
    out.append(s.data(), s.size());
  });
  return out;
}

std::string HtmlEscape(absl::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  ForEachCharacter(text, [&](absl::string_view s, uint32_t c) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.append(s.data(), s.size());
    }
  });
  return out;
}

std::string CsvField(absl::string_view text) {
  const std::string clean = SanitizeUtf8(text);
  const bool quote =
      clean.find_first_of(",\"\r\n") != std::string::npos ||
      (!clean.empty() && (clean.front() == ' ' || clean.back() == ' '));
  if (!quote) return clean;
  std::string out = "\"";
  for (char c : clean) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string SpreadsheetText(absl::string_view text) {
  if (!text.empty() && absl::string_view("=+-@\t\r").find(text.front()) !=
                           absl::string_view::npos) {
    return absl::StrCat("'", text);
  }
  return std::string(text);
}

std::string YamlQuoted(absl::string_view text) {
  std::string out = "\"";
  ForEachCharacter(text, [&](absl::string_view s, uint32_t c) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out.append(s.data(), s.size());
    } else if (c == '\n' || c == '\t' || c == '\r') {
      out += c == '\n' ? "\\n" : c == '\t' ? "\\t" : "\\r";
    } else if (IsAsciiControl(c) || (c >= 0x80 && c <= 0x9F)) {
      absl::StrAppendFormat(&out, "\\x%02X", c);
    } else if (c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
      absl::StrAppendFormat(&out, "\\u%04X", c);
    } else {
      out.append(s.data(), s.size());
    }
  });
  out += '"';
  return out;
}

std::string MarkdownInline(absl::string_view text) {
  const std::string clean = OneLine(text);
  // Where the text would start a block (heading, quote, list item) when it
  // opens a line or a list item.
  size_t block_marker = std::string::npos;
  if (!clean.empty() &&
      absl::string_view("#>+-").find(clean[0]) != absl::string_view::npos) {
    block_marker = 0;
  } else {
    const size_t digits = clean.find_first_not_of("0123456789");
    if (digits > 0 && digits != std::string::npos &&
        (clean[digits] == '.' || clean[digits] == ')')) {
      block_marker = digits;
    }
  }
  std::string out;
  out.reserve(clean.size() + clean.size() / 8);
  for (size_t i = 0; i < clean.size(); ++i) {
    const char c = clean[i];
    const bool entity_start =
        c == '&' && i + 1 < clean.size() &&
        (absl::ascii_isalnum(clean[i + 1]) || clean[i + 1] == '#');
    if (i == block_marker || entity_start ||
        absl::string_view("\\`*_[]<>|~").find(c) != absl::string_view::npos) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

std::string OneLine(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachCharacter(text, [&](absl::string_view s, uint32_t c) {
    const bool line_break = c == 0x85 || c == 0x2028 || c == 0x2029;
    if (IsAsciiControl(c) || line_break) {
      out += ' ';
    } else {
      out.append(s.data(), s.size());
    }
  });
  return out;
}

}  // namespace laddermerge::internal
