#include "ingest/internal/structure_scope.h"

#include <algorithm>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

#include "ingest/internal/level_names.h"
#include "ingest/internal/levels.h"
#include "ingest/internal/structure_names.h"

namespace laddermerge::internal {
namespace {

// "milestones" -> "Milestone"; "levels" -> "Level" (also for "").
std::string ItemNoun(absl::string_view container_key) {
  std::string noun = NormalizeKey(container_key);
  if (absl::EndsWith(noun, "ies")) {
    noun = noun.substr(0, noun.size() - 3) + "y";
  } else if (absl::EndsWith(noun, "s")) {
    noun.pop_back();
  }
  if (noun.empty()) noun = "level";
  noun[0] = absl::ascii_toupper(noun[0]);
  return noun;
}

// "milestones", 2 -> "Milestone 3"; "levels", 0 -> "Level 1".
std::string Ordinal(absl::string_view container_key, int position) {
  return absl::StrCat(ItemNoun(container_key), " ", position + 1);
}

// True for a bare level number as a key: "1", "12".
bool IsSmallNumber(absl::string_view name) {
  return !name.empty() && name.size() <= 2 &&
         std::all_of(name.begin(), name.end(),
                     [](char c) { return absl::ascii_isdigit(c); });
}

// "levels", "3" -> "Level 3"; "grades", "2" -> "Grade 2".
std::string Numbered(absl::string_view container_key, absl::string_view n) {
  return absl::StrCat(ItemNoun(container_key), " ", n);
}

}  // namespace

bool AllKeysAreLevelNumbers(const TreeNode& map) {
  return !map.entries.empty() &&
         std::all_of(map.entries.begin(), map.entries.end(),
                     [](const auto& entry) {
                       return IsSmallNumber(CleanName(entry.first));
                     });
}

Role ChildRole(KeyRole role) {
  switch (role) {
    case KeyRole::kLevelContainer:
      return Role::kLevel;
    case KeyRole::kTrackContainer:
      return Role::kTrack;
    case KeyRole::kSectionContainer:
      return Role::kSection;
    default:
      return Role::kEntry;
  }
}

bool IsScalar(const TreeNode& node) {
  return node.type == NodeType::kString || node.type == NodeType::kOther;
}

ScopeResolver::ScopeResolver(const Tree& tree, const Vocabulary& vocabulary,
                             std::string default_track, TrackList* tracks)
    : tree_(tree),
      vocabulary_(vocabulary),
      default_track_(std::move(default_track)),
      tracks_(tracks) {}

RecordInfo ScopeResolver::EnterRecord(const TreeNode& map, Role role,
                                      const std::string& key_name,
                                      absl::string_view container_key,
                                      int position, Scope* scope) {
  RecordInfo info;
  const std::string own = OwnName(map);
  info.named = !own.empty();
  // A record titled like a level whose level field is only a number
  // (`{name: Senior Engineer, level: 2}`) is that level, called by its title:
  // the number only orders the titles.
  const bool name_is_level = role != Role::kTrack && role != Role::kSection &&
                             scope->level.empty() && LooksLikeLevelName(own) &&
                             HasNumericLevelField(map);
  if (name_is_level) role = Role::kLevel;
  const bool level_field = ApplyFields(map, info.named, name_is_level, scope);
  // A record that holds a list of levels (a role family) is not a level.
  const bool holds_levels = std::any_of(
      map.entries.begin(), map.entries.end(), [this](const auto& entry) {
        return vocabulary_.Classify(entry.first) == KeyRole::kLevelContainer;
      });
  if (role == Role::kEntry && holds_levels) role = Role::kSection;
  if (!(role == Role::kLevel && level_field)) {
    ApplyRole(role, info.named ? own : key_name, container_key, position,
              scope);
  }
  info.dictionary = IsDictionary(map);
  info.is_level = role == Role::kLevel;
  return info;
}

// The record's own name: its most preferred non-empty name field.
std::string ScopeResolver::OwnName(const TreeNode& map) const {
  std::string best;
  int best_rank = -1;
  for (const auto& [key, child] : map.entries) {
    const int rank = vocabulary_.NameRank(key);
    if (rank < 0 || !IsScalar(node(child))) continue;
    std::string name = CleanName(node(child).value);
    if (!name.empty() && (best_rank < 0 || rank < best_rank)) {
      best = std::move(name);
      best_rank = rank;
    }
  }
  return best;
}

// A map whose keys are all names of children (`Delivery: [..]`) rather than
// fields of a record.
bool ScopeResolver::IsDictionary(const TreeNode& map) const {
  return std::all_of(
      map.entries.begin(), map.entries.end(), [this](const auto& entry) {
        return vocabulary_.Classify(entry.first) == KeyRole::kUnknown;
      });
}

// A registry is a list of records that each have an id and a name and hold
// nothing else of substance: `levels: [{id: junior, name: Junior Engineer}]`.
bool ScopeResolver::ReadRegistry(const TreeNode& list,
                                 Registry* registry) const {
  Registry found;
  for (int item : list.items) {
    const TreeNode& record = node(item);
    if (record.type != NodeType::kMap) return false;
    std::string id;
    for (const auto& [key, child] : record.entries) {
      const KeyRole role = vocabulary_.Classify(key);
      const NodeType type = node(child).type;
      const bool nested = type == NodeType::kList || type == NodeType::kMap;
      if (role == KeyRole::kStatements ||
          (nested && role != KeyRole::kIdentifier)) {
        return false;
      }
      if (NormalizeKey(key) == "id" && IsScalar(node(child))) {
        id = node(child).value;
      }
    }
    const std::string name = OwnName(record);
    if (id.empty() || name.empty()) return false;
    found.emplace(id, name);
  }
  registry->insert(found.begin(), found.end());
  return !found.empty();
}

void ScopeResolver::ReadRegistries(const TreeNode& root) {
  for (const auto& [key, child] : root.entries) {
    const KeyRole role = vocabulary_.Classify(key);
    if (node(child).type != NodeType::kList) continue;
    if (role == KeyRole::kLevelContainer &&
        ReadRegistry(node(child), &level_names_)) {
      // Declare the levels in the registry's order, which is the ladder's.
      for (int item : node(child).items) {
        Scope scope;
        SetLevel(OwnName(node(item)), &scope);
      }
    } else if (role == KeyRole::kSectionContainer) {
      ReadRegistry(node(child), &section_names_);
    }
  }
}

void ScopeResolver::SetLevel(const std::string& level, Scope* scope) {
  if (level.empty()) return;
  scope->level = level;
  if (scope->track.empty()) scope->track = TrackFromLevelName(level);
  const std::string track =
      scope->track.empty() ? default_track_ : scope->track;
  tracks_->Add(track, level);
}

// True when `name` is an IC or management track and `track` is neither
// (a discipline such as "Engineering").
bool RefinesTrack(const std::string& track, const std::string& name) {
  const auto known = [](const std::string& t) {
    return t == "ic" || t == "management";
  };
  return !known(NormalizeTrackName(track)) && known(NormalizeTrackName(name));
}

void ScopeResolver::ApplyRole(Role role, const std::string& name,
                              absl::string_view container_key, int position,
                              Scope* scope) {
  switch (role) {
    case Role::kLevel:
      // `levels: {1: ..., 2: ...}`: a number alone is "Level 1".
      SetLevel(name.empty()          ? Ordinal(container_key, position)
               : IsSmallNumber(name) ? Numbered(container_key, name)
                                     : name,
               scope);
      return;
    case Role::kNamed:
      if (LooksLikeLevelName(name)) {
        SetLevel(name, scope);
        return;
      }
      [[fallthrough]];
    case Role::kTrack:
      // Under `tracks:` a name is a track; elsewhere a track-like name
      // ("People Leadership") inside a track or level is a competency,
      // except that "individual_contributor:" or "management:" inside a
      // discipline ("engineering:") names the track more precisely.
      if (LooksLikeTrackName(name) &&
          (role == Role::kTrack ||
           (scope->level.empty() &&
            (scope->track.empty() || RefinesTrack(scope->track, name))))) {
        scope->track = name;
        return;
      }
      [[fallthrough]];
    case Role::kEntry:
      // A list of records named like levels ("Junior Developer", "L3")
      // outside any level is the ladder's list of levels.
      if (scope->level.empty() && LooksLikeLevelName(name)) {
        SetLevel(name, scope);
        return;
      }
      [[fallthrough]];
    case Role::kSection:
      if (!name.empty()) scope->sections.push_back(HumanizeIdentifier(name));
      return;
    case Role::kRoot:
      return;
  }
}

std::string ScopeResolver::ResolveLevel(const TreeNode& value,
                                        absl::string_view key) const {
  if (const auto it = level_names_.find(value.value);
      it != level_names_.end()) {
    return it->second;
  }
  return LevelFromValue(value.value, key);
}

// Applies `level:`, `track:` and `theme:`-like fields. A named record's
// section field is only trusted when it refers to a declared section (a
// named topic's `theme: sunrise` is styling, not a competency). With
// name_is_level the level fields are skipped (the record's name is its
// level). Returns true if a level field was applied.
bool ScopeResolver::HasNumericLevelField(const TreeNode& map) const {
  return std::any_of(
      map.entries.begin(), map.entries.end(), [this](const auto& entry) {
        const TreeNode& value = node(entry.second);
        if (!IsScalar(value) ||
            vocabulary_.Classify(entry.first) != KeyRole::kLevelField) {
          return false;
        }
        return IsLevelNumber(CleanName(value.value));
      });
}

bool ScopeResolver::ApplyFields(const TreeNode& map, bool named,
                                bool name_is_level, Scope* scope) {
  bool has_level = false;
  for (const auto& [key, child] : map.entries) {
    const TreeNode& value = node(child);
    if (!IsScalar(value)) continue;
    switch (vocabulary_.Classify(key)) {
      case KeyRole::kLevelField:
        if (name_is_level) break;
        SetLevel(ResolveLevel(value, key), scope);
        has_level = has_level || !value.value.empty();
        break;
      case KeyRole::kTrackField:
        scope->track = CleanName(value.value);
        break;
      case KeyRole::kSectionField:
        if (const auto it = section_names_.find(value.value);
            it != section_names_.end()) {
          scope->sections.push_back(it->second);
        } else if (!named && value.type == NodeType::kString) {
          scope->sections.push_back(HumanizeIdentifier(CleanName(value.value)));
        }
        break;
      default:
        break;
    }
  }
  return has_level;
}

}  // namespace laddermerge::internal
