#include "normalize/internal/markup.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace laddermerge::internal {
namespace {

// A tag or link longer than this is not one: it is text with a stray '<'.
constexpr size_t kMaxTagBytes = 1000;

bool SpaceAt(absl::string_view s, size_t i) {
  return i >= s.size() || absl::ascii_isspace(s[i]);
}

// A letter or digit at s[i] (any byte >= 0x80 counts, as part of a
// non-ASCII letter); false outside the text.
bool WordAt(absl::string_view s, size_t i) {
  return i < s.size() && (absl::ascii_isalnum(s[i]) ||
                          static_cast<unsigned char>(s[i]) >= 0x80);
}

void AppendNewlines(absl::string_view skipped, std::string* out) {
  out->append(std::count(skipped.begin(), skipped.end(), '\n'), '\n');
}

// Replaces HTML tags and comments by a space (keeping their line breaks)
// and autolinks by their address.
std::string RemoveTags(absl::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '<') {
      out.push_back(s[i]);
      continue;
    }
    const absl::string_view rest = s.substr(i);
    const bool comment = absl::StartsWith(rest, "<!--");
    const absl::string_view window = s.substr(0, i + kMaxTagBytes);
    const size_t close = comment ? window.find("-->", i) : window.find('>', i);
    const bool autolink = absl::StartsWith(rest, "<http://") ||
                          absl::StartsWith(rest, "<https://") ||
                          absl::StartsWith(rest, "<mailto:");
    const bool tag = i + 1 < s.size() && (absl::ascii_isalpha(s[i + 1]) ||
                                          s[i + 1] == '/' || s[i + 1] == '!');
    const size_t next_open = s.find('<', i + 1);
    if (close == absl::string_view::npos || !(comment || tag) ||
        (!comment && next_open < close)) {
      out.push_back(s[i]);
      continue;
    }
    const size_t end = close + (comment ? 3 : 1);
    if (autolink) {
      absl::StrAppend(&out, s.substr(i + 1, close - i - 1));
    } else {
      out.push_back(' ');
      AppendNewlines(s.substr(i, end - i), &out);
    }
    i = end - 1;
  }
  return out;
}

// Position of the bracket that closes the one at s[open] ('(' or '['),
// allowing one level of nesting as in "(https://x/a_(b))"; npos if none
// within kMaxTagBytes.
size_t ClosingBracket(absl::string_view s, size_t open) {
  const char opening = s[open];
  const char closing = opening == '(' ? ')' : ']';
  int depth = 0;
  const size_t limit = std::min(s.size(), open + kMaxTagBytes);
  for (size_t i = open; i < limit; ++i) {
    if (s[i] == opening) ++depth;
    if (s[i] == closing && --depth == 0) return i;
  }
  return absl::string_view::npos;
}

// [text](url), [text][ref], ![alt](src) -> text / alt.
std::string RemoveLinks(absl::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool image = s[i] == '!' && i + 1 < s.size() && s[i + 1] == '[';
    if (s[i] != '[' && !image) {
      out.push_back(s[i]);
      continue;
    }
    const size_t open = image ? i + 1 : i;
    const size_t close = s.substr(0, open + kMaxTagBytes).find(']', open);
    const size_t nested = s.find('[', open + 1);
    if (close == absl::string_view::npos || nested < close ||
        close + 1 >= s.size() || (s[close + 1] != '(' && s[close + 1] != '[')) {
      out.push_back(s[i]);
      continue;
    }
    const size_t end = ClosingBracket(s, close + 1);
    if (end == absl::string_view::npos) {
      out.push_back(s[i]);
      continue;
    }
    absl::StrAppend(&out, s.substr(open + 1, close - open - 1));
    AppendNewlines(s.substr(close, end - close), &out);
    i = end;
  }
  return out;
}

// `code` -> code, for backtick runs of equal length.
std::string RemoveCodeSpans(absl::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s[i] != '`') {
      out.push_back(s[i++]);
      continue;
    }
    size_t run = s.find_first_not_of('`', i);
    if (run == absl::string_view::npos) run = s.size();
    const absl::string_view fence = s.substr(i, run - i);
    size_t close = s.find(fence, run);
    while (close != absl::string_view::npos &&
           close + fence.size() < s.size() && s[close + fence.size()] == '`') {
      close = s.find(fence, s.find_first_not_of('`', close));
    }
    if (close == absl::string_view::npos) {
      absl::StrAppend(&out, fence);
    } else {
      absl::StrAppend(&out,
                      absl::StripAsciiWhitespace(s.substr(run, close - run)));
      run = close + fence.size();
    }
    i = run;
  }
  return out;
}

struct Delimiter {
  size_t pos;
  bool open;   // Can open: not followed by a space.
  bool close;  // Can close: not preceded by a space.
};

// Runs of exactly `width` (or, for width 2, three) `c` characters.
std::vector<Delimiter> FindDelimiters(absl::string_view s, char c,
                                      size_t width) {
  std::vector<Delimiter> found;
  for (size_t i = 0; i < s.size();) {
    if (s[i] != c) {
      ++i;
      continue;
    }
    const size_t end = std::min(s.find_first_not_of(c, i), s.size());
    const size_t length = end - i;
    if (length == width || (width == 2 && length == 3)) {
      // `_` may not open or close inside a word (snake_case).
      const bool word_ok = c == '*';
      found.push_back(
          {i,
           !SpaceAt(s, i + length) && (word_ok || i == 0 || !WordAt(s, i - 1)),
           i > 0 && !SpaceAt(s, i - 1) && (word_ok || !WordAt(s, end))});
    }
    i = end;
  }
  return found;
}

// Removes emphasis delimiters of `width` `c` characters that pair up as
// opener and closer. With `drop_unmatched`, delimiters that find no partner
// are removed too.
std::string RemoveEmphasis(absl::string_view s, char c, size_t width,
                           bool drop_unmatched) {
  const std::vector<Delimiter> found = FindDelimiters(s, c, width);
  std::vector<bool> remove(found.size(), drop_unmatched);
  int opener = -1;
  for (size_t k = 0; k < found.size(); ++k) {
    if (found[k].close && opener >= 0) {
      remove[opener] = remove[k] = true;
      opener = -1;
    } else if (found[k].open) {
      opener = static_cast<int>(k);
    }
  }
  std::string out;
  size_t copied = 0;
  for (size_t k = 0; k < found.size(); ++k) {
    if (!remove[k]) continue;
    absl::StrAppend(&out, s.substr(copied, found[k].pos - copied));
    copied = found[k].pos + width;
  }
  absl::StrAppend(&out, s.substr(copied));
  return out;
}

constexpr std::pair<const char*, uint32_t> kEntities[] = {
    {"amp", '&'},       {"lt", '<'},       {"gt", '>'},       {"quot", '"'},
    {"apos", '\''},     {"nbsp", 0xA0},    {"ensp", 0x2002},  {"emsp", 0x2003},
    {"thinsp", 0x2009}, {"shy", 0xAD},     {"ndash", 0x2013}, {"mdash", 0x2014},
    {"hellip", 0x2026}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"sbquo", 0x201A},
    {"ldquo", 0x201C},  {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"laquo", 0xAB},
    {"raquo", 0xBB},    {"bull", 0x2022},  {"middot", 0xB7},  {"copy", 0xA9},
    {"reg", 0xAE},      {"trade", 0x2122}, {"times", 0xD7},   {"deg", 0xB0},
    {"eacute", 0xE9},   {"egrave", 0xE8},  {"agrave", 0xE0},  {"aacute", 0xE1},
    {"uuml", 0xFC},     {"ouml", 0xF6},    {"auml", 0xE4},    {"szlig", 0xDF},
    {"ccedil", 0xE7},   {"ntilde", 0xF1},  {"rarr", 0x2192},  {"larr", 0x2190},
};

void AppendUtf8(uint32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// The code point of entity `name` ("amp", "#39", "#x2019"), or 0.
uint32_t EntityValue(absl::string_view name) {
  if (absl::StartsWith(name, "#")) {
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    const absl::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) return 0;
    uint32_t value = 0;
    for (char c : digits) {
      const int d = absl::ascii_isdigit(c) ? c - '0'
                    : hex && absl::ascii_isxdigit(c)
                        ? absl::ascii_tolower(c) - 'a' + 10
                        : -1;
      if (d < 0) return 0;
      value = value * (hex ? 16 : 10) + d;
    }
    const bool valid =
        value > 0 && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF);
    return valid ? value : 0;
  }
  for (const auto& [entity, value] : kEntities) {
    if (name == entity) return value;
  }
  return 0;
}

}  // namespace

std::string RemoveInlineMarkup(absl::string_view text) {
  std::string s = RemoveCodeSpans(RemoveLinks(RemoveTags(text)));
  s = RemoveEmphasis(s, '*', 2, /*drop_unmatched=*/true);
  s = RemoveEmphasis(s, '_', 2, false);
  s = RemoveEmphasis(s, '*', 1, false);
  s = RemoveEmphasis(s, '_', 1, false);
  return DecodeHtmlEntities(s);
}

std::string DecodeHtmlEntities(absl::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const size_t semicolon = text[i] == '&'
                                 ? text.substr(0, i + 12).find(';', i)
                                 : absl::string_view::npos;
    const uint32_t value =
        semicolon == absl::string_view::npos
            ? 0
            : EntityValue(text.substr(i + 1, semicolon - i - 1));
    if (value == 0) {
      out.push_back(text[i]);
      continue;
    }
    AppendUtf8(value, &out);
    i = semicolon;
  }
  return out;
}

}  // namespace laddermerge::internal
