#include "cli/commands.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"

#include "common/status_macros.h"
#include "common/text_util.h"
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
      std::cerr << "laddermerge: skipped " << EscapeControlCharacters(file)
                << " (not a ladder file)\n";
    }
  }
  if (global.quiet) return;
  for (const std::string& warning : corpus.warnings) {
    std::cerr << "laddermerge: warning: " << EscapeControlCharacters(warning)
              << "\n";
  }
}

}  // namespace

absl::Status WriteStdout(absl::string_view text) {
  std::cout.flush();  // Whatever was written through std::cout goes first.
  const bool written =
      std::fwrite(text.data(), 1, text.size(), stdout) == text.size() &&
      std::fflush(stdout) == 0;
  if (written) return absl::OkStatus();
  const int error = errno;
  const std::string message = absl::StrCat(
      "<stdout>:1: cannot write the output: ", std::strerror(error));
  if (error == ENOSPC || error == EDQUOT || error == EFBIG) {
    return absl::ResourceExhaustedError(message);
  }
  return absl::UnavailableError(message);
}

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
  return WriteStdout(args.format == "csv" ? ParseCsv(corpus)
                                          : ParseJson(corpus));
}

absl::Status RunValidate(const GlobalArgs& global, const ValidateArgs& args) {
  GlobalArgs quiet = global;
  quiet.quiet = true;  // The summary lists the warnings itself.
  LM_ASSIGN_OR_RETURN(Corpus corpus, LoadCorpus(quiet, args.inputs));
  return WriteStdout(args.format == "json" ? ValidateJson(corpus)
                                           : ValidateText(corpus));
}

}  // namespace laddermerge
