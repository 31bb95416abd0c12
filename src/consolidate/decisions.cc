// ResolveDecisions (consolidate.h) and settling decisions after clustering
// (internal/decisions.h).
#include "consolidate/internal/decisions.h"

#include <algorithm>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

#include "consolidate/consolidate.h"

namespace laddermerge {
namespace {

// Text compared ignoring ASCII case and runs of white space.
std::string TextKey(absl::string_view ladder, absl::string_view text) {
  const std::vector<absl::string_view> words =
      absl::StrSplit(text, absl::ByAnyChar(" \t\r\n"), absl::SkipEmpty());
  return absl::StrCat(ladder, "\n",
                      absl::AsciiStrToLower(absl::StrJoin(words, " ")));
}

std::string Describe(const StatementReference& ref) {
  if (!ref.id.empty()) return ref.id;
  return absl::StrCat(ref.ladder, ": \"", ref.text, "\"");
}

AppliedDecision::Kind KindOf(ReviewDecision::Kind kind) {
  switch (kind) {
    case ReviewDecision::Kind::kTogether:
      return AppliedDecision::Kind::kTogether;
    case ReviewDecision::Kind::kApart:
      return AppliedDecision::Kind::kApart;
    case ReviewDecision::Kind::kCanonical:
      return AppliedDecision::Kind::kCanonical;
  }
  return AppliedDecision::Kind::kTogether;
}

class Resolver {
 public:
  explicit Resolver(const Corpus& corpus) {
    uint32_t row = 0;
    for (const Ladder& ladder : corpus.ladders) {
      for (const Statement& s : ladder.statements) {
        by_id_.emplace(s.id, row);
        by_text_.emplace(TextKey(ladder.name, s.text), row);
        ++row;
      }
    }
  }

  // The row of `ref`, or -1.
  int64_t Find(const StatementReference& ref) const {
    if (!ref.id.empty()) {
      const auto it = by_id_.find(ref.id);
      return it == by_id_.end() ? -1 : int64_t{it->second};
    }
    const auto it = by_text_.find(TextKey(ref.ladder, ref.text));
    return it == by_text_.end() ? -1 : int64_t{it->second};
  }

 private:
  absl::flat_hash_map<std::string, uint32_t> by_id_;
  absl::flat_hash_map<std::string, uint32_t> by_text_;  // First wins.
};

void AddConstraints(const ReviewDecision& d, const std::vector<uint32_t>& rows,
                    ResolvedDecisions* out) {
  auto& pairs = d.kind == ReviewDecision::Kind::kTogether
                    ? out->constraints.together
                    : out->constraints.apart;
  for (size_t i = 0; i < rows.size(); ++i) {
    for (size_t j = i + 1; j < rows.size(); ++j) {
      if (d.kind == ReviewDecision::Kind::kTogether && i > 0) break;
      pairs.push_back({rows[i], rows[j]});
    }
  }
}

}  // namespace

ResolvedDecisions ResolveDecisions(const Corpus& corpus,
                                   absl::Span<const ReviewDecision> decisions) {
  const Resolver resolver(corpus);
  ResolvedDecisions out;
  for (const ReviewDecision& d : decisions) {
    AppliedDecision applied;
    applied.kind = KindOf(d.kind);
    applied.text = d.text;
    applied.source = d.source;
    std::vector<uint32_t> rows;
    for (const StatementReference& ref : d.statements) {
      applied.statement_ids.push_back(Describe(ref));
      const int64_t row = resolver.Find(ref);
      if (row < 0 && applied.note.empty()) {
        applied.note = absl::StrCat("no statement ", Describe(ref),
                                    " in this run's ladders");
      }
      if (row >= 0) rows.push_back(static_cast<uint32_t>(row));
    }
    const size_t needed = d.kind == ReviewDecision::Kind::kCanonical ? 1 : 2;
    if (applied.note.empty() && rows.size() < needed) {
      applied.note = absl::StrCat("needs ", needed, " statements");
    }
    if (!applied.note.empty()) rows.clear();
    if (d.kind == ReviewDecision::Kind::kCanonical && !rows.empty()) {
      out.pinned.push_back({rows[0], d.text});
    } else if (!rows.empty()) {
      AddConstraints(d, rows, &out);
    }
    out.decisions.push_back(std::move(applied));
    out.statements.push_back(std::move(rows));
  }
  return out;
}

namespace internal {

void ApplyPinnedWordings(const ResolvedDecisions& decisions,
                         MergeResult* result) {
  std::vector<int> cluster_of(result->statements.size(), -1);
  for (int c = 0; c < static_cast<int>(result->clusters.size()); ++c) {
    for (const ClusterMember& m : result->clusters[c].members) {
      cluster_of[m.statement] = c;
    }
  }
  for (const auto& [row, text] : decisions.pinned) {
    Cluster& cluster = result->clusters[cluster_of[row]];
    cluster.canonical_text = text;
    cluster.pinned = true;
  }
}

void SettleDecisions(const ResolvedDecisions& decisions, MergeResult* result) {
  std::vector<int> cluster_of(result->statements.size(), -1);
  for (int c = 0; c < static_cast<int>(result->clusters.size()); ++c) {
    for (const ClusterMember& m : result->clusters[c].members) {
      cluster_of[m.statement] = c;
    }
  }
  result->decisions = decisions.decisions;
  for (size_t i = 0; i < result->decisions.size(); ++i) {
    AppliedDecision& d = result->decisions[i];
    const std::vector<uint32_t>& rows = decisions.statements[i];
    if (rows.empty()) continue;  // The note says why.
    std::vector<int> clusters;
    for (const uint32_t row : rows) clusters.push_back(cluster_of[row]);
    const std::string& first = result->clusters[clusters[0]].id;
    switch (d.kind) {
      case AppliedDecision::Kind::kTogether:
        d.applied = std::all_of(clusters.begin(), clusters.end(),
                                [&](int c) { return c == clusters[0]; });
        d.note = d.applied ? absl::StrCat("joined in ", first)
                           : "not joined: an apart decision keeps them apart";
        break;
      case AppliedDecision::Kind::kApart: {
        std::vector<int> sorted = clusters;
        std::sort(sorted.begin(), sorted.end());
        d.applied =
            std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end();
        d.note = d.applied ? "kept in separate clusters"
                           : "not kept apart: a together decision joins them";
        break;
      }
      case AppliedDecision::Kind::kCanonical:
        d.applied = result->clusters[clusters[0]].canonical_text == d.text;
        d.note = d.applied ? absl::StrCat(first, " reads the pinned wording")
                           : "overridden by a later canonical decision";
        break;
    }
  }
}

}  // namespace internal
}  // namespace laddermerge
