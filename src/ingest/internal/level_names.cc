#include "ingest/internal/level_names.h"

#include <algorithm>
#include <initializer_list>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace laddermerge::internal {
namespace {

bool OneOf(absl::string_view word,
           std::initializer_list<absl::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

bool IsSeniority(absl::string_view w) {
  return OneOf(
      w, {"junior", "jr", "associate", "entry", "intermediate", "mid", "middle",
          "senior", "sr", "staff", "principal", "distinguished", "chief",
          "executive", "graduate", "trainee"});
}

// Rungs of proficiency scales that competency frameworks name levels with
// (Dreyfus's novice ... expert, the guilds' apprentice ... master).
bool IsProficiency(absl::string_view w) {
  return OneOf(
      w, {"novice", "beginner", "apprentice", "practitioner", "proficient",
          "competent", "expert", "master", "journeyman", "advanced"});
}

// Words that may stand before a role: "Senior *Software* Engineer".
constexpr absl::string_view kDomainWords =
    "software engineering technical tech technology program product "
    "project frontend front backend back end fullstack full stack "
    "mobile web data machine learning ml ai platform infrastructure "
    "infra site reliability security qa quality assurance test testing "
    "devops cloud systems system ios android embedded research "
    "individual team solutions application applications analytics "
    "network database release build support operations ops development "
    "people vice delivery ux ui hardware firmware automation";

// True when `word` is one of the space-separated words of `list`.
bool InList(absl::string_view list, absl::string_view word) {
  for (absl::string_view w : absl::StrSplit(list, ' ')) {
    if (w == word) return true;
  }
  return false;
}

bool IsDomainWord(absl::string_view w) { return InList(kDomainWords, w); }

bool IsRoleNoun(absl::string_view w) {
  return OneOf(
      w, {"engineer", "developer", "programmer", "manager",     "director",
          "lead",     "leader",    "architect",  "contributor", "scientist",
          "analyst",  "intern",    "vp",         "cto",         "head",
          "fellow",   "president", "officer",    "sre",         "swe",
          "sdet",     "tpm",       "em",         "ic",          "mgr",
          "sde"});
}

// Roles that are a rung by themselves, without a seniority word.
bool IsInherentLevel(absl::string_view role) {
  return OneOf(role, {"director", "vp", "cto", "head", "intern", "fellow",
                      "president", "officer"});
}

// Roles that only ever name a track.
bool IsTrackOnlyRole(absl::string_view role) {
  return OneOf(role, {"contributor", "ic", "em", "mgr"});
}

bool IsTrackSuffix(absl::string_view w) {
  return OneOf(w, {"track", "tracks", "ladder", "path", "skills",
                   "expectations", "competencies", "role", "roles"});
}

bool IsNumeral(absl::string_view w) {
  if (!w.empty() && w.size() <= 2 &&
      std::all_of(w.begin(), w.end(), absl::ascii_isdigit)) {
    return true;
  }
  return OneOf(w,
               {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"});
}

// 1-3 ASCII letters then 1-2 digits: L3, IC5, MG3, TPM4.
bool IsLevelCode(absl::string_view w) {
  size_t letters = 0;
  while (letters < w.size() && absl::ascii_isalpha(w[letters])) ++letters;
  const size_t digits = w.size() - letters;
  if (letters < 1 || letters > 3 || digits < 1 || digits > 2) return false;
  return std::all_of(w.begin() + letters, w.end(), absl::ascii_isdigit);
}

std::string TrackOfCode(absl::string_view code) {
  std::string prefix = absl::AsciiStrToLower(code);
  while (!prefix.empty() && absl::ascii_isdigit(prefix.back()))
    prefix.pop_back();
  if (OneOf(prefix, {"ic", "swe", "sde"})) return "ic";
  if (OneOf(prefix, {"m", "em", "mgr"})) return "management";
  if (prefix == "tl") return "tech lead";
  if (prefix == "tpm") return "technical program manager";
  return "";
}

struct Words {
  std::vector<std::string> original;
  std::vector<std::string> lower;
  size_t size() const { return lower.size(); }
  Words Tail(size_t from) const {
    Words w;
    w.original.assign(original.begin() + from, original.end());
    w.lower.assign(lower.begin() + from, lower.end());
    return w;
  }
  void PopBack() {
    original.pop_back();
    lower.pop_back();
  }
  std::string Joined() const { return absl::StrJoin(original, " "); }
};

Words SplitWords(absl::string_view text) {
  const std::string spaced = absl::StrReplaceAll(
      text, {{"\xE2\x80\x93", " "}, {"\xE2\x80\x94", " "}});  // En, em dash.
  Words words;
  for (absl::string_view w :
       absl::StrSplit(spaced, absl::ByAnyChar(" \t\n-:|/,;&+()[]{}*_.!?\"'"),
                      absl::SkipEmpty())) {
    words.original.emplace_back(w);
    words.lower.push_back(absl::AsciiStrToLower(w));
  }
  return words;
}

// "Level 2", "Grade 4", "Band 3".
bool IsLevelWordAndNumber(absl::string_view text) {
  const std::vector<absl::string_view> words =
      absl::StrSplit(text, ' ', absl::SkipEmpty());
  return words.size() == 2 &&
         OneOf(absl::AsciiStrToLower(words[0]),
               {"level", "grade", "band", "lvl"}) &&
         IsNumeral(absl::AsciiStrToLower(words[1]));
}

// Removes "(...)" groups; the first level code found inside one is kept in
// `*code`, the first other group's text in `*remark`.
std::string RemoveParentheticals(absl::string_view text, std::string* code,
                                 std::string* remark) {
  std::string out;
  int depth = 0;
  std::string inner;
  for (char c : text) {
    if (c == '(') {
      if (depth++ == 0) inner.clear();
    } else if (c == ')' && depth > 0) {
      if (--depth == 0 && code->empty() && IsLevelCode(inner)) {
        *code = absl::AsciiStrToUpper(inner);
      } else if (depth == 0 && code->empty() && IsLevelWordAndNumber(inner)) {
        *code = CleanSectionName(inner);  // "Engineer (Level 2)".
      } else if (depth == 0 && remark->empty()) {
        *remark = inner;
      }
    } else if (depth > 0) {
      inner.push_back(c);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string TrackOfRole(absl::string_view role, const Words& modifiers) {
  std::vector<std::string> domain;
  for (const std::string& w : modifiers.lower) {
    if (!IsSeniority(w) && w != "lead") domain.push_back(w);
  }
  const auto has = [&](absl::string_view w) {
    return std::find(domain.begin(), domain.end(), w) != domain.end();
  };
  if (role == "manager" &&
      (has("program") || has("product") || has("project"))) {
    return absl::StrCat(absl::StrJoin(domain, " "), " manager");
  }
  if (OneOf(role, {"manager", "director", "vp", "cto", "head", "president",
                   "officer", "em", "mgr"})) {
    return "management";
  }
  if (role == "tpm") return "technical program manager";
  if (role == "lead" || role == "leader") {
    if (has("tech") || has("technical")) return "tech lead";
    return absl::StrCat(absl::StrJoin(domain, " "), domain.empty() ? "" : " ",
                        "lead");
  }
  if (OneOf(role, {"scientist", "analyst"})) {
    return absl::StrCat(absl::StrJoin(domain, " "), domain.empty() ? "" : " ",
                        role);
  }
  return "ic";
}

std::string Singular(absl::string_view w) {
  if (w.size() > 3 && absl::EndsWith(w, "s")) {
    return std::string(w.substr(0, w.size() - 1));
  }
  return std::string(w);
}

struct RolePhrase {
  std::string role;
  bool plural = false;
  bool senior = false;   // Carries a seniority word.
  bool numeral = false;  // Ends in a number: "Engineer 2", "Engineer II".
  std::string track;
};

// True when every modifier before the role is a seniority or domain word.
bool ModifiersValid(const Words& mods, absl::string_view role, bool* senior) {
  for (size_t i = 0; i < mods.size(); ++i) {
    const std::string& w = mods.lower[i];
    const bool lead_prefix = w == "lead" && i == 0;
    // "Mid-level", "Entry-level", "Senior-level" Engineer.
    const bool level_suffix =
        w == "level" && i > 0 && IsSeniority(mods.lower[i - 1]);
    const bool role_as_domain = (w == "engineer" || w == "developer") &&
                                i + 1 == mods.size() &&
                                (role == "manager" || role == "director");
    if (IsSeniority(w) || lead_prefix) {
      *senior = true;
    } else if (!IsDomainWord(w) && !role_as_domain && !level_suffix) {
      return false;
    }
  }
  return true;
}

std::optional<RolePhrase> ParseRolePhrase(Words words) {
  RolePhrase phrase;
  const auto of = std::find(words.lower.begin(), words.lower.end(), "of");
  bool technical_staff = false;  // "[Senior] Member of Technical Staff".
  if (of != words.lower.end()) {
    const size_t at = static_cast<size_t>(of - words.lower.begin());
    const size_t tail = words.size() - at - 1;
    if (at == 0 || tail < 1 || tail > 3) return std::nullopt;
    technical_staff = tail == 2 && words.lower[at + 1] == "technical" &&
                      words.lower[at + 2] == "staff";
    words.original.resize(at);
    words.lower.resize(at);
  }
  if (words.size() >= 2 && IsNumeral(words.lower.back())) {
    phrase.numeral = true;
    words.PopBack();
  }
  if (words.size() == 0) return std::nullopt;
  const std::string last = words.lower.back();
  if (technical_staff && last == "member") {
    words.PopBack();
    phrase.role = "member";
    if (!ModifiersValid(words, phrase.role, &phrase.senior)) {
      return std::nullopt;
    }
    phrase.track = "ic";
    return phrase;
  }
  phrase.role = IsRoleNoun(last) ? last : Singular(last);
  if (!IsRoleNoun(phrase.role)) return std::nullopt;
  phrase.plural = phrase.role != last;
  words.PopBack();
  if (!ModifiersValid(words, phrase.role, &phrase.senior)) return std::nullopt;
  phrase.track = TrackOfRole(phrase.role, words);
  return phrase;
}

// "IC", "EM", "Engineering Management", "Management".
std::optional<std::string> ParseTrackMarker(const Words& words) {
  if (words.size() == 1 && OneOf(words.lower[0], {"ic", "swe"})) return "ic";
  if (words.size() == 1 && OneOf(words.lower[0], {"em", "mgr", "mgmt"})) {
    return "management";
  }
  if (words.size() >= 1 && words.lower.back() == "management" &&
      words.size() <= 2 &&
      (words.size() == 1 ||
       OneOf(words.lower[0], {"engineering", "software"}))) {
    return "management";
  }
  return std::nullopt;
}

// What follows a level code: nothing, a track marker, a role phrase, or a
// marker then a role phrase ("IC - Software Engineer").
std::optional<std::string> ParseCodeRest(const Words& rest) {
  if (rest.size() == 0) return "";
  // "E5 / Senior", "L4 - Senior Staff": seniority words alone.
  if (std::all_of(rest.lower.begin(), rest.lower.end(),
                  [](const std::string& w) { return IsSeniority(w); })) {
    return "";
  }
  if (auto marker = ParseTrackMarker(rest)) return *marker;
  if (auto role = ParseRolePhrase(rest)) return role->track;
  Words first = rest;
  while (first.size() > 1) first.PopBack();
  std::optional<std::string> marker = ParseTrackMarker(first);
  if (marker.has_value() && ParseRolePhrase(rest.Tail(1))) return marker;
  return std::nullopt;
}

// A level code ("L3 ...") or word ("Level 3 ..."). After a code, the rest
// must name a role or track, so that "Q4 Planning" stays a section; after
// the explicit word "Level", any title may follow ("Level 1: Foundations").
std::optional<LevelName> ParseCoded(const Words& words) {
  size_t rest_from = 0;
  std::string level;
  bool any_rest = false;
  if (IsLevelCode(words.original[0])) {
    level = absl::AsciiStrToUpper(words.original[0]);
    rest_from = 1;
  } else if (words.size() >= 2 &&
             OneOf(words.lower[0], {"level", "grade", "lvl", "band"}) &&
             IsNumeral(words.lower[1])) {
    level = absl::StrCat(words.original[0], " ", words.original[1]);
    rest_from = 2;
    any_rest = true;
  } else {
    return std::nullopt;
  }
  std::optional<std::string> track = ParseCodeRest(words.Tail(rest_from));
  if (!track.has_value() && any_rest) track = "";
  if (!track.has_value()) return std::nullopt;
  if (track->empty()) *track = TrackOfCode(level);
  return LevelName{level, *track};
}

std::optional<LevelName> ParseWords(const Words& words, PhraseContext context,
                                    bool track_suffix) {
  if (words.size() == 0) return std::nullopt;
  if (!track_suffix) {
    if (auto coded = ParseCoded(words)) return coded;
    if (std::all_of(words.lower.begin(), words.lower.end(),
                    [](auto& w) {
                      return IsSeniority(w) || w == "lead" || w == "level";
                    }) &&
        words.lower[0] != "level") {
      return LevelName{words.Joined(), ""};
    }
    // "Practitioner", "Advanced Beginner", "Expert".
    if (words.size() <= 2 &&
        std::all_of(words.lower.begin(), words.lower.end(),
                    [](auto& w) { return IsProficiency(w); })) {
      return LevelName{words.Joined(), ""};
    }
  }
  if (auto marker = ParseTrackMarker(words)) return LevelName{"", *marker};
  std::optional<RolePhrase> role = ParseRolePhrase(words);
  if (!role.has_value()) return std::nullopt;
  const bool is_level =
      !track_suffix && !role->plural && !IsTrackOnlyRole(role->role) &&
      (role->senior || role->numeral || IsInherentLevel(role->role) ||
       context == PhraseContext::kHeading);
  return LevelName{is_level ? words.Joined() : "", role->track};
}

bool IsStrippable(UChar32 c) {
  if (u_isUWhiteSpace(c)) return true;
  switch (u_charType(c)) {
    case U_OTHER_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_MATH_SYMBOL:
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_FORMAT_CHAR:
    case U_PRIVATE_USE_CHAR:
    case U_CONTROL_CHAR:
      return true;
    default:
      return c == ':' || c == '#' || c == '*';
  }
}

absl::string_view TrimDecorations(absl::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t begin = 0;
  int32_t end = static_cast<int32_t>(text.size());
  while (begin < end) {
    int32_t next = begin;
    UChar32 c;
    U8_NEXT(s, next, end, c);
    if (c >= 0 && !IsStrippable(c)) break;
    begin = next;
  }
  while (end > begin) {
    int32_t prev = end;
    UChar32 c;
    U8_PREV(s, begin, prev, c);
    if (c >= 0 && !IsStrippable(c)) break;
    end = prev;
  }
  return text.substr(begin, end - begin);
}

}  // namespace

std::string CleanSectionName(absl::string_view text) {
  std::string collapsed;
  for (absl::string_view w :
       absl::StrSplit(text, absl::ByAnyChar(" \t\n"), absl::SkipEmpty())) {
    if (!collapsed.empty()) collapsed.push_back(' ');
    collapsed.append(w.data(), w.size());
  }
  absl::string_view clean = TrimDecorations(collapsed);
  // A trailing attribute block of kramdown, Pandoc or Hugo headings:
  // "Engineer 1 {#engineer-1}", "Craft {.unnumbered}", "Scope {: .no_toc}".
  if (absl::EndsWith(clean, "}")) {
    const size_t open = clean.rfind('{');
    if (open != absl::string_view::npos && open > 0 &&
        open + 2 < clean.size() &&
        (clean[open + 1] == '#' || clean[open + 1] == '.' ||
         clean[open + 1] == ':')) {
      clean = TrimDecorations(clean.substr(0, open));
    }
  }
  while (clean.size() >= 2 && clean.front() == '[' && clean.back() == ']') {
    clean = TrimDecorations(clean.substr(1, clean.size() - 2));
  }
  return std::string(clean);
}

// "Senior Engineer - L4" (a title, a dash and a level code) as "Senior
// Engineer (L4)", which the parenthetical rule reads; other text unchanged.
std::string TrailingCodeAsParenthetical(std::string text) {
  for (absl::string_view dash : {" - ", " \u2013 ", " \u2014 ", " | "}) {
    const size_t at = absl::string_view(text).rfind(dash);
    if (at == std::string::npos || at == 0) continue;
    const absl::string_view tail =
        absl::string_view(text).substr(at + dash.size());
    const Words words = SplitWords(tail);
    if (words.size() != 1) continue;
    const std::optional<LevelName> coded = ParseCoded(words);
    if (!coded.has_value() || coded->level.empty()) continue;
    return absl::StrCat(text.substr(0, at), " (", tail, ")");
  }
  return text;
}

// "Software Engineer, Senior" (a title, a comma, seniority words or a
// numeral) as "Senior Software Engineer", "Director, Engineering" (domain
// words after the comma) as "Director of Engineering"; other text
// unchanged.
std::string InvertedSeniority(std::string text) {
  const size_t at = absl::string_view(text).rfind(", ");
  if (at == std::string::npos || at == 0) return text;
  const absl::string_view tail = absl::string_view(text).substr(at + 2);
  const Words words = SplitWords(tail);
  if (words.size() > 0 && words.size() <= 3 &&
      std::all_of(words.lower.begin(), words.lower.end(),
                  [](auto& w) { return IsDomainWord(w); })) {
    // "Director, Engineering" as "Director of Engineering".
    return absl::StrCat(text.substr(0, at), " of ", tail);
  }
  if (words.size() == 0 ||
      !std::all_of(words.lower.begin(), words.lower.end(),
                   [](auto& w) { return IsSeniority(w) || IsNumeral(w); })) {
    return text;
  }
  if (IsNumeral(words.lower[0])) {
    return absl::StrCat(text.substr(0, at), " ", tail);
  }
  return absl::StrCat(tail, " ", text.substr(0, at));
}

// "IC-3 Senior" as "IC3 Senior": a level code written with a hyphen
// (letters, '-', one or two digits) at the start.
std::string JoinedCode(std::string text) {
  size_t letters = 0;
  while (letters < text.size() && absl::ascii_isalpha(text[letters])) {
    ++letters;
  }
  if (letters < 1 || letters > 3 || letters + 1 >= text.size() ||
      text[letters] != '-') {
    return text;
  }
  size_t end = letters + 1;
  while (end < text.size() && absl::ascii_isdigit(text[end])) ++end;
  const size_t digits = end - letters - 1;
  if (digits < 1 || digits > 2 ||
      (end < text.size() && absl::ascii_isalnum(text[end]))) {
    return text;
  }
  text.erase(letters, 1);
  return text;
}

std::optional<LevelName> ParseLevelName(absl::string_view text,
                                        PhraseContext context) {
  std::string code, remark;
  const std::string outside = RemoveParentheticals(
      TrailingCodeAsParenthetical(
          InvertedSeniority(JoinedCode(CleanSectionName(text)))),
      &code, &remark);
  Words words = SplitWords(outside);
  bool track_suffix = false;
  while (words.size() >= 2 && IsTrackSuffix(words.lower.back())) {
    words.PopBack();
    track_suffix = true;
  }
  std::optional<LevelName> name = ParseWords(words, context, track_suffix);
  if (name.has_value() && !code.empty() && !name->level.empty()) {
    name->level = code;
    if (name->track.empty()) name->track = TrackOfCode(code);
  }
  // "Level 3 (Senior Engineer)": the title in parentheses gives the track.
  if (name.has_value() && !name->level.empty() && name->track.empty() &&
      !remark.empty()) {
    const std::optional<RolePhrase> role = ParseRolePhrase(SplitWords(remark));
    if (role.has_value()) name->track = role->track;
  }
  return name;
}

std::optional<LevelPrefix> SplitLevelPrefix(absl::string_view text) {
  text = absl::StripAsciiWhitespace(text);
  size_t best = absl::string_view::npos, width = 0;
  for (absl::string_view separator : kLevelSeparators) {
    const size_t at = text.find(separator);
    if (at != absl::string_view::npos && at < best) {
      best = at;
      width = separator.size();
    }
  }
  // A level's name is a few words: "Senior Software Engineer II".
  if (best == absl::string_view::npos || best == 0 || best > 48) {
    return std::nullopt;
  }
  const absl::string_view rest =
      absl::StripAsciiWhitespace(text.substr(best + width));
  const std::vector<absl::string_view> words =
      absl::StrSplit(rest, ' ', absl::SkipEmpty());
  if (words.size() < 3) return std::nullopt;
  std::optional<LevelName> name =
      ParseLevelName(text.substr(0, best), PhraseContext::kTitle);
  if (!name.has_value() || name->level.empty()) return std::nullopt;
  return LevelPrefix{*std::move(name), std::string(rest)};
}

std::string NormalizeTrackName(absl::string_view name) {
  const Words words = SplitWords(CleanSectionName(name));
  if (words.size() == 0) return "";
  if (std::optional<LevelName> parsed =
          ParseLevelName(words.Joined(), PhraseContext::kTitle);
      parsed.has_value() && !parsed->track.empty()) {
    return parsed->track;
  }
  return absl::StrJoin(words.lower, " ");
}

bool IsNavigationHeading(absl::string_view text) {
  const std::string lower = absl::AsciiStrToLower(CleanSectionName(text));
  return OneOf(lower, {"table of contents",
                       "contents",
                       "toc",
                       "on this page",
                       "in this article",
                       "in this document",
                       "related",
                       "related resources",
                       "related links",
                       "related pages",
                       "resources",
                       "additional resources",
                       "further reading",
                       "reading list",
                       "see also",
                       "references",
                       "links",
                       "useful links",
                       "other pages",
                       "navigation",
                       "faq",
                       "faqs",
                       "frequently asked questions",
                       "changelog",
                       "change log",
                       "license",
                       "licence",
                       "contributing",
                       "credits",
                       "acknowledgements",
                       "acknowledgments"});
}

}  // namespace laddermerge::internal
