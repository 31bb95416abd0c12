// What the commands print on stdout besides SPEC.md's JSON: CSV and
// Markdown renderings for spreadsheets and documents, and the `validate`
// summary of what laddermerge found in each ladder.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"

#include "nlohmann/json.hpp"
#include "report/internal/escape.h"
#include "report/internal/json_util.h"
#include "report/internal/tables.h"
#include "report/report.h"
#include "tokenize/tokenize.h"

namespace laddermerge {
namespace {

using Json = nlohmann::ordered_json;

// Statements shorter than this many words (as ICU counts them, so that
// Japanese or Chinese statements, written without spaces, are not all
// "very short") are flagged by `validate`.
constexpr int kShortWords = 3;

}  // namespace

std::string ParseCsv(const Corpus& corpus) {
  return internal::TableCsv(internal::StatementsTable(corpus));
}

std::string MatchCsv(const Corpus& corpus, const TopMatches& matches) {
  return internal::TableCsv(internal::MatchesTable(corpus, matches));
}

std::string LevelsCsv(const MergeResult& result) {
  return internal::TableCsv(internal::LevelsTable(result));
}

std::string LevelsMarkdown(const MergeResult& result) {
  std::string out = "# Level correspondence\n";
  if (result.levels.empty()) {
    return out + "\nNo two ladders share a track with levels to align.\n";
  }
  for (const LevelAlignment& a : result.levels) {
    MergeResult one;
    one.ladders = result.ladders;
    one.levels = {a};
    absl::StrAppend(&out, "\n## ",
                    internal::MarkdownInline(absl::StrCat(
                        result.ladders[a.ladder_a], " ", a.track_a, " \u2192 ",
                        result.ladders[a.ladder_b], " ", a.track_b)),
                    "\n\n",
                    internal::TableMarkdown(internal::LevelsTable(one)));
  }
  if (!result.level_shifts.empty()) {
    absl::StrAppend(
        &out, "\n## Expected at different levels\n\n",
        internal::TableMarkdown(internal::LevelShiftsTable(result)));
  }
  return out;
}

LadderCheck CheckLadder(const Ladder& ladder) {
  LadderCheck check;
  check.name = ladder.name;
  check.files = ladder.files.size();
  check.statements = ladder.statements.size();
  std::map<std::string, size_t> by_text;
  std::set<std::string> sections;
  std::map<std::pair<std::string, std::string>, size_t> per_level;
  for (const Statement& s : ladder.statements) {
    if (s.level.empty()) ++check.without_level;
    if (!s.section.empty()) sections.insert(s.section);
    // A text ICU cannot count (it was validated as UTF-8) is not flagged.
    if (CountWords(s.text).value_or(kShortWords) < kShortWords) {
      check.short_statements.push_back(absl::StrCat(s.file, ":", s.line));
    }
    if (++by_text[absl::AsciiStrToLower(s.text)] == 2) ++check.repeated_texts;
    ++per_level[{s.track, s.level}];
  }
  check.sections = sections.size();
  for (const Track& t : ladder.tracks) {
    LadderCheck::TrackLevels track;
    track.name = t.name;
    for (const std::string& level : t.levels) {
      const size_t n = per_level[{t.name, level}];
      track.levels.push_back({level, n});
      if (n == 0) {
        check.empty_levels.push_back(
            t.name.empty() ? level : absl::StrCat(t.name, " ", level));
      }
    }
    check.tracks.push_back(std::move(track));
  }
  return check;
}

std::string ValidateText(const Corpus& corpus) {
  std::string out;
  for (const Ladder& ladder : corpus.ladders) {
    const LadderCheck c = CheckLadder(ladder);
    absl::StrAppend(&out, c.name, ": ", c.statements, " statements from ",
                    c.files, c.files == 1 ? " file" : " files", ", ",
                    c.sections, " sections\n");
    for (const LadderCheck::TrackLevels& t : c.tracks) {
      std::vector<std::string> levels;
      for (const auto& [level, n] : t.levels) {
        levels.push_back(absl::StrCat(level, " (", n, ")"));
      }
      absl::StrAppend(&out, "  track ", t.name.empty() ? "(unnamed)" : t.name,
                      ": ", absl::StrJoin(levels, ", "), "\n");
    }
    if (c.tracks.empty()) absl::StrAppend(&out, "  no levels found\n");
    if (c.without_level > 0) {
      absl::StrAppend(&out, "  note: ", c.without_level,
                      " statements have no level\n");
    }
    for (const std::string& level : c.empty_levels) {
      absl::StrAppend(&out, "  note: level ", level, " has no statements\n");
    }
    if (c.repeated_texts > 0) {
      absl::StrAppend(&out, "  note: ", c.repeated_texts,
                      " statements are repeated word for word\n");
    }
    if (!c.short_statements.empty()) {
      absl::StrAppend(&out, "  note: ", c.short_statements.size(),
                      " very short statements (fewer than ", kShortWords,
                      " words), first at ", c.short_statements.front(), "\n");
    }
  }
  for (const std::string& w : corpus.warnings) {
    absl::StrAppend(&out, "warning: ", w, "\n");
  }
  return out;
}

std::string ValidateJson(const Corpus& corpus) {
  Json ladders = Json::array();
  for (const Ladder& ladder : corpus.ladders) {
    const LadderCheck c = CheckLadder(ladder);
    Json tracks = Json::array();
    for (const LadderCheck::TrackLevels& t : c.tracks) {
      Json levels = Json::array();
      for (const auto& [level, n] : t.levels) {
        levels.push_back({{"level", level}, {"statements", n}});
      }
      tracks.push_back({{"name", t.name}, {"levels", levels}});
    }
    ladders.push_back({{"name", c.name},
                       {"files", ladder.files},
                       {"statements", c.statements},
                       {"sections", c.sections},
                       {"tracks", tracks},
                       {"without_level", c.without_level},
                       {"empty_levels", c.empty_levels},
                       {"repeated_texts", c.repeated_texts},
                       {"short_statements", c.short_statements}});
  }
  const Json root = {{"ladders", ladders}, {"warnings", corpus.warnings}};
  return internal::DumpJson(root);
}

}  // namespace laddermerge
