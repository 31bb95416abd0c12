#include "cli/match_command.h"

#include <memory>
#include <vector>

#include "cli/progress.h"
#include "common/status_macros.h"
#include "match/match.h"
#include "report/report.h"
#include "tokenize/tokenize.h"
#include "vectorize/vectorize.h"

namespace laddermerge {
namespace {

absl::StatusOr<MatchOptions> BuildMatchOptions(const GlobalArgs& global,
                                               const MatchArgs& args,
                                               const StatementVectors& v) {
  MatchOptions options;
  options.top_k = args.top_k;
  options.min_score = static_cast<float>(args.min_score);
  options.threads = global.threads;
  if (args.method == "auto") {
    options.method =
        v.dense.cols > 0 ? MatchMethod::kBlended : MatchMethod::kSparse;
  } else {
    LM_ASSIGN_OR_RETURN(options.method, ParseMatchMethod(args.method));
  }
  return options;
}

}  // namespace

absl::Status RunMatch(const GlobalArgs& global, const MatchArgs& args) {
  Progress progress(global, 5);
  progress.Stage("Reading ladders");
  LM_ASSIGN_OR_RETURN(Corpus corpus, LoadCorpus(global, args.inputs));
  progress.Stage("Tokenizing");
  TokenizeOptions tokenize;
  VectorizeOptions vectorize;
  SimilarityResources resources;
  LM_RETURN_IF_ERROR(
      PrepareSimilarity(global, args.flags, &tokenize, &vectorize, &resources));
  LM_ASSIGN_OR_RETURN(TokenCorpus tokens, Tokenize(corpus, tokenize));
  progress.Stage("Vectorizing");
  LM_ASSIGN_OR_RETURN(StatementVectors vectors, Vectorize(tokens, vectorize));
  progress.Stage("Matching");
  LM_ASSIGN_OR_RETURN(MatchOptions options,
                      BuildMatchOptions(global, args, vectors));
  LM_ASSIGN_OR_RETURN(
      TopMatches matches,
      FindTopMatches(vectors, LadderOfStatements(corpus), options));
  progress.Stage("Writing");
  return WriteStdout(args.format == "csv" ? MatchCsv(corpus, matches)
                                          : MatchJson(corpus, matches));
}

}  // namespace laddermerge
