#include "ingest/internal/levels.h"

#include <algorithm>
#include <filesystem>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace laddermerge::internal {
namespace {

Track* FindTrack(const std::string& name, std::vector<Track>* tracks) {
  for (Track& t : *tracks) {
    if (t.name == name) return &t;
  }
  tracks->push_back(Track{name, {}});
  return &tracks->back();
}

void AddLevel(const std::string& level, Track* track) {
  if (level.empty()) return;
  if (std::find(track->levels.begin(), track->levels.end(), level) ==
      track->levels.end()) {
    track->levels.push_back(level);
  }
}

}  // namespace

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
  return absl::StrContains(text, "\n#") || absl::StartsWith(text, "#") ||
         absl::StrContains(text, "\n- ") || absl::StrContains(text, "\n* ");
}

ReaderContext ContextFromPath(absl::string_view path, absl::string_view root) {
  (void)path;
  (void)root;
  return ReaderContext{};
}

void MergeTracks(const std::vector<Track>& from, std::vector<Track>* into) {
  for (const Track& t : from) {
    Track* target = FindTrack(t.name, into);
    for (const std::string& level : t.levels) AddLevel(level, target);
  }
}

void CompleteTracks(RawLadder* ladder) {
  for (const RawStatement& s : ladder->statements) {
    if (s.level.empty()) continue;
    AddLevel(s.level, FindTrack(s.track, &ladder->tracks));
  }
}

}  // namespace laddermerge::internal
