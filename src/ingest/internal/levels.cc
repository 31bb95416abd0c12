#include "ingest/internal/levels.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"

#include "ingest/internal/level_names.h"
#include "ingest/internal/markup_text.h"

namespace laddermerge::internal {
namespace {

// A file or directory name as words: "ic3_software_engineer" ->
// "ic3 software engineer", "EngineeringManager" -> "Engineering Manager".
std::string NameWords(absl::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (c == '-' || c == '_' || c == '.' || c == ' ') {
      out.push_back(' ');
      continue;
    }
    if (i > 0 && absl::ascii_isupper(c) && absl::ascii_islower(name[i - 1])) {
      out.push_back(' ');
    }
    out.push_back(c);
  }
  return out;
}

// "senior engineer" -> "Senior Engineer"; names with capitals stay as is.
std::string TitleCaseIfLower(std::string name) {
  if (std::any_of(name.begin(), name.end(), absl::ascii_isupper)) return name;
  for (size_t i = 0; i < name.size(); ++i) {
    if (i == 0 || name[i - 1] == ' ') name[i] = absl::ascii_toupper(name[i]);
  }
  return name;
}

void ApplyName(absl::string_view name, ReaderContext* context) {
  std::optional<LevelName> parsed =
      ParseLevelName(NameWords(name), PhraseContext::kTitle);
  if (!parsed.has_value()) return;
  if (!parsed->level.empty()) context->level = TitleCaseIfLower(parsed->level);
  if (!parsed->track.empty()) context->track = parsed->track;
}

// Splits "L10" into ("L", 10); false without a trailing number.
bool SplitTrailingNumber(absl::string_view level, std::string* prefix,
                         int* number) {
  size_t digits = level.size();
  while (digits > 0 && absl::ascii_isdigit(level[digits - 1])) --digits;
  if (digits == level.size() || level.size() - digits > 6) return false;
  *prefix = absl::AsciiStrToLower(level.substr(0, digits));
  return absl::SimpleAtoi(level.substr(digits), number);
}

// Levels that differ only in their number sort by it: L2 < L10. Other level
// names keep the order the ladder gave them.
void SortNaturally(std::vector<std::string>* levels) {
  std::vector<std::pair<int, std::string>> keyed;
  std::string common;
  for (const std::string& level : *levels) {
    std::string prefix;
    int number = 0;
    if (!SplitTrailingNumber(level, &prefix, &number)) return;
    if (!keyed.empty() && prefix != common) return;
    common = prefix;
    keyed.emplace_back(number, level);
  }
  std::stable_sort(
      keyed.begin(), keyed.end(),
      [](const auto& a, const auto& b) { return a.first < b.first; });
  for (size_t i = 0; i < keyed.size(); ++i) (*levels)[i] = keyed[i].second;
}

bool IsAtxHeading(absl::string_view line) {
  size_t hashes = 0;
  while (hashes < line.size() && line[hashes] == '#') ++hashes;
  return hashes >= 1 && hashes <= 6 && hashes < line.size() &&
         line[hashes] == ' ';
}

bool IsUnderline(absl::string_view line) {
  line = absl::StripTrailingAsciiWhitespace(line);
  return line.size() >= 2 &&
         (line.find_first_not_of('=') == absl::string_view::npos ||
          line.find_first_not_of('-') == absl::string_view::npos);
}

bool IsTableDelimiter(absl::string_view line) {
  line = absl::StripAsciiWhitespace(line);
  return absl::StrContains(line, "-") && absl::StrContains(line, "|") &&
         line.find_first_not_of("|:- ") == absl::string_view::npos;
}

}  // namespace

Track& TrackList::Find(const std::string& track) {
  const auto [it, inserted] = positions_.emplace(track, tracks_.size());
  if (inserted) tracks_.push_back(Track{track, {}});
  return tracks_[it->second];
}

void TrackList::Add(const std::string& track, const std::string& level) {
  Track& t = Find(track);
  if (level.empty()) return;
  if (levels_.emplace(positions_[track], level).second) {
    t.levels.push_back(level);
  }
}

void TrackList::Add(const std::vector<Track>& tracks) {
  for (const Track& t : tracks) {
    Find(t.name);
    for (const std::string& level : t.levels) Add(t.name, level);
  }
}

std::vector<Track> TrackList::Take() {
  positions_.clear();
  levels_.clear();
  return std::move(tracks_);
}

bool IsSupportedLadderFile(absl::string_view path, Format format) {
  if (format == Format::kUnsupported) return false;
  const std::string stem = absl::AsciiStrToLower(
      std::filesystem::path(std::string(path)).stem().string());
  for (absl::string_view skip : {"license", "licence", "copying", "changelog",
                                 "contributing", "code_of_conduct"}) {
    if (absl::StartsWith(stem, skip)) return false;
  }
  return true;
}

bool LooksLikeMarkdown(absl::string_view text) {
  const std::vector<absl::string_view> lines = absl::StrSplit(text, '\n');
  int signals = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const absl::string_view line = lines[i];
    const bool after_text = i > 0 && !TrimSpace(lines[i - 1]).empty() &&
                            !HasListMarker(lines[i - 1]);
    if (IsAtxHeading(line) || (after_text && IsUnderline(line)) ||
        (i > 0 && IsTableDelimiter(line) &&
         absl::StrContains(lines[i - 1], "|"))) {
      return true;
    }
    signals += absl::StartsWith(line, "```") + absl::StrContains(line, "**") +
               absl::StrContains(line, "](");
  }
  return signals >= 2;
}

bool LooksTabDelimited(absl::string_view text) {
  int lines = 0, tabbed = 0;
  bool first_tabbed = false;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    if (TrimSpace(line).empty()) continue;
    const bool tab = absl::StrContains(TrimSpace(line), '\t');
    if (lines == 0) first_tabbed = tab;
    ++lines;
    tabbed += tab;
  }
  return first_tabbed && tabbed >= 2 && 3 * tabbed >= 2 * lines;
}

ReaderContext ContextFromPath(absl::string_view path, absl::string_view root) {
  namespace fs = std::filesystem;
  const fs::path file(std::string{path});
  fs::path relative =
      root.empty() ? file.parent_path().filename() / file.filename()
                   : file.lexically_relative(fs::path(std::string{root}));
  ReaderContext context;
  for (const fs::path& part : relative.parent_path()) {
    if (part != "." && part != "..") ApplyName(part.string(), &context);
  }
  ApplyName(file.stem().string(), &context);
  return context;
}

void MergeTracks(const std::vector<Track>& from, std::vector<Track>* into) {
  TrackList list;
  list.Add(*into);
  list.Add(from);
  *into = list.Take();
}

void NormalizeTracks(RawLadder* ladder) {
  // Level -> the named tracks its statements moved it to.
  std::map<std::string, std::set<std::string>> moved;
  for (RawStatement& s : ladder->statements) {
    if (!s.track.empty()) {
      s.track = NormalizeTrackName(s.track);
      continue;
    }
    if (s.level.empty()) continue;
    const std::optional<LevelName> parsed =
        ParseLevelName(s.level, PhraseContext::kHeading);
    if (parsed.has_value() &&
        (parsed->track == "ic" || parsed->track == "management")) {
      s.track = parsed->track;
      moved[s.level].insert(s.track);
    }
  }
  // In a ladder whose only track is the individual contributors' (named or
  // implied by level names such as "Engineer", "Senior Engineer 1"), the
  // levels named for no track ("Associate", "Senior", "Staff", "E5") are IC
  // levels too, rather than a second, unnamed track holding the rest of the
  // same ladder.
  std::set<std::string> named;
  for (const Track& t : ladder->tracks) {
    if (!t.name.empty()) named.insert(NormalizeTrackName(t.name));
  }
  for (const RawStatement& s : ladder->statements) {
    if (!s.track.empty()) named.insert(s.track);
  }
  const bool ic_list = named.size() == 1 && named.contains("ic");
  if (ic_list) {
    for (RawStatement& s : ladder->statements) {
      if (!s.track.empty() || s.level.empty()) continue;
      s.track = "ic";
      moved[s.level].insert(s.track);
    }
  }
  TrackList renamed;
  for (const Track& t : ladder->tracks) {
    const std::string name = NormalizeTrackName(t.name);
    if (!name.empty()) {
      renamed.Add(name, "");
      for (const std::string& level : t.levels) renamed.Add(name, level);
      continue;
    }
    // Levels that now belong to a named track leave the unnamed one, which
    // is kept only if some level stays in it.
    std::vector<std::string> kept;
    for (const std::string& level : t.levels) {
      const auto it = moved.find(level);
      if (it == moved.end()) {
        kept.push_back(level);
        continue;
      }
      for (const std::string& track : it->second) renamed.Add(track, level);
    }
    if (kept.empty()) continue;
    renamed.Add(name, "");
    for (const std::string& level : kept) renamed.Add(name, level);
  }
  ladder->tracks = renamed.Take();
}

void CompleteTracks(RawLadder* ladder) {
  TrackList list;
  list.Add(ladder->tracks);
  for (const RawStatement& s : ladder->statements) {
    if (!s.level.empty()) list.Add(s.track, s.level);
  }
  ladder->tracks = list.Take();
  for (Track& track : ladder->tracks) SortNaturally(&track.levels);
}

}  // namespace laddermerge::internal
