// Consolidate: from clusters of equivalent statements to what a merger team
// reviews — competency areas, the gaps of each ladder, the overlap between
// ladders, the correspondence of their levels, and a proposed consolidated
// framework with provenance for every line.
//
// MergeResult is the complete, self-contained answer of `laddermerge merge`;
// the report stage renders it (JSON, Markdown, YAML, CSV, HTML, XLSX) without
// recomputing anything.
//
//   ResolvedDecisions decisions = ResolveDecisions(corpus, review);
//   LM_ASSIGN_OR_RETURN(auto scorer, CreatePairScorer(vectors, {}));
//   LM_ASSIGN_OR_RETURN(Clustering clustering,
//                       ClusterStatements(*scorer, LadderOfStatements(corpus),
//                                         decisions.constraints, {}));
//   LM_ASSIGN_OR_RETURN(MergeResult result,
//                       Consolidate({corpus, tokens, model, *scorer,
//                                    clustering, decisions}, {}));
//   for (const Cluster& c : result.clusters)
//     Show(c.id, result.statements[c.canonical].text, c.members.size());
//
// Every index below (statement, cluster, area, ladder) refers to the vectors
// of the same MergeResult. All orders are deterministic.
#ifndef LADDERMERGE_CONSOLIDATE_CONSOLIDATE_H_
#define LADDERMERGE_CONSOLIDATE_CONSOLIDATE_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"

#include "cluster/cluster.h"
#include "common/decisions.h"
#include "common/ladder.h"
#include "match/match.h"
#include "tokenize/tokenize.h"
#include "vectorize/vectorize.h"

namespace laddermerge {

// How a cluster member relates to the cluster's canonical statement.
enum class LinkType {
  kCanonical,  // The member is the canonical statement itself.
  kSame,       // Says the same thing.
  kBroader,    // Covers more than the canonical statement (contains it).
  kNarrower,   // Covers less: the canonical statement contains it.
};

struct ClusterMember {
  uint32_t statement = 0;  // Index into MergeResult::statements.
  LinkType link = LinkType::kSame;
  float score = 0;  // Similarity to the canonical statement.
  // Shared terms and concepts that drove `score`, most important first.
  std::vector<std::string> evidence;
};

// Statements from one or more ladders that express the same expectation.
// Every statement is in exactly one cluster (singletons included).
struct Cluster {
  std::string id;          // "c1", "c2", ... in output order.
  uint32_t canonical = 0;  // Index into statements: the most central member.
  std::string canonical_text;  // Its text, or a wording pinned by a decision.
  bool pinned = false;         // canonical_text comes from a decision.
  int area = -1;               // Index into MergeResult::areas.
  float cohesion = 1;          // Mean pairwise similarity of the members.
  std::vector<ClusterMember> members;  // Canonical first, then by statement.
  std::vector<uint32_t> ladders;       // Distinct ladder indices, ascending.
};

// A competency area: clusters grouped under a name taken from the source
// section headings and their top terms ("People development", "Delivery").
struct Area {
  std::string name;
  std::vector<std::string> top_terms;
  std::vector<std::string> source_sections;  // Headings it was named from.
  std::vector<int> clusters;                 // Cluster indices, in order.
};

// A cluster that other ladders have and one ladder lacks.
struct Gap {
  int cluster = 0;
  // How sure we are that the ladder has nothing equivalent, in [0, 1]
  // (from its best similarity to the cluster).
  float confidence = 0;
  // The ladder's closest statement and its similarity, for the reviewer.
  int64_t closest_statement = -1;  // Index into statements, -1 if none.
  float closest_score = 0;
};

struct LadderGaps {
  uint32_t ladder = 0;
  std::vector<Gap> missing;  // Grouped by area, most widely shared first.
};

// Ladder x ladder overlap, plus coverage of each area by each ladder.
struct Overlap {
  // shared[i][j]: fraction of ladder i's statements that have a counterpart
  // (a statement in the same cluster) in ladder j; 1 on the diagonal.
  std::vector<std::vector<float>> shared;
  // area_coverage[a][i]: fraction of area a's multi-ladder clusters in which
  // ladder i has a member.
  std::vector<std::vector<float>> area_coverage;
};

// One level of ladder A and its best-corresponding level of ladder B.
struct LevelPair {
  std::string level_a;
  std::string level_b;  // "" when A's level has no counterpart in B.
  std::vector<std::string> also_b;  // Further B levels it spans, if any.
  float score = 0;       // Similarity of the two levels' statement sets.
  float confidence = 0;  // How sure the mapping is, in [0, 1].
};

// The correspondence between one track of ladder A and one of ladder B.
struct LevelAlignment {
  uint32_t ladder_a = 0;
  uint32_t ladder_b = 0;
  std::string track_a;
  std::string track_b;
  std::vector<std::string> levels_a;  // In ladder order, junior first.
  std::vector<std::string> levels_b;
  // scores[i * levels_b.size() + j]: similarity of level i and level j.
  std::vector<float> scores;
  std::vector<LevelPair> pairs;  // One per level of A, in order.
};

// "Contoso expects on-call ownership one level earlier than Northwind."
struct LevelShift {
  int cluster = 0;
  uint32_t earlier_ladder = 0;  // The ladder that expects it earlier.
  uint32_t later_ladder = 0;
  std::string earlier_level;  // Level name in earlier_ladder.
  std::string later_level;    // Level name in later_ladder.
  int levels_apart = 0;       // Positive; in the aligned level scale.
  float score = 0;            // Similarity of the two statements.
};

// One line of the proposed consolidated ladder.
struct FrameworkEntry {
  int cluster = 0;
  std::string text;  // The cluster's canonical wording.
  // Where it comes from, one "<ladder> <level>" per source level, in ladder
  // order: {"Northwind L4", "Contoso Senior Engineer"}. Reports render it as
  // "from Northwind L4, Contoso Senior Engineer".
  std::vector<std::string> provenance;
  bool single_ladder = false;  // Only one ladder has it: reviewers decide.
};

struct FrameworkLevel {
  std::string name;
  struct AreaEntries {
    int area = 0;
    std::vector<FrameworkEntry> entries;
  };
  std::vector<AreaEntries> areas;  // In area order; empty areas left out.
};

struct FrameworkTrack {
  std::string name;
  std::vector<FrameworkLevel> levels;  // Junior first.
};

// The proposed consolidated framework: tracks -> levels -> areas -> entries.
struct Framework {
  std::string name;  // e.g. "Consolidated framework (northwind, contoso)".
  std::vector<FrameworkTrack> tracks;
};

// A reviewer's decision from the decisions file and what became of it.
struct AppliedDecision {
  enum class Kind { kTogether, kApart, kCanonical };
  Kind kind = Kind::kTogether;
  std::vector<std::string> statement_ids;  // As written in the file.
  std::string text;  // For kCanonical: the pinned wording.
  bool applied = false;
  std::string note;    // Why it could not be applied, or what it did.
  std::string source;  // "decisions.yaml:12".
};

// Everything `merge` found, ready to be reported.
struct MergeResult {
  std::vector<std::string> ladders;        // Ladder names, in input order.
  std::vector<Statement> statements;       // All statements, ladder by ladder.
  std::vector<uint32_t> statement_ladder;  // Ladder index per statement.
  std::vector<Cluster> clusters;
  std::vector<Area> areas;
  std::vector<LadderGaps> gaps;  // One per ladder, in ladder order.
  Overlap overlap;
  std::vector<LevelAlignment> levels;
  std::vector<LevelShift> level_shifts;
  Framework framework;
  std::vector<AppliedDecision> decisions;
  std::vector<std::string> warnings;  // "file:line: what", for the report.
};

// ---------------------------------------------------------------------------
// Building a MergeResult.

// Reviewers' decisions resolved against the statements of one run.
struct ResolvedDecisions {
  ClusterConstraints constraints;  // For the cluster stage.
  // Pinned wordings: (statement index, text); the statement's cluster reads
  // `text`.
  std::vector<std::pair<uint32_t, std::string>> pinned;
  // One per decision, in file order; `applied` is settled by Consolidate.
  std::vector<AppliedDecision> decisions;
  // Statement indices of every decision (parallel to `decisions`); empty
  // when a reference could not be resolved.
  std::vector<std::vector<uint32_t>> statements;
};

// Looks up every statement a decision names (by id, or by ladder and text
// ignoring case and white space). A decision naming an unknown statement is
// kept with applied = false and a note saying which reference failed; it
// never fails the run. O(statements + references).
ResolvedDecisions ResolveDecisions(const Corpus& corpus,
                                   absl::Span<const ReviewDecision> decisions);

struct LevelOptions {
  // Two statements vote for their levels' correspondence when each is the
  // other's best match between the two tracks and they score at least this.
  double min_vote_score = 0.25;
  // A level keeps a second counterpart (a span, "Principal = L5 + L6") only
  // when the evidence for it is at least this share of the stronger one's.
  double span_ratio = 0.75;
  // Pairs with less evidence than this share of the strongest pair between
  // two tracks are never paired.
  double min_evidence_ratio = 0.1;
  // The most levels of one ladder that one level of another may span.
  int max_span = 2;
  // A level shift is reported only for statements at least this similar:
  // a loosely clustered pair at different levels is more often a weak match
  // than a real difference.
  double min_shift_score = 0.3;
};

struct ConsolidateOptions {
  LevelOptions levels;
  // Shared terms and concepts listed as evidence per cluster member.
  int evidence_terms = 5;
  // A member is narrower than the canonical statement (or broader) when at
  // least this share of its content words appear in the other, which has
  // at least `containment_extra_words` more of them.
  double containment = 0.8;
  int containment_extra_words = 3;
  // Gap confidence: 1 - (best similarity of the ladder to the cluster) /
  // gap_covered_score, clamped to [0, 1]. Clusters whose confidence is below
  // gap_min_confidence are not listed as gaps.
  double gap_covered_score = 0.5;
  double gap_min_confidence = 0.0;
  // Areas: two competency headings of different ladders join one area when
  // clusters link them at least this often, relative to the smaller one.
  double area_affinity = 0.2;
  int area_terms = 5;  // Top terms listed per area.
  int threads = 0;     // Worker threads; 0 means all hardware threads.
};

// Everything Consolidate reads; all borrowed, all from the same run.
struct ConsolidateInput {
  const Corpus& corpus;
  const TokenCorpus& tokens;     // Tokenize(corpus).
  const SimilarityModel& model;  // Fitted on `tokens`.
  // Scores of model.Transform(tokens) (see CreatePairScorer).
  const PairScorer& scorer;
  const Clustering& clustering;  // Of the scored statements.
  const ResolvedDecisions& decisions;
};

// The full analysis: clusters with canonical wording, links and evidence;
// competency areas; each ladder's gaps; the overlap matrix; the level
// alignment of every ladder pair and track pair with level shifts; the
// proposed framework; the decisions and what became of them; the corpus
// warnings. Deterministic for every thread count. InvalidArgument when the
// inputs disagree on the number of statements; errors of the match stage.
// Cost: a handful of top-k searches plus O(sum of cluster sizes^2).
absl::StatusOr<MergeResult> Consolidate(const ConsolidateInput& input,
                                        const ConsolidateOptions& options);

// The level alignments alone (as `laddermerge levels` prints them): for
// every pair of ladders, every pair of tracks with the same name, or every
// track of a ladder with a single track against each of the other's. Level
// correspondences come from mutual best matches between the tracks'
// statements and are fitted jointly over all ladders sharing a track name,
// so that A->B and B->A, and A->B->C, agree. Fills result->levels and,
// from result->clusters (if any), result->level_shifts.
absl::Status AlignLevels(const Corpus& corpus, const PairScorer& scorer,
                         const LevelOptions& options, MergeResult* result);

}  // namespace laddermerge

#endif  // LADDERMERGE_CONSOLIDATE_CONSOLIDATE_H_
