// Tracks and levels: recovering them from paths and headings, and keeping
// each track's levels in ladder order.
#ifndef LADDERMERGE_INGEST_INTERNAL_LEVELS_H_
#define LADDERMERGE_INGEST_INTERNAL_LEVELS_H_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"

#include "common/ladder.h"
#include "ingest/ingest.h"
#include "ingest/internal/reader.h"

namespace laddermerge::internal {

// True when a file met while walking a directory input should be read as
// part of the ladder: a supported extension, and not a licence, changelog or
// similar non-ladder file.
bool IsSupportedLadderFile(absl::string_view path, Format format);

// True when `text` (from a .txt file) uses Markdown structure: an ATX or
// setext heading or a pipe table, or at least two inline signs (fenced code,
// `**strong**`, `[links](...)`). Bullets alone do not count: the text reader
// reads them as well. O(text).
bool LooksLikeMarkdown(absl::string_view text);

// True when `text` (from a .txt file) is a spreadsheet saved as tab-separated
// text (Excel's "Text (Tab delimited)" and "Unicode Text"): its first line
// and at least two thirds of its non-blank lines, two at least, hold a tab
// between other text. O(text).
bool LooksTabDelimited(absl::string_view text);

// Track and level defaults from a file's path relative to the directory input
// `root` (for a file input, "": then only the file's own directory counts).
// Directory and file names are read with ParseLevelName (kTitle), after
// splitting "_", "-" and camelCase into words:
//   ic/L3.md -> ic, L3           management/m2.md -> management, M2
//   senior-engineer.md -> "", "Senior Engineer"
//   ic3_software_engineer.html -> ic, IC3
//   EngineeringManager.md -> management, ""     notes/readme.md -> "", ""
ReaderContext ContextFromPath(absl::string_view path, absl::string_view root);

// A ladder's tracks, built from (track, level) sightings in reading order:
// each track once, each level once per track, both in first-seen order.
// O(1) amortized per sighting, so that a matrix with 100,000 level columns
// stays linear (scanning a track's levels per sighting made it quadratic).
// Not thread-safe.
class TrackList {
 public:
  // Records `track` (which may be ""), and `level` in it unless it is "".
  void Add(const std::string& track, const std::string& level);
  // Records every track and level of `tracks`, in order.
  void Add(const std::vector<Track>& tracks);
  const std::vector<Track>& tracks() const { return tracks_; }
  // The tracks; the list is empty afterwards.
  std::vector<Track> Take();

 private:
  Track& Find(const std::string& track);

  std::vector<Track> tracks_;
  absl::flat_hash_map<std::string, size_t> positions_;  // Track -> index.
  absl::flat_hash_set<std::pair<size_t, std::string>> levels_;
};

// Adds the levels of `from` to `into`, keeping first-seen order per track.
// O(size of both); use a TrackList for many small additions.
void MergeTracks(const std::vector<Track>& from, std::vector<Track>* into);

// Gives tracks one spelling across readers: every track name goes through
// NormalizeTrackName ("Individual Contributor" -> "ic", "Management" ->
// "management"), and a statement without a track takes the one its level
// name implies ("Software Engineer" -> ic, "Director of Engineering" ->
// management), if any. Declared tracks are renamed and merged to match.
void NormalizeTracks(RawLadder* ladder);

// Adds to ladder->tracks every (track, level) its statements use that no
// reader declared, in reading order; then sorts the levels of a track
// naturally when they differ only in a trailing number (L2 < L10) and keeps
// ladder order otherwise.
void CompleteTracks(RawLadder* ladder);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_LEVELS_H_
