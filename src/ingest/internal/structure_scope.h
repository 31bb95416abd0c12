// Where a node of a structured ladder sits: the track, level and sections
// its ancestors and its own fields give it. The structure walker
// (structure_walker.h) asks ScopeResolver for each record it enters.
//
//   TrackList tracks;
//   ScopeResolver names(tree, DefaultVocabulary(), "", &tracks);
//   names.ReadRegistries(tree.nodes[tree.root]);
//   Scope scope;
//   RecordInfo info = names.EnterRecord(map, Role::kLevel, "", "levels", 0,
//                                       &scope);  // scope.level = its name
#ifndef LADDERMERGE_INGEST_INTERNAL_STRUCTURE_SCOPE_H_
#define LADDERMERGE_INGEST_INTERNAL_STRUCTURE_SCOPE_H_

#include <map>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

#include "common/ladder.h"
#include "ingest/internal/levels.h"
#include "ingest/internal/structure_vocabulary.h"
#include "ingest/internal/tree.h"

namespace laddermerge::internal {

// How a node's parent sees it.
enum class Role {
  kRoot,     // The document itself: its name names no section.
  kEntry,    // An item of a plain list, or a record's nested record.
  kLevel,    // A child of a level container.
  kTrack,    // A child of a track container: a track, or a skill area.
  kSection,  // A child of a section container.
  kNamed,    // A value under a name in a dictionary: decided by the name.
};

struct Scope {
  std::string track;
  std::string level;
  std::vector<std::string> sections;
  bool statement_context = false;  // Strings here are statements.
  int depth = 0;
};

// The role a container key gives its children (kEntry for other keys).
Role ChildRole(KeyRole role);

// True for strings, numbers and booleans.
bool IsScalar(const TreeNode& node);

// True for a non-empty map keyed by level numbers only
// (`{1: ..., 2: ..., 3: ...}`): its entries are levels.
bool AllKeysAreLevelNumbers(const TreeNode& map);

// What EnterRecord learned about a record.
struct RecordInfo {
  bool named = false;       // It has a name field (title, name, ...).
  bool dictionary = false;  // All its keys are names of children.
  bool is_level = false;    // It is a level itself (a child of `levels:`).
};

// Resolves names with the vocabulary and the document's id registries, and
// records every level it assigns, per track, in first-seen order. Not
// thread-safe; the tree, vocabulary and tracks must outlive it.
class ScopeResolver {
 public:
  ScopeResolver(const Tree& tree, const Vocabulary& vocabulary,
                std::string default_track, TrackList* tracks);

  // Reads top-level registries (`levels: [{id, name}]`, `themes: [...]`)
  // of `root`, so that `level: junior` resolves to "Junior Engineer", and
  // declares the registry's levels in its order.
  void ReadRegistries(const TreeNode& root);

  // Updates `scope` for entering record `map`, seen by its parent as
  // `role`, under `key_name` (dictionary key) or at `position` in the list
  // under `container_key`. O(fields).
  RecordInfo EnterRecord(const TreeNode& map, Role role,
                         const std::string& key_name,
                         absl::string_view container_key, int position,
                         Scope* scope);

  // Updates `scope` for a non-record value with a role and a name.
  void ApplyRole(Role role, const std::string& name,
                 absl::string_view container_key, int position, Scope* scope);

  // The record's own name: its most preferred non-empty name field.
  std::string OwnName(const TreeNode& map) const;
  bool IsDictionary(const TreeNode& map) const;

 private:
  // Display names of ids declared in a top-level list.
  using Registry = std::map<std::string, std::string>;

  const TreeNode& node(int index) const { return tree_.nodes[index]; }
  bool ReadRegistry(const TreeNode& list, Registry* registry) const;
  void SetLevel(const std::string& level, Scope* scope);
  std::string ResolveLevel(const TreeNode& value, absl::string_view key) const;
  bool ApplyFields(const TreeNode& map, bool named, bool name_is_level,
                   Scope* scope);
  bool HasNumericLevelField(const TreeNode& map) const;

  const Tree& tree_;
  const Vocabulary& vocabulary_;
  const std::string default_track_;
  TrackList* tracks_;
  Registry level_names_;
  Registry section_names_;
};

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_STRUCTURE_SCOPE_H_
