#include "ingest/internal/outline.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

#include "ingest/internal/levels.h"
#include "ingest/internal/markup_text.h"

namespace laddermerge::internal {

Candidate MakeCandidate(absl::string_view text, int line, StatementKind kind,
                        Carrier carrier, absl::string_view label) {
  Candidate c;
  c.text = std::string(text);
  c.line = line;
  c.kind = kind;
  c.carrier = carrier;
  c.label = std::string(label);
  return c;
}

std::optional<LevelName> NamedLevel(absl::string_view text) {
  std::optional<LevelName> name =
      ParseLevelName(TrimSpace(text), PhraseContext::kHeading);
  if (name.has_value() && name->level.empty()) return std::nullopt;
  return name;
}

Candidate LevelItem(absl::string_view text, int line, absl::string_view label) {
  std::optional<LevelPrefix> prefix = SplitLevelPrefix(text);
  if (!prefix.has_value()) {
    return MakeCandidate(text, line, StatementKind::kItem, Carrier::kList,
                         label);
  }
  Candidate c = MakeCandidate(prefix->rest, line, StatementKind::kItem,
                              Carrier::kList, label);
  c.level = std::move(prefix->name.level);
  c.track = std::move(prefix->name.track);
  return c;
}

DocumentOutline::DocumentOutline(const SourceFile& source,
                                 const ReaderContext& context)
    : source_(source),
      default_level_(context.level),
      default_track_(context.track) {}

void DocumentOutline::SetDefaults(const std::string& level,
                                  const std::string& track) {
  if (!level.empty()) default_level_ = level;
  if (!track.empty()) default_track_ = track;
}

void DocumentOutline::AddHeading(int depth, absl::string_view text) {
  const bool is_title = !seen_heading_ && depth == 1;
  seen_heading_ = true;
  Heading heading;
  heading.depth = depth;
  heading.text = CleanSectionName(text);
  const PhraseContext context =
      is_title ? PhraseContext::kTitle : PhraseContext::kHeading;
  if (IsNavigationHeading(heading.text)) {
    heading.kind = HeadingKind::kNavigation;
  } else if (auto name = ParseLevelName(heading.text, context)) {
    heading.kind =
        name->level.empty() ? HeadingKind::kTrack : HeadingKind::kLevel;
    heading.name = std::move(*name);
  } else if (is_title) {
    heading.kind = HeadingKind::kTitle;
  }
  heading.is_title = is_title && heading.kind != HeadingKind::kNavigation;
  if (depth == 1 && heading.kind != HeadingKind::kNavigation) ++top_headings_;
  if (heading.kind == HeadingKind::kTitle) title_ = heading.text;
  // The title speaks for the whole document until another heading names a
  // level or track of its own.
  const bool names = heading.kind == HeadingKind::kLevel ||
                     heading.kind == HeadingKind::kTrack;
  while (!headings_.empty() && headings_.back().depth >= depth &&
         (!headings_.back().is_title || names)) {
    headings_.pop_back();
  }
  headings_.push_back(std::move(heading));
}

bool DocumentOutline::skipping() const {
  return std::any_of(headings_.begin(), headings_.end(), [](const Heading& h) {
    return h.kind == HeadingKind::kNavigation;
  });
}

std::string DocumentOutline::SectionPath(absl::string_view label) const {
  std::vector<absl::string_view> parts;
  for (const Heading& h : headings_) {
    if (h.kind == HeadingKind::kSection && !h.text.empty()) {
      parts.push_back(h.text);
    }
  }
  if (!label.empty()) parts.push_back(label);
  return absl::StrJoin(parts, " > ");
}

RawStatement DocumentOutline::Resolve(const Candidate& candidate) const {
  RawStatement s;
  s.text = candidate.text;
  s.file = source_.path;
  s.line = FileLine(candidate.line);
  s.kind = candidate.kind;
  s.level = default_level_;
  s.track = default_track_;
  for (const Heading& h : headings_) {
    if (!h.name.level.empty()) s.level = h.name.level;
    if (!h.name.track.empty()) s.track = h.name.track;
  }
  for (const LevelName& name : list_levels_) {
    if (!name.level.empty()) s.level = name.level;
    if (!name.track.empty()) s.track = name.track;
  }
  if (!candidate.level.empty()) s.level = candidate.level;
  if (!candidate.track.empty()) s.track = candidate.track;
  s.section = SectionPath(candidate.label);
  return s;
}

void DocumentOutline::Add(Candidate candidate) {
  AddGroup({std::move(candidate)}, {});
}

void DocumentOutline::AddGroup(std::vector<Candidate> candidates,
                               std::vector<LevelName> axis) {
  if (skipping()) return;
  const std::string heading_track = Resolve(Candidate{}).track;
  for (LevelName& name : axis) {
    if (name.track.empty()) name.track = heading_track;
  }
  const bool under_title = !headings_.empty() &&
                           headings_.back().kind == HeadingKind::kTitle &&
                           top_headings_ == 1;
  for (Candidate& candidate : candidates) {
    if (IsPlaceholder(candidate.text)) continue;
    entries_.push_back(Entry{Resolve(candidate), candidate.carrier,
                             std::move(axis), under_title});
    axis.clear();
  }
}

absl::Status DocumentOutline::Error(int line, absl::string_view what) const {
  return absl::InvalidArgumentError(
      absl::StrCat(source_.path, ":", FileLine(line), ": ", what));
}

ReadResult DocumentOutline::Finish() && {
  const auto uses = [&](Carrier c) {
    return std::any_of(entries_.begin(), entries_.end(),
                       [c](const Entry& e) { return e.carrier == c; });
  };
  const bool matrix = uses(Carrier::kMatrix);
  const bool structured = uses(Carrier::kList) || uses(Carrier::kTable);
  const auto kept = [&](Carrier c) {
    if (matrix) return c == Carrier::kMatrix;
    if (structured) return c == Carrier::kList || c == Carrier::kTable;
    return true;
  };
  ReadResult result;
  TrackList tracks;
  for (Entry& entry : entries_) {
    if (!kept(entry.carrier)) continue;
    for (const LevelName& name : entry.axis) {
      if (!name.level.empty()) tracks.Add(name.track, name.level);
    }
    if (!entry.statement.level.empty()) {
      tracks.Add(entry.statement.track, entry.statement.level);
    }
    if (entry.under_title && top_headings_ > 1) {
      entry.statement.section = JoinSection(title_, entry.statement.section);
    }
    result.statements.push_back(std::move(entry.statement));
  }
  result.tracks = tracks.Take();
  return result;
}

}  // namespace laddermerge::internal
