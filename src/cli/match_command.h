// The `match` command: ingest -> normalize -> tokenize -> vectorize -> match
// on ladders given on the command line, SPEC.md's match JSON on stdout.
#ifndef LADDERMERGE_CLI_MATCH_COMMAND_H_
#define LADDERMERGE_CLI_MATCH_COMMAND_H_

#include <string>
#include <vector>

#include "absl/status/status.h"

#include "cli/commands.h"
#include "cli/similarity_commands.h"

namespace laddermerge {

struct MatchArgs {
  std::vector<std::string> inputs;
  int top_k = 10;          // Matches kept per statement.
  double min_score = 0.0;  // Pairs scoring below are dropped.
  // "sparse", "dense", "blended", or "auto": blended when the similarity
  // model has dense parts, otherwise sparse.
  std::string method = "auto";
  SimilarityFlags flags;        // How statements are turned into vectors.
  std::string format = "json";  // json or csv.
};

// `laddermerge match INPUT...`: SPEC.md's match JSON (or CSV) on stdout.
// Shows progress on a terminal; --verbose prints each stage's time.
absl::Status RunMatch(const GlobalArgs& global, const MatchArgs& args);

}  // namespace laddermerge

#endif  // LADDERMERGE_CLI_MATCH_COMMAND_H_
