// ParseJson writes its document directly, byte for byte as nlohmann's
// dump(2) of the whole tree would: building that tree first took about 20
// times the text of the statements, most of the peak memory of `parse`.
#include <string>

#include "absl/strings/str_cat.h"

#include "nlohmann/json.hpp"
#include "report/report.h"

namespace laddermerge {
namespace {

// `text` as a JSON string literal; invalid UTF-8 is replaced by U+FFFD.
void AppendString(absl::string_view text, std::string* out) {
  absl::StrAppend(
      out, nlohmann::ordered_json(std::string(text))
               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void AppendField(absl::string_view indent, absl::string_view key,
                 absl::string_view value, std::string* out) {
  absl::StrAppend(out, indent, "\"", key, "\": ");
  AppendString(value, out);
  out->append(",\n");
}

// One Statement object, SPEC.md's fields in order, at nesting depth 4.
void AppendStatement(const Statement& s, std::string* out) {
  constexpr absl::string_view kIndent = "          ";
  out->append("        {\n");
  AppendField(kIndent, "id", s.id, out);
  AppendField(kIndent, "ladder", s.ladder, out);
  AppendField(kIndent, "track", s.track, out);
  AppendField(kIndent, "level", s.level, out);
  AppendField(kIndent, "section", s.section, out);
  AppendField(kIndent, "text", s.text, out);
  AppendField(kIndent, "file", s.file, out);
  absl::StrAppend(out, kIndent, "\"line\": ", s.line, "\n        }");
}

void AppendLadder(const Ladder& ladder, std::string* out) {
  out->append("    {\n      \"name\": ");
  AppendString(ladder.name, out);
  out->append(",\n      \"files\": ");
  if (ladder.files.empty()) out->append("[]");
  for (size_t i = 0; i < ladder.files.size(); ++i) {
    out->append(i == 0 ? "[\n        " : ",\n        ");
    AppendString(ladder.files[i], out);
    if (i + 1 == ladder.files.size()) out->append("\n      ]");
  }
  out->append(",\n      \"statements\": ");
  if (ladder.statements.empty()) out->append("[]");
  for (size_t i = 0; i < ladder.statements.size(); ++i) {
    out->append(i == 0 ? "[\n" : ",\n");
    AppendStatement(ladder.statements[i], out);
    if (i + 1 == ladder.statements.size()) out->append("\n      ]");
  }
  out->append("\n    }");
}

// The output's size, up to escapes: the statements' text plus the fixed
// syntax around each (about 200 bytes), so that the output is not copied
// while it grows.
size_t EstimatedSize(const Corpus& corpus) {
  size_t size = 64;
  for (const Ladder& ladder : corpus.ladders) {
    size += 64 + ladder.name.size();
    for (const std::string& file : ladder.files) size += 16 + file.size();
    for (const Statement& s : ladder.statements) {
      size += 224 + s.id.size() + s.ladder.size() + s.track.size() +
              s.level.size() + s.section.size() + s.text.size() + s.file.size();
    }
  }
  return size;
}

}  // namespace

std::string ParseJson(const Corpus& corpus) {
  std::string out;
  out.reserve(EstimatedSize(corpus));
  out.append("{\n  \"ladders\": ");
  if (corpus.ladders.empty()) out.append("[]");
  for (size_t i = 0; i < corpus.ladders.size(); ++i) {
    out.append(i == 0 ? "[\n" : ",\n");
    AppendLadder(corpus.ladders[i], &out);
    if (i + 1 == corpus.ladders.size()) out.append("\n  ]");
  }
  out.append("\n}\n");
  return out;
}

}  // namespace laddermerge
