// Ingest: the first pipeline stage. Reads ladders from files and directories
// in every supported format and returns their raw statements with exact
// provenance (file and line), track, level and section.
//
//   LM_ASSIGN_OR_RETURN(InputSpec input,
//   ParseInputArgument("acme=corpora/acme")); LM_ASSIGN_OR_RETURN(RawCorpus
//   raw, Ingest({input}, IngestOptions()));
//   // raw.ladders[0].statements[i].text still holds source line breaks; the
//   // normalize stage turns RawCorpus into the clean Corpus.
//
// Formats: Markdown (.md, .markdown, and .txt whose content is Markdown),
// YAML (.yml, .yaml), JSON (.json), CSV/TSV (.csv, .tsv), HTML (.html, .htm),
// a JavaScript data module's object literals (.js), and plain text. The
// extension decides first, the content second.
//
// Ingest is the only stage that reads files.
#ifndef LADDERMERGE_INGEST_INGEST_H_
#define LADDERMERGE_INGEST_INGEST_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

#include "common/decisions.h"
#include "common/ladder.h"

namespace laddermerge {

// One command-line input: a file or a directory, optionally named.
struct InputSpec {
  std::string name;         // Ladder name; "" means derive it (SPEC.md).
  std::string path;         // File or directory, as given.
  bool name_given = false;  // True for the `NAME=PATH` form.
};

// Parses "PATH" or "NAME=PATH". A path that exists as given wins over the
// NAME=PATH reading, so a file called "a=b.md" still works. Returns
// InvalidArgument for an empty name or path, and "PATH:1: ladder name ..."
// for a name Ingest would reject (see there).
absl::StatusOr<InputSpec> ParseInputArgument(absl::string_view argument);

struct IngestOptions {
  // Files larger than this are rejected with InvalidArgument. 50 MB.
  int64_t max_file_bytes = 50 * 1000 * 1000;
  // A directory with more supported files than this is rejected.
  int max_files = 20000;
  // Nesting deeper than this in YAML, JSON, HTML or Markdown is rejected
  // instead of recursed into.
  int max_nesting = 256;
  // Upper bound on statements per ladder; more is an error, not a silent cut.
  int64_t max_statements = 5000000;
  // Also read the `examples` lists of YAML/JSON/JavaScript ladders as
  // statements. Examples illustrate a criterion, often with company-specific
  // anecdotes ("Moved the billing job to the new queue"), rather than
  // state an expectation, so by default they are left out.
  bool include_examples = false;
};

// How the normalize stage treats a raw statement's text.
enum class StatementKind {
  kItem,       // A bullet, list item, cell entry or YAML string: one statement.
  kParagraph,  // Running prose: split into sentences, one statement each.
};

// A statement as found in the source, before normalization.
struct RawStatement {
  // The text with inline markup already reduced to plain text by the reader,
  // but with the source's line breaks kept as '\n' (so that normalize can
  // give each sentence its own line) and its encoding not yet repaired.
  std::string text;
  std::string file;     // Path as reached from the command-line argument.
  int line = 0;         // 1-based line of the first character of `text`.
  std::string track;    // "" when unknown.
  std::string level;    // "" when unknown.
  std::string section;  // Headings or competency path joined with " > ".
  StatementKind kind = StatementKind::kItem;
};

// One ladder as read.
struct RawLadder {
  std::string name;
  std::vector<std::string> files;        // Files that were read.
  std::vector<Track> tracks;             // Ordered levels per track.
  std::vector<RawStatement> statements;  // In reading order.
};

struct RawCorpus {
  std::vector<RawLadder> ladders;
  // Non-fatal findings, "file:line: what", in reading order.
  std::vector<std::string> warnings;
  // Files under directory inputs that were skipped as unsupported (images,
  // licences, ...), for `--verbose`.
  std::vector<std::string> skipped_files;
};

// Reads every input. Ladder names follow SPEC.md: the given NAME, else a
// directory's name, else a file's front matter `company`, else its stem;
// clashing derived names get "-2", "-3", ... and a warning; a clashing given
// name is InvalidArgument. A name is the prefix of statement ids and may end
// up in output paths, so '/', '\\', ':' and control characters are replaced
// by '-' in derived names and rejected in given ones, as are "." and "..".
//
// Errors, each a single line "FILE:LINE: what is wrong" (LINE is 1 when the
// problem concerns the whole file):
//   NotFound          a path that does not exist;
//   PermissionDenied  a path that cannot be read;
//   InvalidArgument   binary content, invalid UTF-8 that cannot be repaired,
//                     an empty file or one with no statements, malformed
//                     YAML/JSON/CSV/HTML, a file over max_file_bytes, nesting
//                     over max_nesting, a clashing or malformed given name;
//   Unimplemented     a file given explicitly in a format we cannot read.
// Not thread-safe with respect to the filesystem changing underneath it; the
// result does not depend on directory listing order.
absl::StatusOr<RawCorpus> Ingest(absl::Span<const InputSpec> inputs,
                                 const IngestOptions& options);

// Reads a decisions file (YAML) that reviewers edit:
//
//   together:        # each entry: statements that belong in one cluster
//     - [northwind:12, contoso:40]
//   apart:           # each entry: statements that must not share one
//     - [northwind:3, {ladder: fabrikam, text: "I run the on-call rota."}]
//   canonical:       # the wording a statement's cluster should read
//     - {statement: northwind:12, text: "Mentors engineers on the team"}
//
// A statement is named by its id ("ladder:N", as in every JSON output) or
// by {ladder, text}, which survives renumbering. Errors: those of reading a
// file (see Ingest) and InvalidArgument "path:line: ..." for malformed YAML,
// an unknown key or a wrongly shaped entry. An empty file has no decisions.
absl::StatusOr<std::vector<ReviewDecision>> ReadDecisions(
    const std::string& path, const IngestOptions& options);

// One setting of a --config file: a dotted key ("cluster.min_similarity")
// and its scalar value(s), with the line it was written on.
struct ConfigSetting {
  std::string key;
  std::vector<std::string> values;  // One for a scalar, any for a list.
  bool is_list = false;
  int line = 0;
};

// Reads a YAML --config file: nested maps flatten into dotted keys, values
// are scalars or lists of scalars. Which keys exist is the caller's
// business. Errors: those of reading a file, and InvalidArgument
// "path:line: ..." for malformed YAML or a value that is neither.
absl::StatusOr<std::vector<ConfigSetting>> ReadConfig(
    const std::string& path, const IngestOptions& options);

}  // namespace laddermerge

#endif  // LADDERMERGE_INGEST_INGEST_H_
