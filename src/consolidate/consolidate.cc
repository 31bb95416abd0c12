#include "consolidate/consolidate.h"

#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "common/status_macros.h"
#include "consolidate/internal/areas.h"
#include "consolidate/internal/cluster_details.h"
#include "consolidate/internal/decisions.h"
#include "consolidate/internal/framework.h"
#include "consolidate/internal/gaps.h"
#include "consolidate/internal/level_scales.h"

namespace laddermerge {
namespace {

absl::Status CheckSizes(const ConsolidateInput& input) {
  const size_t n = CountStatements(input.corpus);
  if (input.tokens.num_statements() != n || input.scorer.rows() != n ||
      input.clustering.cluster_of.size() != n ||
      input.decisions.decisions.size() != input.decisions.statements.size()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "consolidate: inputs disagree on the number of statements (", n,
        " statements, ", input.tokens.num_statements(), " tokenized, ",
        input.scorer.rows(), " scored, ", input.clustering.cluster_of.size(),
        " clustered)"));
  }
  return absl::OkStatus();
}

void CopyStatements(const Corpus& corpus, MergeResult* result) {
  for (uint32_t l = 0; l < corpus.ladders.size(); ++l) {
    result->ladders.push_back(corpus.ladders[l].name);
    for (const Statement& s : corpus.ladders[l].statements) {
      result->statements.push_back(s);
      result->statement_ladder.push_back(l);
    }
  }
  result->warnings = corpus.warnings;
}

// The statements tokenized for reading rather than scoring: English stop
// words and ladder boilerplate removed, no character n-grams.
absl::StatusOr<TokenCorpus> ContentWords(const MergeResult& result,
                                         int threads) {
  std::vector<absl::string_view> texts;
  texts.reserve(result.statements.size());
  for (const Statement& s : result.statements) texts.push_back(s.text);
  TokenizeOptions options;
  options.english_stop_words = true;
  options.ladder_stop_words = true;
  options.min_char_ngram = 0;
  options.max_char_ngram = 0;
  options.threads = threads;
  return TokenizeTexts(texts, options);
}

}  // namespace

absl::Status AlignLevels(const Corpus& corpus, const PairScorer& scorer,
                         const LevelOptions& options, MergeResult* result) {
  LM_ASSIGN_OR_RETURN(std::vector<internal::TrackGroup> groups,
                      internal::BuildTrackGroups(corpus, scorer, options));
  result->levels = internal::AllAlignments(groups);
  result->level_shifts = internal::FindLevelShifts(groups, *result, scorer,
                                                   options.min_shift_score);
  return absl::OkStatus();
}

absl::StatusOr<MergeResult> Consolidate(const ConsolidateInput& input,
                                        const ConsolidateOptions& options) {
  LM_RETURN_IF_ERROR(CheckSizes(input));
  MergeResult result;
  CopyStatements(input.corpus, &result);
  LM_ASSIGN_OR_RETURN(TokenCorpus content,
                      ContentWords(result, options.threads));
  internal::BuildClusters(input, internal::ContentTermSets(content), options,
                          &result);
  internal::ApplyPinnedWordings(input.decisions, &result);
  internal::BuildAreas(content, options, &result);
  LM_ASSIGN_OR_RETURN(
      internal::BestPerLadder best,
      internal::FindBestPerLadder(input.scorer, result.statement_ladder,
                                  result.ladders.size()));
  internal::BuildGaps(best, options, &result);
  internal::BuildOverlap(&result);
  const LevelOptions& levels = options.levels;
  LM_ASSIGN_OR_RETURN(
      std::vector<internal::TrackGroup> groups,
      internal::BuildTrackGroups(input.corpus, input.scorer, levels));
  result.levels = internal::AllAlignments(groups);
  result.level_shifts = internal::FindLevelShifts(groups, result, input.scorer,
                                                  levels.min_shift_score);
  result.framework = internal::BuildFramework(groups, result);
  internal::SettleDecisions(input.decisions, &result);
  return result;
}

}  // namespace laddermerge
