#include "cli/cli.h"

#include <iostream>
#include <string>

#include "absl/status/status.h"

#include "CLI/CLI.hpp"
#include "cli/commands.h"

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

// Prints the one error line and maps a Status to the exit code.
int Finish(const absl::Status& status) {
  if (status.ok()) return 0;
  std::cerr << "laddermerge: error: " << status.message() << "\n";
  return 1;
}

}  // namespace

int RunCommandLine(int argc, char** argv) {
  CLI::App app(kDescription, "laddermerge");
  app.set_version_flag("--version", kVersion);
  app.require_subcommand(1);
  GlobalArgs global;
  AddGlobalOptions(app, global);

  ParseArgs parse_args;
  CLI::App* parse = app.add_subcommand("parse", kParseHelp);
  parse->add_option("INPUT", parse_args.inputs, "Ladder files or directories")
      ->required();

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
  return 2;
}

}  // namespace laddermerge
