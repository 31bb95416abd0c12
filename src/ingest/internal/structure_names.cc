#include "ingest/internal/structure_names.h"

#include <algorithm>
#include <optional>
#include <set>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "ingest/internal/level_names.h"
#include "ingest/internal/structure_vocabulary.h"

namespace laddermerge::internal {
namespace {

bool IsEmojiPart(UChar32 c) {
  return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ||
         u_hasBinaryProperty(c, UCHAR_EMOJI_MODIFIER) ||
         u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR) || c == 0x200D ||
         c == 0x20E3 || (c >= 0xFE00 && c <= 0xFE0F) ||
         (c >= 0xE0020 && c <= 0xE007F);
}

bool IsInvisible(UChar32 c) {
  return c == 0x200B || c == 0x200C || c == 0x2060 || c == 0xFEFF ||
         c == 0x00AD;
}

// Lowercase ASCII words of a name, split at anything that is not a letter
// or digit.
std::vector<std::string> Words(absl::string_view name) {
  std::vector<std::string> words;
  for (absl::string_view w :
       absl::StrSplit(name, absl::ByAnyChar(" \t-_.,:;()/&+'\"[]"))) {
    if (!w.empty()) words.push_back(absl::AsciiStrToLower(w));
  }
  return words;
}

bool IsNumberOrRoman(absl::string_view w) {
  static const auto* const kRoman = new std::set<std::string>{
      "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
  if (kRoman->count(std::string(w)) > 0) return true;
  if (w.empty() || w.size() > 3) return false;
  for (char c : w) {
    if (!absl::ascii_isdigit(c)) return false;
  }
  return true;
}

// "l3", "ic4", "mg1", "tpm4", "p2", "l3.1" (already split into words, so
// "ic 4" arrives as "ic", "4").
bool IsLevelCode(const std::vector<std::string>& words) {
  const std::string joined = absl::StrJoin(words, "");
  size_t letters = 0;
  while (letters < joined.size() && absl::ascii_isalpha(joined[letters])) {
    ++letters;
  }
  const size_t digits = joined.size() - letters;
  if (letters < 1 || letters > 4 || digits < 1 || digits > 3) return false;
  for (size_t i = letters; i < joined.size(); ++i) {
    if (!absl::ascii_isdigit(joined[i])) return false;
  }
  return words.size() <= 3;
}

bool Contains(const std::set<std::string>& set, absl::string_view w) {
  return set.count(std::string(w)) > 0;
}

}  // namespace

std::string CleanName(absl::string_view name) {
  std::string out;
  bool space = false;
  const auto* s = reinterpret_cast<const uint8_t*>(name.data());
  const int32_t length = static_cast<int32_t>(name.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0 || IsEmojiPart(c) || IsInvisible(c)) continue;
    if (u_isUWhiteSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.append(name.data() + start, static_cast<size_t>(i - start));
  }
  return out;
}

std::string HumanizeIdentifier(absl::string_view name) {
  bool letter = false;
  for (char c : name) {
    if (absl::ascii_islower(c)) {
      letter = true;
    } else if (!absl::ascii_isdigit(c) && c != '-' && c != '_') {
      return std::string(name);
    }
  }
  if (!letter) return std::string(name);
  std::string out = absl::StrJoin(
      absl::StrSplit(name, absl::ByAnyChar("-_"), absl::SkipEmpty()), " ");
  if (!out.empty()) out[0] = absl::ascii_toupper(out[0]);
  return out;
}

bool LooksLikeLevelName(absl::string_view name) {
  // The level grammar shared with the Markdown/HTML readers decides first;
  // structured ladders add level nouns it does not know ("Milestone 3",
  // "Step 2") and hyphenated codes ("ic-5").
  if (const std::optional<LevelName> parsed =
          ParseLevelName(name, PhraseContext::kHeading);
      parsed.has_value() && !parsed->level.empty()) {
    return true;
  }
  static const auto* const kLevelNouns =
      new std::set<std::string>{"level", "lvl",   "grade",     "band", "tier",
                                "step",  "stage", "milestone", "rung"};
  const std::vector<std::string> words = Words(name);
  if (words.empty() || words.size() > 8) return false;
  if (IsLevelCode(words)) return true;
  return words.size() >= 2 && Contains(*kLevelNouns, words[0]) &&
         IsNumberOrRoman(words[1]);
}

bool LooksLikeTrackName(absl::string_view name) {
  static const auto* const kTracks =
      new std::set<std::string>{"ic",
                                "ics",
                                "individual contributor",
                                "individual contributors",
                                "engineer",
                                "engineers",
                                "engineering",
                                "manager",
                                "managers",
                                "management",
                                "engineering manager",
                                "engineering managers",
                                "engineering management",
                                "people manager",
                                "people managers",
                                "people management",
                                "people leadership",
                                "tech lead",
                                "tech leads",
                                "technical lead",
                                "technical leads",
                                "tpm",
                                "technical program manager",
                                "technical program management",
                                "em",
                                "executive"};
  std::vector<std::string> kept;
  for (std::string& w : Words(name)) {
    if (w != "track" && w != "tracks" && w != "path" && w != "ladder" &&
        w != "career") {
      kept.push_back(std::move(w));
    }
  }
  return Contains(*kTracks, absl::StrJoin(kept, " "));
}

bool IsLevelNumber(absl::string_view value) {
  return !value.empty() && std::all_of(value.begin(), value.end(), [](char c) {
    return absl::ascii_isdigit(c) || c == '.';
  });
}

std::string LevelFromValue(absl::string_view value, absl::string_view key) {
  std::string level = CleanName(value);
  if (!IsLevelNumber(level)) return level;
  // `level: 2` -> "Level 2", `grade: 3` -> "Grade 3".
  std::string noun = NormalizeKey(key);
  if (noun.empty() || absl::StrContains(noun, "level")) noun = "level";
  noun[0] = absl::ascii_toupper(noun[0]);
  return absl::StrCat(noun, " ", level);
}

std::string TrackFromLevelName(absl::string_view level) {
  const std::vector<std::string> words = Words(level);
  const std::string joined = absl::StrCat(" ", absl::StrJoin(words, " "), " ");
  if (absl::StrContains(joined, " individual contributor") ||
      absl::StrContains(joined, " ic ")) {
    return "ic";
  }
  for (absl::string_view w : {" manager ", " management ", " director ", " vp ",
                              " cto ", " head of "}) {
    if (absl::StrContains(joined, w)) return "management";
  }
  return "";
}

bool HasLetter(absl::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && u_isalpha(c)) return true;
  }
  return false;
}

bool LooksLikeReference(absl::string_view text) {
  text = absl::StripAsciiWhitespace(text);
  if (text.empty()) return false;
  for (char c : text) {
    if (absl::ascii_isspace(c)) return false;
  }
  if (absl::StrContains(text, "://") || absl::StrContains(text, '/') ||
      absl::StartsWith(text, "#") || absl::StartsWith(text, "$")) {
    return true;
  }
  bool separator = false;
  for (char c : text) {
    if (c == '-' || c == '_') {
      separator = true;
    } else if (!absl::ascii_isalnum(c) || absl::ascii_isupper(c)) {
      return false;
    }
  }
  return separator;
}

}  // namespace laddermerge::internal
