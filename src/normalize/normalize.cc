#include "normalize/normalize.h"

#include <map>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

#include "common/status_macros.h"
#include "normalize/internal/markup.h"
#include "normalize/internal/mojibake.h"
#include "normalize/internal/sentences.h"
#include "normalize/internal/unicode_text.h"

namespace laddermerge {
namespace {

using internal::Sentence;
using internal::SentenceSplitter;

// Counts mojibake repairs per file, in first-seen file order.
class RepairLog {
 public:
  void Add(const std::string& file, int repaired) {
    if (repaired == 0) return;
    const auto [it, inserted] = index_.emplace(file, files_.size());
    if (inserted) files_.emplace_back(file, 0);
    files_[it->second].second += repaired;
  }
  void Report(std::vector<std::string>* warnings) const {
    for (const auto& [file, count] : files_) {
      warnings->push_back(absl::StrCat(file, ":1: repaired ", count,
                                       " mojibake sequence",
                                       count == 1 ? "" : "s"));
    }
  }

 private:
  std::map<std::string, size_t> index_;  // File -> position in files_.
  std::vector<std::pair<std::string, int>> files_;
};

class LadderNormalizer {
 public:
  LadderNormalizer(const NormalizeOptions& options, SentenceSplitter* splitter)
      : options_(options), splitter_(splitter) {}

  absl::StatusOr<Ladder> Run(RawLadder raw,
                             std::vector<std::string>* warnings) {
    Ladder ladder;
    ladder.name = std::move(raw.name);
    ladder.files = std::move(raw.files);
    ladder.tracks = std::move(raw.tracks);
    RepairLog repairs;
    for (RawStatement& rs : raw.statements) {
      std::string text = std::move(rs.text);
      if (options_.repair_mojibake) {
        repairs.Add(rs.file, internal::RepairMojibake(&text));
      }
      if (options_.remove_markup) text = internal::RemoveInlineMarkup(text);
      for (Sentence& piece : Pieces(std::move(text), rs.kind)) {
        Add(rs, piece, &ladder);
      }
    }
    repairs.Report(warnings);
    if (ladder.statements.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(
          ladder.files.empty() ? ladder.name : ladder.files.front(),
          ":1: no statements left after normalization"));
    }
    return ladder;
  }

 private:
  std::vector<Sentence> Pieces(std::string text, StatementKind kind) {
    if (kind == StatementKind::kParagraph && options_.split_sentences) {
      return splitter_->Split(text);
    }
    std::vector<Sentence> one;
    one.push_back(Sentence{std::move(text), 0});
    return one;
  }

  void Add(const RawStatement& rs, const Sentence& piece, Ladder* ladder) {
    const std::string normalized = NormalizeText(piece.text);
    std::string text(StripListMarker(normalized));
    if (internal::CountAlnum(text) < options_.min_alnum_chars) return;
    Statement s;
    s.id = absl::StrCat(ladder->name, ":", ladder->statements.size() + 1);
    s.ladder = ladder->name;
    s.track = rs.track;
    s.level = rs.level;
    s.section = rs.section;
    s.text = std::move(text);
    s.file = rs.file;
    s.line = rs.line + piece.newlines_before;
    ladder->statements.push_back(std::move(s));
  }

  const NormalizeOptions& options_;
  SentenceSplitter* splitter_;
};

}  // namespace

std::string NormalizeText(absl::string_view text) {
  return internal::CollapseWhitespace(internal::ToNfc(text));
}

absl::StatusOr<Corpus> Normalize(RawCorpus raw,
                                 const NormalizeOptions& options) {
  LM_ASSIGN_OR_RETURN(
      SentenceSplitter splitter,
      SentenceSplitter::Create(options.non_final_abbreviations));
  Corpus corpus;
  corpus.warnings = std::move(raw.warnings);
  LadderNormalizer normalizer(options, &splitter);
  for (RawLadder& raw_ladder : raw.ladders) {
    LM_ASSIGN_OR_RETURN(
        Ladder ladder, normalizer.Run(std::move(raw_ladder), &corpus.warnings));
    corpus.ladders.push_back(std::move(ladder));
  }
  return corpus;
}

}  // namespace laddermerge
