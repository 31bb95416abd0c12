// Names of tracks, levels and sections in structured ladders (YAML, JSON,
// JavaScript literals, CSV headers): cleaning them for display and telling
// which kind of thing a name denotes.
//
//   CleanName("🧑‍🚀 Rookie")          -> "Rookie"
//   LooksLikeLevelName("MG3")        -> true
//   LooksLikeLevelName("Teamwork")   -> false
//   TrackFromLevelName("Lead Engineer (People Manager)") -> "management"
//
// These are heuristics over English ladder vocabulary; they run on short
// names only. All functions are pure and thread-safe, O(length of name).
//
// Level names are recognized by level_names.h's grammar (shared with the
// Markdown and HTML readers) plus a few structured-ladder conventions.
#ifndef LADDERMERGE_INGEST_INTERNAL_STRUCTURE_NAMES_H_
#define LADDERMERGE_INGEST_INTERNAL_STRUCTURE_NAMES_H_

#include <string>

#include "absl/strings/string_view.h"

namespace laddermerge::internal {

// `name` without emoji (pictographs, skin tones, keycaps, flags), zero-width
// joiners, variation selectors and invisible spaces, with whitespace runs
// collapsed to one space and trimmed. Input must be valid UTF-8.
std::string CleanName(absl::string_view name);

// An identifier-like name made readable: "technical-skills" and
// "technical_skills" -> "Technical skills", "communication" ->
// "Communication". Anything that is not all lowercase ASCII letters, digits,
// '-' and '_' (or has no letter) is returned unchanged.
std::string HumanizeIdentifier(absl::string_view name);

// True for level names: anything ParseLevelName (level_names.h) reads as a
// level in a heading ("L3", "IC4", "Level 3", "Senior Engineer", "Software
// Engineer", "Engineer II"), plus "Milestone 3"-style level nouns with a
// number and hyphenated codes ("ic-5").
bool LooksLikeLevelName(absl::string_view name);

// True for names of career tracks: "IC", "Individual Contributor",
// "Management", "Engineering Manager", "Tech Lead", ... with optional
// "track"/"path"/"ladder" words. Skill areas ("Mobile", "Leadership") are
// not tracks.
bool LooksLikeTrackName(absl::string_view name);

// True for a bare level number as written in a field: "3", "2.5".
bool IsLevelNumber(absl::string_view value);

// The level named by a `level:`-like field or column: its cleaned value,
// or for a bare number the number after the key's noun: (`3`, "grade") ->
// "Grade 3", (`2`, "Level") or (`2`, "job_level") -> "Level 2".
std::string LevelFromValue(absl::string_view value, absl::string_view key);

// "ic" for level names that say individual contributor, "management" for
// manager, director and executive levels, "" otherwise.
std::string TrackFromLevelName(absl::string_view level);

// True if `text` holds at least one letter (any script).
bool HasLetter(absl::string_view text);

// True for strings that are references rather than prose: URLs, paths
// ("core/communication/3"), anchors, kebab- or snake-case identifiers and
// UUIDs, i.e. one whitespace-free token that is not a plain word.
bool LooksLikeReference(absl::string_view text);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_STRUCTURE_NAMES_H_
