#include "cli/commands.h"

#include <iostream>

#include "absl/status/statusor.h"

#include "common/status_macros.h"
#include "ingest/ingest.h"
#include "normalize/normalize.h"
#include "report/report.h"

namespace laddermerge {
namespace {

void PrintWarnings(const GlobalArgs& global,
                   const std::vector<std::string>& skipped_files,
                   const Corpus& corpus) {
  if (global.verbose) {
    for (const std::string& file : skipped_files) {
      std::cerr << "laddermerge: skipped " << file << " (not a ladder file)\n";
    }
  }
  if (global.quiet) return;
  for (const std::string& warning : corpus.warnings) {
    std::cerr << "laddermerge: warning: " << warning << "\n";
  }
}

}  // namespace

absl::StatusOr<Corpus> LoadCorpus(const GlobalArgs& global,
                                  const std::vector<std::string>& arguments) {
  std::vector<InputSpec> inputs;
  for (const std::string& argument : arguments) {
    LM_ASSIGN_OR_RETURN(InputSpec input, ParseInputArgument(argument));
    inputs.push_back(std::move(input));
  }
  IngestOptions ingest_options;
  ingest_options.max_file_bytes = global.max_file_bytes;
  LM_ASSIGN_OR_RETURN(RawCorpus raw, Ingest(inputs, ingest_options));
  const std::vector<std::string> skipped = std::move(raw.skipped_files);
  LM_ASSIGN_OR_RETURN(Corpus corpus,
                      Normalize(std::move(raw), NormalizeOptions()));
  PrintWarnings(global, skipped, corpus);
  return corpus;
}

absl::Status RunParse(const GlobalArgs& global, const ParseArgs& args) {
  LM_ASSIGN_OR_RETURN(Corpus corpus, LoadCorpus(global, args.inputs));
  std::cout << (args.format == "csv" ? ParseCsv(corpus) : ParseJson(corpus));
  std::cout.flush();
  return absl::OkStatus();
}

absl::Status RunValidate(const GlobalArgs& global, const ValidateArgs& args) {
  GlobalArgs quiet = global;
  quiet.quiet = true;  // The summary lists the warnings itself.
  LM_ASSIGN_OR_RETURN(Corpus corpus, LoadCorpus(quiet, args.inputs));
  std::cout << (args.format == "json" ? ValidateJson(corpus)
                                      : ValidateText(corpus));
  std::cout.flush();
  return absl::OkStatus();
}

}  // namespace laddermerge
