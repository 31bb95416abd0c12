#include "cli/cli.h"

#include <cstdio>
#include <iostream>
#include <string>

#include "absl/status/status.h"

#include "CLI/CLI.hpp"
#include "cli/commands.h"
#include "cli/match_command.h"
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

// Options shared by the commands that score statements.
void AddSimilarityOptions(CLI::App* command, SimilarityFlags& flags) {
  command->add_option("--weights", flags.weights,
                      "Blend weights, e.g. word=1,char=1 (0 turns a part off)");
  command->add_option("--stem", flags.stem_language,
                      "Snowball stemming language, or none (default: english)");
  command->add_flag("--no-stop-words", flags.no_stop_words,
                    "Keep English function words");
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
  AddSimilarityOptions(match, match_args.flags);

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
  if (parse->parsed()) return Finish(RunParse(global, parse_args));
  if (similarity->parsed()) {
    return Finish(RunSimilarity(global, similarity_args));
  }
  if (match->parsed()) return Finish(RunMatch(global, match_args));
  if (score_pairs->parsed()) {
    return Finish(RunScorePairs(global, score_pairs_args));
  }
  return 2;
}

}  // namespace laddermerge
