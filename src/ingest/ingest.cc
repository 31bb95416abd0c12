#include "ingest/ingest.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <system_error>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

#include "common/status_macros.h"
#include "ingest/internal/decode.h"
#include "ingest/internal/levels.h"
#include "ingest/internal/reader.h"

namespace laddermerge {
namespace {

namespace fs = std::filesystem;
using internal::Format;

std::string Lower(absl::string_view s) { return absl::AsciiStrToLower(s); }

Format FormatFromExtension(const fs::path& path) {
  static const auto* const kByExtension = new std::map<std::string, Format>{
      {".md", Format::kMarkdown},    {".markdown", Format::kMarkdown},
      {".yml", Format::kYaml},       {".yaml", Format::kYaml},
      {".json", Format::kJson},      {".csv", Format::kCsv},
      {".tsv", Format::kTsv},        {".html", Format::kHtml},
      {".htm", Format::kHtml},       {".js", Format::kJavaScript},
      {".mjs", Format::kJavaScript}, {".txt", Format::kText},
  };
  const auto it = kByExtension->find(Lower(path.extension().string()));
  return it == kByExtension->end() ? Format::kUnsupported : it->second;
}

absl::StatusOr<std::string> ReadBytes(const std::string& path,
                                      const IngestOptions& options) {
  std::error_code ec;
  const uintmax_t size = fs::file_size(path, ec);
  if (ec) {
    return absl::NotFoundError(
        absl::StrCat(path, ":1: cannot read: ", ec.message()));
  }
  if (static_cast<int64_t>(size) > options.max_file_bytes) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ":1: file is ", size, " bytes, over the limit of ",
                     options.max_file_bytes, " (see --max-file-size)"));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::PermissionDeniedError(
        absl::StrCat(path, ":1: cannot open file for reading"));
  }
  std::string bytes(static_cast<size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (!in && !in.eof()) {
    return absl::PermissionDeniedError(absl::StrCat(path, ":1: read failed"));
  }
  bytes.resize(static_cast<size_t>(in.gcount()));
  return bytes;
}

bool IsReadme(const fs::path& path) {
  return Lower(path.stem().string()) == "readme";
}

// True when `file` lies in directory `dir` or below it.
bool IsUnder(const fs::path& file, const fs::path& dir) {
  const fs::path relative = file.parent_path().lexically_relative(dir);
  return !relative.empty() && *relative.begin() != "..";
}

// A README in a directory that also holds other ladder files (there or
// below) documents them and is skipped; a README that is the only ladder
// file of its directory is the ladder and is read.
void SkipDocumentationReadmes(std::vector<std::string>* files,
                              std::vector<std::string>* skipped) {
  std::vector<std::string> kept;
  for (const std::string& file : *files) {
    const fs::path dir = fs::path(file).parent_path();
    const bool documentation =
        IsReadme(file) && std::any_of(files->begin(), files->end(),
                                      [&](const std::string& other) {
                                        return other != file &&
                                               IsUnder(other, dir);
                                      });
    (documentation ? skipped : &kept)->push_back(file);
  }
  *files = std::move(kept);
}

// Files below a directory input, in sorted path order. Directory symlinks
// are not followed, so symlink loops cannot recurse.
absl::StatusOr<std::vector<std::string>> ListFiles(
    const std::string& root, const IngestOptions& options,
    std::vector<std::string>* skipped) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(
      root, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path& p = it->path();
    const std::string name = p.filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    if (internal::IsSupportedLadderFile(p.string(), FormatFromExtension(p))) {
      files.push_back(p.string());
    } else {
      skipped->push_back(p.string());
    }
    if (static_cast<int>(files.size()) > options.max_files) {
      return absl::InvalidArgumentError(absl::StrCat(
          root, ":1: more than ", options.max_files, " ladder files"));
    }
  }
  if (ec) {
    return absl::PermissionDeniedError(
        absl::StrCat(root, ":1: cannot list directory: ", ec.message()));
  }
  std::sort(files.begin(), files.end());
  SkipDocumentationReadmes(&files, skipped);
  std::sort(skipped->begin(), skipped->end());
  return files;
}

absl::StatusOr<internal::ReadResult> ReadOneFile(const std::string& path,
                                                 Format format,
                                                 const std::string& root,
                                                 const IngestOptions& options) {
  LM_ASSIGN_OR_RETURN(std::string bytes, ReadBytes(path, options));
  LM_ASSIGN_OR_RETURN(internal::DecodedText decoded,
                      internal::DecodeBytes(path, bytes));
  internal::SourceFile source{path, std::move(decoded.text), 1};
  if (format == Format::kText && internal::LooksLikeMarkdown(source.text)) {
    format = Format::kMarkdown;
  }
  internal::ReaderContext context = internal::ContextFromPath(path, root);
  context.options = &options;
  absl::StatusOr<internal::ReadResult> result;
  switch (format) {
    case Format::kMarkdown:
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
  if (ec || !fs::exists(status)) {
    return absl::NotFoundError(
        absl::StrCat(input.path, ":1: no such file or directory"));
  }
  const bool is_directory = fs::is_directory(status);
  std::vector<std::string> files;
  if (is_directory) {
    LM_ASSIGN_OR_RETURN(files,
                        ListFiles(input.path, options, &corpus->skipped_files));
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
  ladder.name =
      input.name_given ? input.name : DefaultName(input, is_directory, company);
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
  return spec;
}

absl::StatusOr<RawCorpus> Ingest(absl::Span<const InputSpec> inputs,
                                 const IngestOptions& options) {
  if (inputs.empty()) {
    return absl::InvalidArgumentError("no input ladders given");
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
