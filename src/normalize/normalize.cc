#include "normalize/normalize.h"

#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace laddermerge {
namespace {

int CountAlnum(absl::string_view text) {
  int n = 0;
  for (char c : text) {
    // Bytes >= 0x80 belong to non-ASCII letters often enough to count them.
    if (absl::ascii_isalnum(c) || static_cast<unsigned char>(c) >= 0x80) ++n;
  }
  return n;
}

}  // namespace

std::string NormalizeText(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (absl::ascii_isspace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

absl::StatusOr<Corpus> Normalize(RawCorpus raw,
                                 const NormalizeOptions& options) {
  Corpus corpus;
  corpus.warnings = std::move(raw.warnings);
  for (RawLadder& raw_ladder : raw.ladders) {
    Ladder ladder;
    ladder.name = raw_ladder.name;
    ladder.files = std::move(raw_ladder.files);
    ladder.tracks = std::move(raw_ladder.tracks);
    for (RawStatement& rs : raw_ladder.statements) {
      std::string text = NormalizeText(rs.text);
      if (CountAlnum(text) < options.min_alnum_chars) continue;
      Statement s;
      s.id = absl::StrCat(ladder.name, ":", ladder.statements.size() + 1);
      s.ladder = ladder.name;
      s.track = std::move(rs.track);
      s.level = std::move(rs.level);
      s.section = std::move(rs.section);
      s.text = std::move(text);
      s.file = std::move(rs.file);
      s.line = rs.line;
      ladder.statements.push_back(std::move(s));
    }
    if (ladder.statements.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(
          ladder.files.empty() ? ladder.name : ladder.files.front(),
          ":1: no statements left after normalization"));
    }
    corpus.ladders.push_back(std::move(ladder));
  }
  return corpus;
}

}  // namespace laddermerge
