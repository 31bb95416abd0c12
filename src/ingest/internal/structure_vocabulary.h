// The key vocabulary of structured ladders: what a YAML/JSON/JavaScript key
// says about its value. The structure walker decides by these roles and by
// the shape of the values, never by company.
//
//   const Vocabulary& v = DefaultVocabulary();
//   v.Classify("exampleCriteria")  -> KeyRole::kUnknown (walked into)
//   v.Classify("behaviours")       -> KeyRole::kStatements
//   v.Classify("supportingUrls")   -> KeyRole::kIdentifier
#ifndef LADDERMERGE_INGEST_INTERNAL_STRUCTURE_VOCABULARY_H_
#define LADDERMERGE_INGEST_INTERNAL_STRUCTURE_VOCABULARY_H_

#include <map>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace laddermerge::internal {

enum class KeyRole {
  kUnknown,           // A child's name in a dictionary; metadata in a record.
  kName,              // The record's own name: title, name, displayName.
  kIdentifier,        // id, slug, path, url, ...: never text.
  kCompany,           // The company that owns the ladder.
  kLevelField,        // `level: 3`: the record belongs to that level.
  kTrackField,        // `track: ic`.
  kSectionField,      // `theme: technical`: the record's competency.
  kLevelContainer,    // `levels:` its children are levels.
  kTrackContainer,    // `tracks:` its children are tracks (or skill areas).
  kSectionContainer,  // `competencies:`, `topics:` ... children are sections.
  kStatements,        // criteria, expectations, behaviours, signals, ...
  kExamples,          // examples: statements only when asked for.
  kDescription,       // summary, description: a statement only when it is
                      // the main text of an unnamed entry.
  kTransparent,       // content, items: walked into without naming anything.
};

// Key words per role. Keys are compared after NormalizeKey, so
// "exampleCriteria", "example_criteria" and "Example Criteria" are equal.
struct Vocabulary {
  std::vector<std::string> names;  // In order of preference.
  std::map<std::string, KeyRole> roles;
  // Suffixes of the original key that mark identifiers ("googleSheetId",
  // "supportingUrls", "image_path"); checked after `roles` and `names`.
  std::vector<std::string> identifier_suffixes;

  KeyRole Classify(absl::string_view key) const;
  // Position of `key` in `names` (0 = preferred), or -1 if not a name key.
  int NameRank(absl::string_view key) const;
};

// Lowercase ASCII letters and digits of `key`, everything else dropped.
std::string NormalizeKey(absl::string_view key);

// The built-in English vocabulary. Never destroyed; thread-safe.
const Vocabulary& DefaultVocabulary();

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_STRUCTURE_VOCABULARY_H_
