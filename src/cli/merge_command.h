// The `merge` and `levels` commands: the whole pipeline, ingest -> normalize
// -> tokenize -> vectorize -> match -> cluster -> consolidate, on ladders
// given on the command line; `merge` writes every report into --out,
// `levels` prints the level alignment.
#ifndef LADDERMERGE_CLI_MERGE_COMMAND_H_
#define LADDERMERGE_CLI_MERGE_COMMAND_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#include "cli/commands.h"
#include "cli/progress.h"
#include "cli/similarity_commands.h"
#include "cluster/cluster.h"
#include "consolidate/consolidate.h"

namespace laddermerge {

// What the analysis commands share.
struct AnalysisArgs {
  std::vector<std::string> inputs;
  std::string decisions;  // A decisions file, or "".
  ClusterOptions cluster;
  ConsolidateOptions consolidate;
  std::string linkage = "average";
  SimilarityFlags flags;
};

struct MergeArgs {
  AnalysisArgs analysis;
  std::string out;  // Output directory.
  std::string title = "Career ladder comparison";
};

struct LevelsArgs {
  AnalysisArgs analysis;
  std::string format = "json";  // json, md or csv.
};

// Runs the pipeline up to Consolidate, announcing each stage on `progress`.
absl::StatusOr<MergeResult> Analyze(const GlobalArgs& global,
                                    const AnalysisArgs& args,
                                    Progress* progress);

// `laddermerge merge INPUT... --out DIR`: writes every report into DIR
// (atomically: DIR is replaced only when everything was written) and prints
// a short summary unless --quiet.
absl::Status RunMerge(const GlobalArgs& global, const MergeArgs& args);

// `laddermerge levels INPUT...`: SPEC.md's levels JSON (or a Markdown or CSV
// table) on stdout.
absl::Status RunLevels(const GlobalArgs& global, const LevelsArgs& args);

}  // namespace laddermerge

#endif  // LADDERMERGE_CLI_MERGE_COMMAND_H_
