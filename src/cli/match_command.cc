#include "cli/match_command.h"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <vector>

#include "absl/strings/str_format.h"

#include "common/status_macros.h"
#include "match/match.h"
#include "report/report.h"
#include "tokenize/tokenize.h"
#include "vectorize/vectorize.h"

namespace laddermerge {
namespace {

// Prints "laddermerge: time: <stage> <seconds>" lines under --verbose.
class StageTimer {
 public:
  explicit StageTimer(bool enabled) : enabled_(enabled) {}
  void Lap(const char* stage) {
    const auto now = std::chrono::steady_clock::now();
    if (enabled_) {
      std::cerr << absl::StrFormat(
          "laddermerge: time: %-9s %.3f s\n", stage,
          std::chrono::duration<double>(now - last_).count());
    }
    last_ = now;
  }

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point last_ =
      std::chrono::steady_clock::now();
};

// The ladder index of every statement, in FlattenStatements order.
std::vector<uint32_t> LadderOfStatements(const Corpus& corpus) {
  std::vector<uint32_t> ladder_of;
  ladder_of.reserve(CountStatements(corpus));
  for (const StatementRef& ref : FlattenStatements(corpus)) {
    ladder_of.push_back(ref.ladder);
  }
  return ladder_of;
}

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
  StageTimer timer(global.verbose);
  LM_ASSIGN_OR_RETURN(Corpus corpus, LoadCorpus(global, args.inputs));
  timer.Lap("read");
  TokenizeOptions tokenize;
  VectorizeOptions vectorize;
  std::unique_ptr<WordVectors> word_vectors;
  LM_RETURN_IF_ERROR(PrepareSimilarity(global, args.flags, &tokenize,
                                       &vectorize, &word_vectors));
  LM_ASSIGN_OR_RETURN(TokenCorpus tokens, Tokenize(corpus, tokenize));
  timer.Lap("tokenize");
  LM_ASSIGN_OR_RETURN(StatementVectors vectors, Vectorize(tokens, vectorize));
  timer.Lap("vectorize");
  LM_ASSIGN_OR_RETURN(MatchOptions options,
                      BuildMatchOptions(global, args, vectors));
  LM_ASSIGN_OR_RETURN(
      TopMatches matches,
      FindTopMatches(vectors, LadderOfStatements(corpus), options));
  timer.Lap("match");
  LM_RETURN_IF_ERROR(WriteStdout(MatchJson(corpus, matches)));
  timer.Lap("write");
  return absl::OkStatus();
}

}  // namespace laddermerge
