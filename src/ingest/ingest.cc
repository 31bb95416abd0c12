#include "ingest/ingest.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

#include "common/status_macros.h"
#include "ingest/internal/decode.h"
#include "ingest/internal/files.h"
#include "ingest/internal/levels.h"
#include "ingest/internal/reader.h"
#include "ingest/internal/rst_text.h"

namespace laddermerge {
namespace {

namespace fs = std::filesystem;
using internal::Format;
using internal::FormatFromExtension;

absl::StatusOr<internal::ReadResult> ReadOneFile(const std::string& path,
                                                 Format format,
                                                 const std::string& root,
                                                 const IngestOptions& options) {
  LM_ASSIGN_OR_RETURN(std::string bytes,
                      internal::ReadFileBytes(path, options.max_file_bytes));
  LM_ASSIGN_OR_RETURN(internal::DecodedText decoded,
                      internal::DecodeBytes(path, bytes));
  internal::SourceFile source{path, std::move(decoded.text), 1};
  if (format == Format::kText && internal::LooksTabDelimited(source.text)) {
    format = Format::kTsv;
  } else if (format == Format::kRestructuredText ||
             (format == Format::kText && internal::HasRstTitles(source.text))) {
    source.text = internal::RstToMarkdown(source.text);
    format = Format::kMarkdown;
  } else if (format == Format::kText &&
             internal::LooksLikeMarkdown(source.text)) {
    format = Format::kMarkdown;
  }
  internal::ReaderContext context = internal::ContextFromPath(path, root);
  context.options = &options;
  absl::StatusOr<internal::ReadResult> result;
  switch (format) {
    case Format::kMarkdown:
    case Format::kRestructuredText:  // Converted above.
      result = internal::ReadMarkdown(source, context);
      break;
    case Format::kYaml:
      result = internal::ReadYaml(source, context);
      break;
    case Format::kJson:
      result = internal::ReadJson(source, context);
      break;
    case Format::kCsv:
      result = internal::ReadDelimited(source, ',', context);
      break;
    case Format::kTsv:
      result = internal::ReadDelimited(source, '\t', context);
      break;
    case Format::kHtml:
      result = internal::ReadHtml(source, context);
      break;
    case Format::kJavaScript:
      result = internal::ReadJavaScript(source, context);
      break;
    case Format::kText:
      result = internal::ReadText(source, context);
      break;
    case Format::kUnsupported:
      return absl::UnimplementedError(
          absl::StrCat(path, ":1: unsupported file type"));
  }
  if (result.ok()) {
    result->warnings.insert(result->warnings.begin(), decoded.warnings.begin(),
                            decoded.warnings.end());
  }
  return result;
}

// Characters a ladder name may not hold: it is the prefix of statement ids
// ("name:17"), may become part of output paths, and is quoted in one-line
// messages.
bool IsForbiddenInName(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u < 0x20 || u == 0x7F || c == '/' || c == '\\' || c == ':';
}

// A derived name (from a file, directory or front matter) with forbidden
// characters replaced by '-'.
std::string SafeName(std::string name) {
  std::replace_if(name.begin(), name.end(), IsForbiddenInName, '-');
  if (name.empty() || name == "." || name == "..") return "ladder";
  return name;
}

absl::Status CheckGivenName(const InputSpec& input) {
  const std::string& name = input.name;
  if (!input.name_given ||
      (!name.empty() && name != "." && name != ".." &&
       std::none_of(name.begin(), name.end(), IsForbiddenInName))) {
    return absl::OkStatus();
  }
  return absl::InvalidArgumentError(absl::StrCat(
      input.path, ":1: ladder name '", name,
      "' may not be empty, '.' or '..', nor contain '/', '\\', ':' or "
      "control characters"));
}

std::string DefaultName(const InputSpec& input, bool is_directory,
                        const std::string& company) {
  fs::path p = fs::path(input.path).lexically_normal();
  if (is_directory) {
    if (p.has_filename() == false) p = p.parent_path();
    std::string name = p.filename().string();
    if (name.empty() || name == "." || name == "..") {
      name = fs::weakly_canonical(fs::path(input.path)).filename().string();
    }
    return name.empty() ? "ladder" : name;
  }
  if (!company.empty()) return company;
  return p.stem().string();
}

absl::StatusOr<RawLadder> ReadInput(const InputSpec& input,
                                    const IngestOptions& options,
                                    RawCorpus* corpus) {
  std::error_code ec;
  const fs::file_status status = fs::status(input.path, ec);
  if (status.type() == fs::file_type::not_found) {
    return absl::NotFoundError(
        absl::StrCat(input.path, ":1: no such file or directory"));
  }
  if (ec) {  // A symlink loop, a parent directory we may not search.
    return absl::PermissionDeniedError(
        absl::StrCat(input.path, ":1: cannot read: ", ec.message()));
  }
  const bool is_directory = fs::is_directory(status);
  std::vector<std::string> files;
  if (is_directory) {
    LM_ASSIGN_OR_RETURN(
        internal::LadderFiles found,
        internal::ListLadderFiles(input.path, options.max_files));
    files = std::move(found.files);
    corpus->skipped_files.insert(corpus->skipped_files.end(),
                                 found.skipped.begin(), found.skipped.end());
  } else {
    files.push_back(input.path);
  }
  RawLadder ladder;
  internal::TrackList tracks;
  std::string company;
  for (const std::string& file : files) {
    Format format = FormatFromExtension(file);
    if (format == Format::kUnsupported && !is_directory) format = Format::kText;
    LM_ASSIGN_OR_RETURN(
        internal::ReadResult result,
        ReadOneFile(file, format, is_directory ? input.path : "", options));
    corpus->warnings.insert(corpus->warnings.end(), result.warnings.begin(),
                            result.warnings.end());
    if (result.statements.empty()) {
      if (!is_directory) {
        return absl::InvalidArgumentError(
            absl::StrCat(file, ":1: no statements found"));
      }
      corpus->warnings.push_back(
          absl::StrCat(file, ":1: no statements found; skipped"));
      continue;
    }
    if (company.empty()) company = result.company;
    ladder.files.push_back(file);
    tracks.Add(result.tracks);
    for (RawStatement& s : result.statements) {
      ladder.statements.push_back(std::move(s));
    }
    if (static_cast<int64_t>(ladder.statements.size()) >
        options.max_statements) {
      return absl::InvalidArgumentError(absl::StrCat(
          file, ":1: more than ", options.max_statements, " statements"));
    }
  }
  if (ladder.statements.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        input.path, ":1: no statements found in any supported file"));
  }
  ladder.tracks = tracks.Take();
  internal::NormalizeTracks(&ladder);
  internal::CompleteTracks(&ladder);
  ladder.name = input.name_given
                    ? input.name
                    : SafeName(DefaultName(input, is_directory, company));
  return ladder;
}

// Applies SPEC.md's clash rule to derived names.
absl::Status AssignUniqueNames(absl::Span<const InputSpec> inputs,
                               RawCorpus* corpus) {
  std::set<std::string> given;
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (!inputs[i].name_given) continue;
    if (!given.insert(inputs[i].name).second) {
      return absl::InvalidArgumentError(
          absl::StrCat(inputs[i].path, ":1: ladder name '", inputs[i].name,
                       "' is given twice"));
    }
  }
  std::set<std::string> used = given;
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (inputs[i].name_given) continue;
    RawLadder& ladder = corpus->ladders[i];
    const std::string base = ladder.name;
    for (int k = 2; used.count(ladder.name) > 0; ++k) {
      ladder.name = absl::StrCat(base, "-", k);
    }
    if (ladder.name != base) {
      corpus->warnings.push_back(
          absl::StrCat(inputs[i].path, ":1: ladder name '", base,
                       "' is already taken; using '", ladder.name, "'"));
    }
    used.insert(ladder.name);
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<InputSpec> ParseInputArgument(absl::string_view argument) {
  if (argument.empty()) {
    return absl::InvalidArgumentError("empty input argument");
  }
  InputSpec spec;
  spec.path = std::string(argument);
  const size_t eq = argument.find('=');
  std::error_code ec;
  if (eq == absl::string_view::npos || fs::exists(spec.path, ec)) return spec;
  spec.name = std::string(argument.substr(0, eq));
  spec.path = std::string(argument.substr(eq + 1));
  spec.name_given = true;
  if (spec.name.empty() || spec.path.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("input '", argument, "': expected PATH or NAME=PATH"));
  }
  LM_RETURN_IF_ERROR(CheckGivenName(spec));
  return spec;
}

absl::StatusOr<RawCorpus> Ingest(absl::Span<const InputSpec> inputs,
                                 const IngestOptions& options) {
  if (inputs.empty()) {
    return absl::InvalidArgumentError("no input ladders given");
  }
  for (const InputSpec& input : inputs) {
    LM_RETURN_IF_ERROR(CheckGivenName(input));
  }
  RawCorpus corpus;
  for (const InputSpec& input : inputs) {
    LM_ASSIGN_OR_RETURN(RawLadder ladder, ReadInput(input, options, &corpus));
    corpus.ladders.push_back(std::move(ladder));
  }
  LM_RETURN_IF_ERROR(AssignUniqueNames(inputs, &corpus));
  return corpus;
}

}  // namespace laddermerge
