// Tracks and levels: recovering them from paths and headings, and keeping
// each track's levels in ladder order.
#ifndef LADDERMERGE_INGEST_INTERNAL_LEVELS_H_
#define LADDERMERGE_INGEST_INTERNAL_LEVELS_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

#include "common/ladder.h"
#include "ingest/ingest.h"
#include "ingest/internal/reader.h"

namespace laddermerge::internal {

// True when a file met while walking a directory input should be read as
// part of the ladder: a supported extension, and not a licence, changelog or
// similar non-ladder file.
bool IsSupportedLadderFile(absl::string_view path, Format format);

// True when `text` (from a .txt file) uses Markdown structure: ATX or setext
// headings, or bullet lists.
bool LooksLikeMarkdown(absl::string_view text);

// Track and level defaults from a file's path relative to the directory input
// `root` ("" for a file input): `ic/L3.md` gives track "ic", level "L3".
ReaderContext ContextFromPath(absl::string_view path, absl::string_view root);

// Adds the levels of `from` to `into`, keeping first-seen order per track.
void MergeTracks(const std::vector<Track>& from, std::vector<Track>* into);

// Adds to ladder->tracks every (track, level) its statements use that no
// reader declared, in reading order.
void CompleteTracks(RawLadder* ladder);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_LEVELS_H_
