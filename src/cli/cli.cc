#include "cli/cli.h"

#include <cstdio>
#include <iostream>
#include <string>

#include "absl/status/status.h"

#include "CLI/CLI.hpp"
#include "cli/commands.h"
#include "cli/config.h"
#include "cli/match_command.h"
#include "cli/merge_command.h"
#include "cli/similarity_commands.h"
#include "common/text_util.h"

namespace laddermerge {
namespace {

constexpr char kVersion[] = "laddermerge 0.1.0";

constexpr char kDescription[] =
    "laddermerge reads several companies' engineering career ladders and shows "
    "where they overlap, where they differ, and what one merged ladder could "
    "look like.\n\n"
    "An INPUT is a ladder file (Markdown, YAML, JSON, CSV/TSV, HTML, text), a "
    "directory of such files, or NAME=PATH to name the ladder.";

constexpr char kParseHelp[] =
    "Read ladders and print their statements as JSON.\n\n"
    "Example:\n  laddermerge parse corpora/northwind acme=ladders/acme.yaml";

constexpr char kValidateHelp[] =
    "Check ladders before comparing them: for each, the files read, the "
    "tracks and levels found with their statement counts, and notes on "
    "anything a reviewer should look at (statements without a level, levels "
    "without statements, repeated or very short statements, warnings).\n\n"
    "Example:\n  laddermerge validate corpora/northwind acme=acme.yaml";

constexpr char kSimilarityHelp[] =
    "Score how similar two statements are, and say why.\n\n"
    "Example:\n  laddermerge similarity \"Coaches and grows managers\" "
    "\"Develops other engineering managers\"";

constexpr char kScorePairsHelp[] =
    "Score tab-separated sentence pairs (the first two fields of each line), "
    "one score per line, with the model fitted on all sentences of FILE.\n\n"
    "Example:\n  laddermerge score-pairs pairs.tsv > scores.txt";

constexpr char kMatchHelp[] =
    "For every statement, the most similar statements of the other ladders, "
    "as JSON: {\"matches\": [{\"a\": id, \"b\": id, \"score\": s}]}, "
    "best first for each a. Exact: no approximate search.\n\n"
    "Example:\n  laddermerge match corpora/northwind corpora/contoso "
    "--top-k 5 --min-score 0.3";

constexpr char kMergeHelp[] =
    "Compare ladders and propose a merged one: clusters of equivalent "
    "statements, each ladder's gaps, the overlap between ladders, how their "
    "levels correspond, and a consolidated framework, written into DIR as "
    "report.html, spreadsheets (CSV, XLSX), Markdown, YAML and JSON. DIR is "
    "replaced only when every file was written.\n\n"
    "Examples:\n"
    "  laddermerge merge corpora/northwind corpora/contoso corpora/fabrikam "
    "--out merged\n"
    "  laddermerge merge a=acme.yaml b=globex/ --out merged "
    "--decisions decisions.yaml";

constexpr char kLevelsHelp[] =
    "How the levels of the ladders correspond (\"their Senior Engineer is "
    "our L4\"), computed from what the levels expect, as JSON: "
    "{\"alignments\": [{\"ladder_a\", \"ladder_b\", \"track_a\", "
    "\"track_b\", \"pairs\": [{\"level_a\", \"level_b\", "
    "\"score\"}]}]}; level_b is null when a level has no counterpart.\n\n"
    "Example:\n  laddermerge levels corpora/northwind corpora/contoso";

// Options of the commands that cluster and consolidate.
void AddAnalysisOptions(CLI::App* command, AnalysisArgs& args) {
  command->add_option("INPUT", args.inputs, "Ladder files or directories")
      ->required();
  command->add_option("--decisions", args.decisions,
                      "Reviewers' decisions (YAML): statements to keep "
                      "together or apart, pinned wordings");
  command
      ->add_option("--min-similarity", args.cluster.min_similarity,
                   "Cluster linkage needed to merge (default: 0.25)")
      ->check(CLI::Range(0.0, 1.0));
  command->add_option("--linkage", args.linkage, "average or complete")
      ->check(CLI::IsMember({"average", "complete"}));
}

// Options shared by the commands that score statements.
void AddSimilarityOptions(CLI::App* command, SimilarityFlags& flags) {
  command->add_option("--weights", flags.weights,
                      "Blend weights of the parts word, char, concept, synset, "
                      "wordnet, glove, lsa, polarity, e.g. word=1,char=1 (0 "
                      "turns a part off)");
  command->add_option("--stem", flags.stem_language,
                      "Snowball stemming language, or none (default: english)");
  command->add_flag("--no-stop-words", flags.no_stop_words,
                    "Keep English function words (the default)");
  command->add_flag("--stop-words", flags.stop_words,
                    "Remove English function words");
  command
      ->add_option("--extra-stop-words", flags.extra_stop_words,
                   "Also remove these words (comma-separated, repeatable)")
      ->delimiter(',')
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  command->add_flag(
      "--no-ladder-stop-words", flags.no_ladder_stop_words,
      "Keep ladder boilerplate words (ability, consistently, ...)");
  command->add_option("--char-ngrams", flags.char_ngrams,
                      "Character n-gram range MIN-MAX inside words, or 0");
  command
      ->add_option("--word-ngrams", flags.word_ngrams,
                   "Longest word n-gram used as a term")
      ->check(CLI::PositiveNumber);
  command
      ->add_option("--lsa-dims", flags.lsa_dims,
                   "Latent dimensions of the lsa part")
      ->check(CLI::PositiveNumber);
  command
      ->add_option("--lsa-power", flags.lsa_power,
                   "Exponent of the singular values in lsa vectors")
      ->check(CLI::NonNegativeNumber);
}

void AddGlobalOptions(CLI::App& app, GlobalArgs& global) {
  app.add_option("--threads", global.threads,
                 "Worker threads (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  app.add_flag("-q,--quiet", global.quiet, "Print no warnings");
  app.add_flag("-v,--verbose", global.verbose, "Also list skipped files");
  app.add_option("--max-file-size", global.max_file_bytes,
                 "Largest input file in bytes (default: 50000000)")
      ->check(CLI::PositiveNumber);
  app.add_option("--config", global.config,
                 "Settings file (YAML): thresholds, stop words, weights; "
                 "flags on the command line win");
}

// True when `flag` was given on the command line, to `command` or globally.
bool Given(const CLI::App& app, const CLI::App* command,
           absl::string_view flag) {
  const std::string name(flag);
  for (const CLI::App* a : {command, &app}) {
    if (a == nullptr) continue;
    const CLI::Option* option = a->get_option_no_throw(name);
    if (option != nullptr && option->count() > 0) return true;
  }
  return false;
}

// Reads --config and applies it to the parsed command's arguments.
absl::Status LoadConfig(const CLI::App& app, const CLI::App* command,
                        ConfigTargets targets) {
  if (targets.global->config.empty()) return absl::OkStatus();
  IngestOptions options;
  options.max_file_bytes = targets.global->max_file_bytes;
  absl::StatusOr<std::vector<ConfigSetting>> settings =
      ReadConfig(targets.global->config, options);
  if (!settings.ok()) return settings.status();
  targets.given = [&](absl::string_view flag) {
    return Given(app, command, flag);
  };
  return ApplyConfig(targets.global->config, *settings, targets);
}

// Output that could not be written in full fails the run instead of ending
// it with exit code 0. Commands that write much use WriteStdout, which says
// why; this catches the rest.
absl::Status CheckStdout() {
  std::cout.flush();
  if (std::fflush(stdout) == 0 && !std::ferror(stdout) && std::cout.good()) {
    return absl::OkStatus();
  }
  return absl::UnavailableError("<stdout>:1: cannot write the output");
}

// Prints the one error line and maps a Status to the exit code. Control
// characters in the message (a file name with a line break) are escaped, so
// the error stays one line.
int Finish(absl::Status status) {
  if (status.ok()) status = CheckStdout();
  if (status.ok()) return 0;
  std::cerr << "laddermerge: error: "
            << EscapeControlCharacters(status.message()) << "\n";
  return 1;
}

}  // namespace

int RunCommandLine(int argc, char** argv) {
  CLI::App app(kDescription, "laddermerge");
  app.set_version_flag("--version", kVersion);
  app.require_subcommand(1);
  app.fallthrough();  // Global options may also follow the command.
  GlobalArgs global;
  AddGlobalOptions(app, global);

  ParseArgs parse_args;
  CLI::App* parse = app.add_subcommand("parse", kParseHelp);
  parse->add_option("INPUT", parse_args.inputs, "Ladder files or directories")
      ->required();
  parse->add_option("--format", parse_args.format, "json or csv")
      ->check(CLI::IsMember({"json", "csv"}));

  ValidateArgs validate_args;
  CLI::App* validate = app.add_subcommand("validate", kValidateHelp);
  validate
      ->add_option("INPUT", validate_args.inputs, "Ladder files or directories")
      ->required();
  validate->add_option("--format", validate_args.format, "text or json")
      ->check(CLI::IsMember({"text", "json"}));

  SimilarityArgs similarity_args;
  CLI::App* similarity = app.add_subcommand("similarity", kSimilarityHelp);
  similarity->add_option("A", similarity_args.text_a, "First text")->required();
  similarity->add_option("B", similarity_args.text_b, "Second text")
      ->required();
  similarity->add_option("--format", similarity_args.format, "text or json")
      ->check(CLI::IsMember({"text", "json"}));
  similarity
      ->add_option("--limit", similarity_args.limit,
                   "Contributions listed (default: 10)")
      ->check(CLI::NonNegativeNumber);
  AddSimilarityOptions(similarity, similarity_args.flags);

  ScorePairsArgs score_pairs_args;
  CLI::App* score_pairs = app.add_subcommand("score-pairs", kScorePairsHelp);
  score_pairs
      ->add_option("FILE", score_pairs_args.file,
                   "Tab-separated sentence pairs")
      ->required();
  score_pairs->add_option("--fit-on", score_pairs_args.fit_on,
                          "Fit on this file's lines (one statement each) "
                          "instead of on the pairs");
  AddSimilarityOptions(score_pairs, score_pairs_args.flags);

  MatchArgs match_args;
  CLI::App* match = app.add_subcommand("match", kMatchHelp);
  match->add_option("INPUT", match_args.inputs, "Ladder files or directories")
      ->required();
  match
      ->add_option("--top-k", match_args.top_k,
                   "Matches kept per statement (default: 10)")
      ->check(CLI::PositiveNumber);
  match->add_option("--min-score", match_args.min_score,
                    "Drop pairs scoring below this (default: 0)");
  match
      ->add_option("--method", match_args.method,
                   "sparse, dense, blended, or auto: blended when the model "
                   "has dense parts, else sparse")
      ->check(CLI::IsMember({"auto", "sparse", "dense", "blended"}));
  match->add_option("--format", match_args.format, "json or csv")
      ->check(CLI::IsMember({"json", "csv"}));
  AddSimilarityOptions(match, match_args.flags);

  MergeArgs merge_args;
  CLI::App* merge = app.add_subcommand("merge", kMergeHelp);
  AddAnalysisOptions(merge, merge_args.analysis);
  merge->add_option("--out", merge_args.out, "Output directory")->required();
  merge->add_option("--title", merge_args.title, "Title of the reports");
  AddSimilarityOptions(merge, merge_args.analysis.flags);

  LevelsArgs levels_args;
  CLI::App* levels = app.add_subcommand("levels", kLevelsHelp);
  AddAnalysisOptions(levels, levels_args.analysis);
  levels->add_option("--format", levels_args.format, "json, md or csv")
      ->check(CLI::IsMember({"json", "md", "csv"}));
  AddSimilarityOptions(levels, levels_args.analysis.flags);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "laddermerge: usage error: " << e.what()
              << "\nRun 'laddermerge --help' for usage.\n";
    return 2;
  }
  ConfigTargets targets;
  targets.global = &global;
  const CLI::App* command = nullptr;
  for (CLI::App* c :
       {parse, validate, similarity, score_pairs, match, merge, levels}) {
    if (c->parsed()) command = c;
  }
  if (command == similarity) targets.similarity = &similarity_args.flags;
  if (command == score_pairs) targets.similarity = &score_pairs_args.flags;
  if (command == match) {
    targets.similarity = &match_args.flags;
    targets.match = &match_args;
  }
  if (command == merge) {
    targets.similarity = &merge_args.analysis.flags;
    targets.analysis = &merge_args.analysis;
    targets.title = &merge_args.title;
  }
  if (command == levels) {
    targets.similarity = &levels_args.analysis.flags;
    targets.analysis = &levels_args.analysis;
  }
  if (const absl::Status s = LoadConfig(app, command, targets); !s.ok()) {
    return Finish(s);
  }
  if (parse->parsed()) return Finish(RunParse(global, parse_args));
  if (validate->parsed()) return Finish(RunValidate(global, validate_args));
  if (similarity->parsed()) {
    return Finish(RunSimilarity(global, similarity_args));
  }
  if (match->parsed()) return Finish(RunMatch(global, match_args));
  if (merge->parsed()) return Finish(RunMerge(global, merge_args));
  if (levels->parsed()) return Finish(RunLevels(global, levels_args));
  if (score_pairs->parsed()) {
    return Finish(RunScorePairs(global, score_pairs_args));
  }
  return 2;
}

}  // namespace laddermerge
