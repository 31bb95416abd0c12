// --config FILE: settings from a YAML file for thresholds, stop words and
// weights, so a team can keep its choices next to its ladders. Every key
// sets what a command-line flag sets; a flag given on the command line wins
// over the file. Keys a command does not use are ignored (one file serves
// every command); unknown keys are an error naming the file and line.
//
//   threads: 2
//   weights: "word=.55,char=.08,wordnet=.17"
//   stop_words: [synergy, leverage]
//   cluster: {min_similarity: 0.25, linkage: average}
//   levels: {span_ratio: 0.75}
//   gaps: {covered_score: 0.5}
//   match: {top_k: 5}
//   title: "Acme + Globex"
#ifndef LADDERMERGE_CLI_CONFIG_H_
#define LADDERMERGE_CLI_CONFIG_H_

#include <functional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

#include "cli/commands.h"
#include "cli/match_command.h"
#include "cli/merge_command.h"
#include "cli/similarity_commands.h"
#include "ingest/ingest.h"

namespace laddermerge {

// What the settings may change; null for what the running command lacks.
struct ConfigTargets {
  GlobalArgs* global = nullptr;
  SimilarityFlags* similarity = nullptr;
  AnalysisArgs* analysis = nullptr;
  MatchArgs* match = nullptr;
  std::string* title = nullptr;
  // True when the flag (e.g. "--top-k") was given on the command line.
  std::function<bool(absl::string_view flag)> given;
};

// The known keys, for help texts and error messages.
std::vector<std::string> ConfigKeys();

// Applies `settings` read from `path`. InvalidArgument "path:line: ..." for
// an unknown key or a value of the wrong kind.
absl::Status ApplyConfig(const std::string& path,
                         const std::vector<ConfigSetting>& settings,
                         const ConfigTargets& targets);

}  // namespace laddermerge

#endif  // LADDERMERGE_CLI_CONFIG_H_
