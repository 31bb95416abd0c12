#include "cli/merge_command.h"

#include <cstdio>
#include <iostream>
#include <memory>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

#include "cli/progress.h"
#include "common/status_macros.h"
#include "ingest/ingest.h"
#include "report/report.h"
#include "tokenize/tokenize.h"
#include "vectorize/vectorize.h"

namespace laddermerge {
namespace {

absl::StatusOr<std::vector<ReviewDecision>> LoadDecisions(
    const GlobalArgs& global, const std::string& path) {
  if (path.empty()) return std::vector<ReviewDecision>();
  IngestOptions options;
  options.max_file_bytes = global.max_file_bytes;
  return ReadDecisions(path, options);
}

void PrintSummary(const MergeResult& result, const std::string& out) {
  size_t shared = 0;
  for (const Cluster& c : result.clusters) shared += c.ladders.size() > 1;
  size_t gaps = 0;
  for (const LadderGaps& g : result.gaps) gaps += g.missing.size();
  std::cout << absl::StrFormat(
      "laddermerge: %d ladders, %d statements -> %d clusters (%d shared by "
      "two or more ladders), %d areas, %d gaps, %d level alignments\n"
      "laddermerge: wrote %s/report.html and the other reports\n",
      result.ladders.size(), result.statements.size(), result.clusters.size(),
      shared, result.areas.size(), gaps, result.levels.size(), out);
}

}  // namespace

absl::StatusOr<MergeResult> Analyze(const GlobalArgs& global,
                                    const AnalysisArgs& args,
                                    Progress* progress) {
  progress->Stage("Reading ladders");
  LM_ASSIGN_OR_RETURN(Corpus corpus, LoadCorpus(global, args.inputs));
  LM_ASSIGN_OR_RETURN(std::vector<ReviewDecision> review,
                      LoadDecisions(global, args.decisions));
  TokenizeOptions tokenize;
  VectorizeOptions vectorize;
  SimilarityResources resources;
  LM_RETURN_IF_ERROR(
      PrepareSimilarity(global, args.flags, &tokenize, &vectorize, &resources));
  progress->Stage("Tokenizing");
  LM_ASSIGN_OR_RETURN(TokenCorpus tokens, Tokenize(corpus, tokenize));
  progress->Stage("Vectorizing");
  LM_ASSIGN_OR_RETURN(std::unique_ptr<SimilarityModel> model,
                      SimilarityModel::Fit(tokens, vectorize));
  const StatementVectors vectors = model->Transform(tokens);
  PairScorerOptions scoring;
  scoring.threads = global.threads;
  LM_ASSIGN_OR_RETURN(std::unique_ptr<PairScorer> scorer,
                      CreatePairScorer(vectors, scoring));
  const ResolvedDecisions decisions = ResolveDecisions(corpus, review);
  ClusterOptions cluster = args.cluster;
  cluster.threads = global.threads;
  LM_ASSIGN_OR_RETURN(cluster.linkage, ParseLinkage(args.linkage));
  progress->Stage("Clustering");
  LM_ASSIGN_OR_RETURN(Clustering clustering,
                      ClusterStatements(*scorer, LadderOfStatements(corpus),
                                        decisions.constraints, cluster));
  ConsolidateOptions consolidate = args.consolidate;
  consolidate.threads = global.threads;
  progress->Stage("Consolidating");
  return Consolidate({corpus, tokens, *model, *scorer, clustering, decisions},
                     consolidate);
}

absl::Status RunMerge(const GlobalArgs& global, const MergeArgs& args) {
  MergeResult result;
  {
    Progress progress(global, 7);  // Cleared before the summary below.
    LM_ASSIGN_OR_RETURN(result, Analyze(global, args.analysis, &progress));
    progress.Stage("Writing reports");
    ReportOptions options;
    options.title = args.title;
    options.threads = global.threads;
    LM_ASSIGN_OR_RETURN(std::vector<OutputFile> files,
                        MergeOutputFiles(result, options));
    LM_RETURN_IF_ERROR(WriteOutputDirectory(args.out, files));
  }
  if (!global.quiet) PrintSummary(result, args.out);
  return absl::OkStatus();
}

absl::Status RunLevels(const GlobalArgs& global, const LevelsArgs& args) {
  MergeResult result;
  {
    Progress progress(global, 6);
    LM_ASSIGN_OR_RETURN(result, Analyze(global, args.analysis, &progress));
  }
  const std::string text = args.format == "md"    ? LevelsMarkdown(result)
                           : args.format == "csv" ? LevelsCsv(result)
                                                  : LevelsJson(result);
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
  return absl::OkStatus();
}

}  // namespace laddermerge
