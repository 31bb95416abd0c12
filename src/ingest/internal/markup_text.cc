#include "ingest/internal/markup_text.h"

#include <algorithm>
#include <initializer_list>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

#include "ingest/internal/level_names.h"

namespace laddermerge::internal {
namespace {

// Unicode spaces that TrimSpace removes besides ASCII whitespace.
constexpr absl::string_view kUnicodeSpaces[] = {
    "\xC2\xA0",      // U+00A0 no-break space
    "\xE2\x80\x8B",  // U+200B zero-width space
    "\xE3\x80\x80",  // U+3000 ideographic space
    "\xEF\xBB\xBF",  // U+FEFF byte order mark
};

size_t UnicodeSpaceAt(absl::string_view text, size_t i) {
  for (absl::string_view space : kUnicodeSpaces) {
    if (text.substr(i, space.size()) == space) return space.size();
  }
  // U+2000..U+200A are E2 80 80..8A.
  if (text.size() >= i + 3 && text.substr(i, 2) == "\xE2\x80" &&
      static_cast<unsigned char>(text[i + 2]) <= 0x8A) {
    return 3;
  }
  return 0;
}

size_t UnicodeSpaceEndingAt(absl::string_view text, size_t end) {
  for (size_t n : {2u, 3u}) {
    if (end >= n && UnicodeSpaceAt(text, end - n) == n) return n;
  }
  return 0;
}

// Replaces bytes [begin, end) of `text` by spaces, keeping '\n'.
void Blank(std::string& text, size_t begin, size_t end) {
  for (size_t i = begin; i < end && i < text.size(); ++i) {
    if (text[i] != '\n') text[i] = ' ';
  }
}

// End (exclusive) of the first `close` at or after `from`, or npos.
size_t EndOf(absl::string_view text, absl::string_view close, size_t from) {
  if (from == absl::string_view::npos) return from;
  const size_t at = text.find(close, from);
  return at == absl::string_view::npos ? at : at + close.size();
}

// End (exclusive) of the template construct starting at `i`, or npos.
size_t TemplateEnd(absl::string_view text, size_t i) {
  const absl::string_view rest = text.substr(i);
  if (absl::StartsWith(rest, "{%")) {
    const size_t end = EndOf(text, "%}", i + 2);
    if (end == text.npos) return end;
    const absl::string_view tag = text.substr(i, end - i);
    if (absl::StrContains(tag, "comment") && !absl::StrContains(tag, "end")) {
      const size_t close = EndOf(text, "endcomment", end);
      if (close != text.npos) return EndOf(text, "%}", close);
    }
    return end;
  }
  if (absl::StartsWith(rest, "{{")) return EndOf(text, "}}", i + 2);
  if (absl::StartsWith(rest, "{::comment}")) {
    return EndOf(text, "}", EndOf(text, "{:/", i));
  }
  if (absl::StartsWith(rest, "{:")) {
    const size_t end = EndOf(text, "}", i);
    if (end == text.npos || end > text.find('\n', i)) return text.npos;
    return end;
  }
  return text.npos;
}

}  // namespace

absl::string_view TrimSpace(absl::string_view text) {
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end) {
    if (absl::ascii_isspace(text[begin])) {
      ++begin;
    } else if (size_t n = UnicodeSpaceAt(text, begin); n > 0) {
      begin += n;
    } else {
      break;
    }
  }
  while (end > begin) {
    if (absl::ascii_isspace(text[end - 1])) {
      --end;
    } else if (size_t n = UnicodeSpaceEndingAt(text, end); n > 0) {
      end -= n;
    } else {
      break;
    }
  }
  return text.substr(begin, end - begin);
}

bool HasListMarker(absl::string_view text) {
  return StripListMarker(text).size() != TrimSpace(text).size();
}

int CountWords(absl::string_view text) {
  int words = 0;
  for (absl::string_view w :
       absl::StrSplit(text, absl::ByAnyChar(" \t\n"), absl::SkipEmpty())) {
    if (std::any_of(w.begin(), w.end(), [](char c) {
          return absl::ascii_isalnum(c) ||
                 static_cast<unsigned char>(c) >= 0x80;
        })) {
      ++words;
    }
  }
  return words;
}

bool IsBlankOrPunctuation(absl::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) {
                       return absl::ascii_isspace(c) || absl::ascii_ispunct(c);
                     }) ||
         TrimSpace(text).empty();
}

bool IsPlaceholder(absl::string_view text) {
  std::string lower = absl::AsciiStrToLower(TrimSpace(text));
  while (!lower.empty() && (lower.back() == '.' || lower.back() == '!')) {
    lower.pop_back();
  }
  if (IsBlankOrPunctuation(lower)) return true;
  for (absl::string_view exact :
       {"n/a", "na", "tbd", "tbc", "todo", "none", "nil", "same",
        "same as above", "see above", "\xE2\x80\x94", "\xE2\x80\x93",
        "\xE2\x80\xA6"}) {
    if (lower == exact) return true;
  }
  if (absl::StartsWith(lower, "todo:") || absl::StartsWith(lower, "tbd:")) {
    return true;
  }
  return absl::StartsWith(lower, "same as ") && CountWords(lower) <= 5;
}

bool IsLabelLike(absl::string_view text, int max_words) {
  text = TrimSpace(text);
  if (text.empty() || absl::StrContains(text, '\n')) return false;
  if (CountWords(text) > max_words) return false;
  const char last = text.back();
  return last != '.' && last != '!' && last != '?' && last != ';';
}

bool IsPlainLabel(absl::string_view text) {
  text = TrimSpace(text);
  return IsLabelLike(text, 4) && text.back() != ':' &&
         absl::ascii_isupper(static_cast<unsigned char>(text.front()));
}

bool LabelsSublist(absl::string_view item_text) {
  item_text = TrimSpace(item_text);
  return !item_text.empty() &&
         (item_text.back() == ':' || IsLabelLike(item_text, 3));
}

bool IntroducesDetails(absl::string_view item_text) {
  item_text = TrimSpace(item_text);
  return !item_text.empty() && item_text.back() == ':' &&
         CountWords(item_text) >= 6;
}

std::string JoinSection(absl::string_view outer, absl::string_view inner) {
  const std::string clean = CleanSectionName(inner);
  if (outer.empty()) return clean;
  if (clean.empty()) return std::string(outer);
  return absl::StrCat(outer, " > ", clean);
}

std::string BlankTemplateMarkup(absl::string_view text) {
  std::string out(text);
  size_t i = 0;
  while ((i = out.find('{', i)) != std::string::npos) {
    const size_t end = TemplateEnd(out, i);
    if (end == std::string::npos || end <= i) {
      ++i;
      continue;
    }
    Blank(out, i, end);
    i = end;
  }
  return out;
}

}  // namespace laddermerge::internal
