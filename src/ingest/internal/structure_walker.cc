#include "ingest/internal/structure_walker.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

#include "common/status_macros.h"
#include "ingest/internal/markup_text.h"
#include "ingest/internal/statement_split.h"
#include "ingest/internal/structure_names.h"
#include "ingest/internal/structure_scope.h"

namespace laddermerge::internal {
namespace {

class Walker {
 public:
  Walker(const Tree& tree, const SourceFile& source,
         const ReaderContext& context, const WalkOptions& options)
      : tree_(tree),
        source_(source),
        context_(context),
        options_(options),
        vocabulary_(*options.vocabulary),
        names_(tree, *options.vocabulary, context.track, &tracks_),
        budget_(options.base_visit_budget +
                4 * static_cast<int64_t>(tree.nodes.size())) {}

  absl::StatusOr<ReadResult> Run();

 private:
  const TreeNode& node(int index) const { return tree_.nodes[index]; }
  absl::Status Count(int index, Scope* scope);
  absl::Status VisitRoot(const TreeNode& root);
  absl::Status VisitMap(int index, Scope scope, Role role,
                        const std::string& key_name,
                        absl::string_view container_key, int position);
  absl::Status VisitEntries(const TreeNode& map, const Scope& scope,
                            const RecordInfo& info);
  absl::Status VisitEntry(const std::string& key, int child, const Scope& scope,
                          const RecordInfo& info, int* description);
  absl::Status VisitDictionary(const TreeNode& map, const Scope& scope);
  absl::Status VisitNamedValue(int index, Scope scope, Role role,
                               const std::string& name,
                               absl::string_view container_key, int position);
  absl::Status VisitContainer(int index, Scope scope, Role child_role,
                              absl::string_view key);
  absl::Status VisitStatements(int index, Scope scope);
  absl::Status VisitNested(int index, Scope scope, bool strings_too);
  bool IsStringList(int index) const;
  void Emit(const TreeNode& scalar, const Scope& scope);

  const Tree& tree_;
  const SourceFile& source_;
  const ReaderContext& context_;
  const WalkOptions& options_;
  const Vocabulary& vocabulary_;
  ReadResult result_;
  TrackList tracks_;  // Before names_, which keeps a pointer to it.
  ScopeResolver names_;
  const int64_t budget_;
  int64_t visits_ = 0;
};

absl::Status Walker::Count(int index, Scope* scope) {
  const int line = node(index).line;
  if (++visits_ > budget_) {
    return absl::InvalidArgumentError(absl::StrCat(
        source_.path, ":", line, ": too many nodes (alias expansion?)"));
  }
  // The document root is level 0, so a synthetic root (several YAML
  // documents, the declarations of a JavaScript module) costs nothing.
  if (++scope->depth > options_.max_nesting + 1) {
    return absl::InvalidArgumentError(
        absl::StrCat(source_.path, ":", line, ": nesting deeper than ",
                     options_.max_nesting, " levels"));
  }
  return absl::OkStatus();
}

absl::Status Walker::VisitMap(int index, Scope scope, Role role,
                              const std::string& key_name,
                              absl::string_view container_key, int position) {
  LM_RETURN_IF_ERROR(Count(index, &scope));
  const TreeNode& map = node(index);
  const RecordInfo info =
      names_.EnterRecord(map, role, key_name, container_key, position, &scope);
  if (info.dictionary) return VisitDictionary(map, scope);
  return VisitEntries(map, scope, info);
}

absl::Status Walker::VisitEntries(const TreeNode& map, const Scope& scope,
                                  const RecordInfo& info) {
  const size_t before = result_.statements.size();
  int description = -1;
  for (const auto& [key, child] : map.entries) {
    LM_RETURN_IF_ERROR(VisitEntry(key, child, scope, info, &description));
  }
  // A named entry inside a level whose only text is its description (`{name:
  // Delivery, description: ...}` under a level): that text is the statement.
  if (description >= 0 && result_.statements.size() == before) {
    return VisitStatements(description, scope);
  }
  return absl::OkStatus();
}

absl::Status Walker::VisitEntry(const std::string& key, int child,
                                const Scope& scope, const RecordInfo& info,
                                int* description) {
  KeyRole role = vocabulary_.Classify(key);
  if (role == KeyRole::kTransparent && node(child).type == NodeType::kString) {
    role = KeyRole::kDescription;
  }
  switch (role) {
    case KeyRole::kStatements:
      return VisitStatements(child, scope);
    case KeyRole::kExamples:
      if (!options_.include_examples) return absl::OkStatus();
      return VisitStatements(child, scope);
    case KeyRole::kDescription:
      // The root's description describes the document, a named record's
      // describes that thing; an unnamed entry's is its main text.
      if (scope.depth <= 1) return absl::OkStatus();
      if (!info.named) return VisitStatements(child, scope);
      if (!scope.level.empty() && !info.is_level) *description = child;
      return absl::OkStatus();
    case KeyRole::kTransparent:
      return VisitNested(child, scope, !scope.level.empty());
    case KeyRole::kLevelContainer:
    case KeyRole::kTrackContainer:
    case KeyRole::kSectionContainer:
      return VisitContainer(child, scope, ChildRole(role), key);
    case KeyRole::kUnknown:
      if (LooksLikeLevelName(key)) {
        return VisitNamedValue(child, scope, Role::kLevel, CleanName(key), key,
                               0);
      }
      // Inside a level, a competency written as a field of the level's
      // record (`{title: Engineer, Craft: "Designs and ships ..."}`) holds
      // statements: a list, or a string of a few words at least (not
      // `owner: Jane`).
      if (!scope.level.empty() && !info.dictionary &&
          (IsStringList(child) || (node(child).type == NodeType::kString &&
                                   CountWords(node(child).value) >= 4))) {
        return VisitNamedValue(child, scope, Role::kSection, CleanName(key), "",
                               0);
      }
      // Levels by number under a name keep the name (`Technical: {1: ...,
      // 2: ...}` beside a record's fields).
      if (node(child).type == NodeType::kMap &&
          AllKeysAreLevelNumbers(node(child))) {
        return VisitNamedValue(child, scope, Role::kSection, CleanName(key), "",
                               0);
      }
      return VisitNested(child, scope, false);
    default:
      return absl::OkStatus();
  }
}

absl::Status Walker::VisitDictionary(const TreeNode& map, const Scope& scope) {
  // `Technical: {1: "...", 2: "..."}`: numbered keys are levels.
  const bool numbered = scope.level.empty() && AllKeysAreLevelNumbers(map);
  for (size_t i = 0; i < map.entries.size(); ++i) {
    const auto& [key, child] = map.entries[i];
    LM_RETURN_IF_ERROR(VisitNamedValue(
        child, scope, numbered ? Role::kLevel : Role::kNamed, CleanName(key),
        numbered ? "levels" : "", static_cast<int>(i)));
  }
  return absl::OkStatus();
}

// A value that has a name (a dictionary key) or a position in a container.
// Strings listed under a name are statements; a single string under a name
// is one only inside a level (`L3: "Ships features"`, not `author: Jane`).
absl::Status Walker::VisitNamedValue(int index, Scope scope, Role role,
                                     const std::string& name,
                                     absl::string_view container_key,
                                     int position) {
  const TreeNode& value = node(index);
  if (value.type == NodeType::kMap) {
    return VisitMap(index, std::move(scope), role, name, container_key,
                    position);
  }
  LM_RETURN_IF_ERROR(Count(index, &scope));
  names_.ApplyRole(role, name, container_key, position, &scope);
  if (value.type == NodeType::kList) {
    scope.statement_context = true;
    for (int item : value.items) {
      LM_RETURN_IF_ERROR(VisitStatements(item, scope));
    }
  } else if (scope.statement_context || !scope.level.empty()) {
    Emit(value, scope);
  }
  return absl::OkStatus();
}

// The children of `levels:`, `tracks:`, `competencies:` and the like.
absl::Status Walker::VisitContainer(int index, Scope scope, Role child_role,
                                    absl::string_view key) {
  const TreeNode& container = node(index);
  if (container.type == NodeType::kMap && !names_.IsDictionary(container)) {
    return VisitMap(index, std::move(scope), Role::kEntry, "", key, 0);
  }
  LM_RETURN_IF_ERROR(Count(index, &scope));
  if (container.type == NodeType::kMap) {
    for (size_t i = 0; i < container.entries.size(); ++i) {
      const auto& [name, child] = container.entries[i];
      LM_RETURN_IF_ERROR(VisitNamedValue(
          child, scope, child_role, CleanName(name), key, static_cast<int>(i)));
    }
    return absl::OkStatus();
  }
  for (size_t i = 0; i < container.items.size(); ++i) {
    const int item = container.items[i];
    if (node(item).type == NodeType::kMap) {
      LM_RETURN_IF_ERROR(
          VisitMap(item, scope, child_role, "", key, static_cast<int>(i)));
    } else if (node(item).type == NodeType::kString &&
               child_role == Role::kSection &&
               (scope.statement_context || !scope.level.empty())) {
      // `competencies: [..]` inside a level lists expectations; elsewhere
      // a list of strings under a container key only declares names.
      LM_RETURN_IF_ERROR(VisitStatements(item, scope));
    }
  }
  return absl::OkStatus();
}

// The value of a statement key: a string, a list of them, entries with
// their own fields, or a dictionary of named lists.
absl::Status Walker::VisitStatements(int index, Scope scope) {
  const TreeNode& value = node(index);
  switch (value.type) {
    case NodeType::kMap:
      scope.statement_context = true;
      return VisitMap(index, std::move(scope), Role::kEntry, "", "", 0);
    case NodeType::kList:
      LM_RETURN_IF_ERROR(Count(index, &scope));
      for (int item : value.items) {
        LM_RETURN_IF_ERROR(VisitStatements(item, scope));
      }
      return absl::OkStatus();
    default:
      LM_RETURN_IF_ERROR(Count(index, &scope));
      Emit(value, scope);
      return absl::OkStatus();
  }
}

// A record's field of no particular meaning (or `content:`-like): walked
// into for nested records; its strings count only when `strings_too`.
bool Walker::IsStringList(int index) const {
  const TreeNode& value = node(index);
  return value.type == NodeType::kList && !value.items.empty() &&
         std::all_of(value.items.begin(), value.items.end(), [this](int item) {
           return node(item).type == NodeType::kString;
         });
}

absl::Status Walker::VisitNested(int index, Scope scope, bool strings_too) {
  const TreeNode& value = node(index);
  if (value.type == NodeType::kMap) {
    return VisitMap(index, std::move(scope), Role::kEntry, "", "", 0);
  }
  if (value.type != NodeType::kList) return absl::OkStatus();
  LM_RETURN_IF_ERROR(Count(index, &scope));
  for (int item : value.items) {
    if (node(item).type == NodeType::kMap) {
      LM_RETURN_IF_ERROR(VisitMap(item, scope, Role::kEntry, "", "", 0));
    } else if (strings_too || node(item).type == NodeType::kList) {
      LM_RETURN_IF_ERROR(strings_too ? VisitStatements(item, scope)
                                     : VisitNested(item, scope, false));
    }
  }
  return absl::OkStatus();
}

void Walker::Emit(const TreeNode& scalar, const Scope& scope) {
  if (scalar.type != NodeType::kString) return;
  const std::string section = absl::StrJoin(scope.sections, " > ");
  for (TextPiece& piece : SplitStructuredText(scalar.value)) {
    if (!HasLetter(piece.text) || LooksLikeReference(piece.text)) continue;
    RawStatement s;
    s.text = std::move(piece.text);
    s.file = source_.path;
    s.line = ScalarLine(scalar, piece.newlines_before);
    s.track = scope.track.empty() ? context_.track : scope.track;
    s.level = scope.level.empty() ? context_.level : scope.level;
    s.section = section;
    s.kind = StatementKind::kItem;
    result_.statements.push_back(std::move(s));
  }
}

absl::Status Walker::VisitRoot(const TreeNode& root) {
  Scope scope;
  if (root.type != NodeType::kMap) {
    // A file that is just a list: its strings are the ladder's statements.
    return VisitNested(tree_.root, std::move(scope), /*strings_too=*/true);
  }
  if (!tree_.synthetic_root) {
    return VisitMap(tree_.root, std::move(scope), Role::kRoot, "", "", 0);
  }
  LM_RETURN_IF_ERROR(Count(tree_.root, &scope));
  return VisitEntries(root, scope, RecordInfo());
}

absl::StatusOr<ReadResult> Walker::Run() {
  if (tree_.root < 0) return std::move(result_);
  const TreeNode& root = node(tree_.root);
  for (const auto& [key, child] : root.entries) {
    if (key == "$schema") {
      result_.warnings.push_back(absl::StrCat(source_.path, ":", root.line,
                                              ": a JSON Schema, not a ladder"));
      return std::move(result_);
    }
    if (vocabulary_.Classify(key) == KeyRole::kCompany &&
        node(child).type == NodeType::kString) {
      result_.company = CleanName(node(child).value);
    }
  }
  if (root.type == NodeType::kMap) names_.ReadRegistries(root);
  LM_RETURN_IF_ERROR(VisitRoot(root));
  result_.tracks = tracks_.Take();
  return std::move(result_);
}

}  // namespace

WalkOptions WalkOptionsFrom(const ReaderContext& context) {
  WalkOptions options;
  if (context.options != nullptr) {
    options.include_examples = context.options->include_examples;
    options.max_nesting = context.options->max_nesting;
  }
  return options;
}

absl::StatusOr<ReadResult> WalkTree(const Tree& tree, const SourceFile& source,
                                    const ReaderContext& context,
                                    const WalkOptions& options) {
  return Walker(tree, source, context, options).Run();
}

}  // namespace laddermerge::internal
