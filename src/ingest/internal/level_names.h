// Recognizing the names of levels and tracks where ladders write them: in
// headings ("## D1 - Developer 1", "# L4 EM - Software Engineer",
// "## Senior Engineer"), table headers ("Engineer 1", "M2"), file names
// ("ic3_software_engineer", "senior-engineer") and metadata ("track: EM").
//
//   std::optional<LevelName> name =
//       ParseLevelName("IC3 Software Engineer", PhraseContext::kTitle);
//   // name->level == "IC3", name->track == "ic"
//   ParseLevelName("Delivery", PhraseContext::kHeading);  // std::nullopt
//
// The grammar is deliberately conservative: a phrase is a level or track name
// only when every word of it is accounted for, so competency headings such as
// "Project Management" or "Tech Lead vs Engineering Manager" stay sections.
//
//   level code   1-4 letters and 1-2 digits: L3, IC5, M2, MG3, TPM4 (kept in
//                upper case), optionally followed by a track marker (IC, EM)
//                and/or a role phrase: "L1 IC - Software Engineer", or by
//                seniority words: "E5 / Senior";
//   level word   "Level 3", "Grade 4";
//   role phrase  [seniority] [domain words] role-noun [numeral] [of X]:
//                "Senior Software Engineer", "Engineer II", "Director of
//                Engineering", "Tech Lead", "Engineering Managers";
//   seniority    "Junior", "Senior", "Staff", ... on their own;
//   track phrase "Individual Contributors", "Engineering Management",
//                "[Engineering Manager Skills]", "IC track".
//
// A role phrase names a level when it carries a seniority word or a numeral,
// or when its role is a level by itself (Director, VP, CTO, Intern). A bare
// singular role ("Engineering Manager") names a level inside a document but
// a track in a title, a table header or a file name; a plural role
// ("Engineers") always names a track.
//
// Everything here is a pure function of its arguments: thread-safe, O(length).
#ifndef LADDERMERGE_INGEST_INTERNAL_LEVEL_NAMES_H_
#define LADDERMERGE_INGEST_INTERNAL_LEVEL_NAMES_H_

#include <optional>
#include <string>

#include "absl/strings/string_view.h"

namespace laddermerge::internal {

// What a phrase names. At least one field is non-empty.
struct LevelName {
  std::string level;  // "IC3", "Senior Engineer"; "" when only a track.
  std::string track;  // "ic", "management", another role ("tech lead"), "".
};

// Where a phrase was found; decides what a bare role means.
enum class PhraseContext {
  kHeading,  // A heading inside a document: "## Engineer" is a level.
  kTitle,    // A document title, table header, file or directory name:
             // "# Engineer" is the track the document describes.
};

// The level and/or track that `text` names, or nullopt when it names neither
// (an ordinary section title). `text` may carry emoji, brackets and
// parenthesized remarks: "Tech Lead (System)", "[Engineering Manager
// Skills]". A level code in parentheses wins: "Engineer 1 (IC2)" is "IC2";
// a title in parentheses gives a track: "Level 3 (Senior Engineer)" is
// "Level 3" on track "ic".
std::optional<LevelName> ParseLevelName(absl::string_view text,
                                        PhraseContext context);

// A statement that starts with the level it belongs to, "L3: Designs
// services" or "Senior Engineer - Mentors others" (as lists under a
// competency heading write them): the level named and the text after the
// separator (": ", " - " or a dash). nullopt unless the prefix names a level
// as a title would (ParseLevelName, kTitle: a bare role such as "Developer:
// writes code" describes a role, not a level) and the rest has at least
// three words.
// What separates a level's name from the text after it on one line:
// "L3: ...", "Level 1 - Apprentice", en and em dashes.
inline constexpr absl::string_view kLevelSeparators[] = {" - ", " \u2013 ",
                                                         " \u2014 ", ": "};

struct LevelPrefix {
  LevelName name;
  std::string rest;
};
std::optional<LevelPrefix> SplitLevelPrefix(absl::string_view text);

// Maps a track name as written to "ic" or "management" when recognizable
// ("IC", "individual contributor", "engineer", "developer" -> "ic"; "EM",
// "manager", "director", "management" -> "management"), else to the name in
// lower case with separators as spaces ("Tech-Lead" -> "tech lead").
// Returns "" for an empty or blank name.
std::string NormalizeTrackName(absl::string_view name);

// True when a heading introduces navigation or reference material rather
// than ladder content: "Table of contents", "Contents", "Further reading",
// "Related resources", "See also", "Other pages", "FAQ".
bool IsNavigationHeading(absl::string_view text);

// Heading or label text with decorations removed for use as a section name:
// surrounding whitespace, emoji and other symbols ("🏆 Results" ->
// "Results"), and brackets around the whole text ("[Skills]" -> "Skills").
std::string CleanSectionName(absl::string_view text);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_LEVEL_NAMES_H_
