// Reviewers' decisions about clusters, as written in a decisions file (see
// README, "Decisions"): statements that must share a cluster, statements
// that must never share one, and a pinned canonical wording. Ingest reads
// the file; the merge pipeline applies the decisions on every run.
//
//   for (const ReviewDecision& d : decisions)
//     if (d.kind == ReviewDecision::Kind::kApart) KeepApart(d.statements);
#ifndef LADDERMERGE_COMMON_DECISIONS_H_
#define LADDERMERGE_COMMON_DECISIONS_H_

#include <string>
#include <vector>

namespace laddermerge {

// How a decision names a statement: by id ("northwind:17"), or by its ladder
// and text, which survives edits that renumber the ladder. Exactly one of
// `id` and `text` is set.
struct StatementReference {
  std::string id;
  std::string ladder;  // With `text`: the ladder to look in.
  std::string text;    // Matched ignoring case and runs of white space.
};

struct ReviewDecision {
  enum class Kind {
    kTogether,   // All `statements` belong in one cluster.
    kApart,      // No two of `statements` may share a cluster.
    kCanonical,  // The cluster of statements[0] reads `text`.
  };
  Kind kind = Kind::kTogether;
  std::vector<StatementReference> statements;
  std::string text;    // kCanonical only.
  std::string source;  // Where it was written: "decisions.yaml:12".
};

}  // namespace laddermerge

#endif  // LADDERMERGE_COMMON_DECISIONS_H_
