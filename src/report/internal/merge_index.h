// Facts derived from a MergeResult that several writers show (which cluster
// a statement is in, what each ladder shares and lacks), and the wording the
// writers share for them, so that the HTML page, the Markdown, the CSV files
// and the workbook say the same thing in the same words.
//
//   const MergeIndex index = IndexMergeResult(result);  // checks the indices
//   for (size_t i = 0; i < result.ladders.size(); ++i)
//     Show(result.ladders[i], index.ladders[i].shared, index.ladders[i].gaps);
#ifndef LADDERMERGE_REPORT_INTERNAL_MERGE_INDEX_H_
#define LADDERMERGE_REPORT_INTERNAL_MERGE_INDEX_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

#include "consolidate/consolidate.h"

namespace laddermerge::internal {

struct LadderStats {
  size_t statements = 0;
  size_t shared = 0;  // Statements in a cluster with another ladder.
  size_t unique = 0;  // Statements in a cluster of this ladder alone.
  size_t gaps = 0;    // Clusters other ladders have and this one lacks.
};

struct MergeIndex {
  std::vector<size_t> cluster_of;    // Per statement: the cluster it is in.
  std::vector<LadderStats> ladders;  // Per ladder, in ladder order.
  size_t shared_statements = 0;      // Sum of LadderStats::shared.
  size_t unique_statements = 0;      // Sum of LadderStats::unique.
  size_t shared_clusters = 0;        // Clusters with members of 2+ ladders.
  size_t gaps = 0;                   // Sum of LadderStats::gaps.
  size_t framework_entries = 0;      // Lines of the proposed framework.
  size_t framework_single = 0;       // ... that only one ladder has.
};

// Indexes `result`. Checks (LM_CHECK) that every index in it is in range and
// that every statement is in exactly one cluster: a MergeResult that breaks
// this is a bug of the stage that built it. O(statements + clusters + gaps).
MergeIndex IndexMergeResult(const MergeResult& result);

// Checks (LM_CHECK) only the indices of result.levels and
// result.level_shifts, for writers of the level alignment alone.
// O(alignments + shifts).
void CheckLevelIndices(const MergeResult& result);

// The name of area `area`, or "Other" for -1.
std::string AreaName(const MergeResult& result, int area);

// "canonical", "same", "broader" or "narrower".
const char* LinkTypeName(LinkType link);

// The decision kind as the decisions file writes it: "together", "apart",
// "canonical".
const char* DecisionKindName(AppliedDecision::Kind kind);

// Names of `ladders` (indices) joined by `separator`, skipping `except`
// (pass -1 to keep all).
std::string JoinLadders(const MergeResult& result,
                        absl::Span<const uint32_t> ladders,
                        absl::string_view separator, int64_t except = -1);

// "from Northwind L4, Contoso Senior Engineer"; "" without provenance.
std::string ProvenanceText(const FrameworkEntry& entry);

// Where a statement sits in its ladder: "northwind · ic · L4 · Delivery",
// skipping empty parts.
std::string StatementPlace(const Statement& s);

// "corpora/northwind/ic/L4.md:14".
std::string SourceLocation(const Statement& s);

// A plain-words reading of a gap confidence: "very likely missing" (>= 0.8),
// "likely missing" (>= 0.5), "possibly covered" (below).
const char* GapConfidenceLabel(float confidence);

// "Contoso expects “Owns on-call” one level earlier than Northwind (Contoso
// L3, Northwind L4)". Plain text; escape it for the target format.
std::string LevelShiftSentence(const MergeResult& result,
                               const LevelShift& shift);

// `value` with at most `decimals` decimals and no trailing zeros, in the C
// locale: 0.8312, 1, 0.5. Deterministic.
std::string FormatDecimal(double value, int decimals);

// A score for people to read, always with 2 decimals: "0.60", "0.71".
std::string FormatScore(double score);

// `fraction` in [0, 1] as a whole percentage: "62%".
std::string FormatPercent(double fraction);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_REPORT_INTERNAL_MERGE_INDEX_H_
