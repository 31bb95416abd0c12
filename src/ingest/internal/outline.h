// DocumentOutline: what the Markdown and HTML readers share once they have
// parsed a document. The readers walk their syntax trees and report headings
// and candidate statements in document order; the outline keeps the heading
// path (sections, level, track), drops navigation sections, and at the end
// decides which candidates are the ladder's statements.
//
//   DocumentOutline outline(source, context);
//   outline.AddHeading(2, "Senior Engineer");   // sets the level
//   outline.AddHeading(3, "Delivery");          // a section
//   outline.Add({.text = "Ships", .line = 7, .carrier = Carrier::kList});
//   ReadResult result = std::move(outline).Finish();
//
// Headings. A heading pops every open heading of the same or deeper rank. It
// is a level ("## Senior Engineer", "# L1 IC - Software Engineer") or a
// track ("## Individual Contributors", "### [Engineering Manager Skills]")
// when level_names.h says so, and then is not part of the section path; the
// first heading of a document, when it is an h1, is the document's title:
// never a section, and the level or track it names holds for the whole
// document until another heading names a level or track; a navigation
// heading ("Table of contents", "Further reading") hides everything below it
// until a heading of the same or higher rank.
//
// Which candidates become statements: the carrier rule. A ladder carries
// its expectations in the most structured form it uses, and the less
// structured text around them is description:
//   1. a document holding a level matrix (a table whose header row or first
//      column names levels) has exactly the matrix cells as statements; the
//      lists and prose around it explain the matrix;
//   2. otherwise a document holding list items or statement table cells has
//      those as statements, and its paragraphs are narrative (introductions,
//      "Scope & Impact" prose, level summaries);
//   3. a document made only of paragraphs under headings has its
//      paragraphs as statements (kParagraph: normalize splits sentences).
// The rule looks only at structure, never at file or company names.
//
// Not thread-safe; one outline per document. Cost O(statements + headings).
#ifndef LADDERMERGE_INGEST_INTERNAL_OUTLINE_H_
#define LADDERMERGE_INGEST_INTERNAL_OUTLINE_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

#include "ingest/ingest.h"
#include "ingest/internal/level_names.h"
#include "ingest/internal/reader.h"

namespace laddermerge::internal {

// The structure a candidate statement came from (see the carrier rule).
enum class Carrier {
  kParagraph,  // Running prose outside lists and tables.
  kList,       // A list item.
  kTable,      // A cell of a table without a level axis.
  kMatrix,     // A cell of a table whose rows or columns are levels.
};

// One candidate statement. `line` counts lines of SourceFile::text (1-based);
// the outline turns it into a file line.
struct Candidate {
  std::string text;
  int line = 0;
  StatementKind kind = StatementKind::kItem;
  Carrier carrier = Carrier::kList;
  std::string label;  // Section components below the headings, or "".
  std::string level;  // Overrides the heading level when not empty.
  std::string track;  // Overrides the heading track when not empty.
};

// A candidate without level or track overrides.
Candidate MakeCandidate(absl::string_view text, int line, StatementKind kind,
                        Carrier carrier, absl::string_view label = "");

// The level a whole text names as a heading would ("Senior Engineer",
// "L3"), or nullopt: a list item over a sublist, a paragraph or bold line
// standing in for a heading.
std::optional<LevelName> NamedLevel(absl::string_view text);

// A list item; one that starts with its level ("L3: Designs services",
// SplitLevelPrefix) holds that level and the text after it.
Candidate LevelItem(absl::string_view text, int line, absl::string_view label);

class DocumentOutline {
 public:
  // `source` and `context` must outlive the outline.
  DocumentOutline(const SourceFile& source, const ReaderContext& context);

  // Document-wide defaults from metadata (front matter); "" keeps the
  // context's value. A heading still overrides them below it.
  void SetDefaults(const std::string& level, const std::string& track);

  // A heading of rank `depth` (1 for h1) with its text as rendered.
  void AddHeading(int depth, absl::string_view text);

  // A list item that names a level and holds a sublist ("- Senior
  // Engineer" over its expectations) sets the level and track of what is
  // added until the matching PopListLevel.
  void PushListLevel(LevelName name) {
    list_levels_.push_back(std::move(name));
  }
  void PopListLevel() { list_levels_.pop_back(); }

  // True while inside a navigation section: readers may skip work.
  bool skipping() const;

  // A candidate in document order. Ignored while skipping() or when its text
  // is a placeholder ("N/A", "TODO: ...").
  void Add(Candidate candidate);

  // A table's candidates with the levels of its axis, in axis order: they
  // are declared in ReadResult::tracks when any candidate is kept.
  void AddGroup(std::vector<Candidate> candidates, std::vector<LevelName> axis);

  // InvalidArgument "file:LINE: what" for text line `line`.
  absl::Status Error(int line, absl::string_view what) const;

  // The file line of text line `line`.
  int FileLine(int line) const { return line + source_.first_line - 1; }

  // Applies the carrier rule; the outline is spent.
  ReadResult Finish() &&;

 private:
  enum class HeadingKind { kSection, kLevel, kTrack, kTitle, kNavigation };
  struct Heading {
    int depth = 0;
    bool is_title = false;
    HeadingKind kind = HeadingKind::kSection;
    std::string text;  // Section name, for kSection.
    LevelName name;    // For kLevel and kTrack.
  };
  struct Entry {
    RawStatement statement;
    Carrier carrier;
    std::vector<LevelName> axis;  // Declared before this statement.
    // Right under the first h1, a title that names no level or track: if
    // other h1s follow, it was a section after all ("# Craft ... #
    // Collaboration").
    bool under_title = false;
  };

  RawStatement Resolve(const Candidate& candidate) const;
  std::string SectionPath(absl::string_view label) const;

  const SourceFile& source_;
  std::string default_level_;
  std::string default_track_;
  std::vector<Heading> headings_;
  std::vector<LevelName> list_levels_;
  bool seen_heading_ = false;
  int top_headings_ = 0;  // h1s seen, navigation ("# Other Pages") aside.
  std::string title_;     // The first h1's text, when it names no level.
  std::vector<Entry> entries_;
};

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_OUTLINE_H_
