// The value types every stage shares: a statement, a ladder, a corpus of
// ladders. They mirror SPEC.md's Statement object and `parse` output.
//
//   Corpus corpus = ...;                       // from ingest + normalize
//   for (const Ladder& ladder : corpus.ladders)
//     for (const Statement& s : ladder.statements)
//       Use(s.id, s.text, s.file, s.line);
//
// All types are plain values: copyable, movable, no invariants beyond those
// stated on the fields, safe to read from many threads at once.
#ifndef LADDERMERGE_COMMON_LADDER_H_
#define LADDERMERGE_COMMON_LADDER_H_

#include <cstdint>
#include <string>
#include <vector>

namespace laddermerge {

// The unit laddermerge compares: one expectation (bullet, sentence or cell).
struct Statement {
  // "<ladder>:<n>" with n the 1-based position of the statement in its
  // ladder. Stable for the same input.
  std::string id;
  std::string ladder;   // Name of the ladder the statement belongs to.
  std::string track;    // "ic", "management", ... or "" when unknown.
  std::string level;    // Level name as the ladder writes it, or "".
  std::string section;  // Competency path, e.g. "Delivery > Planning", or "".
  std::string text;     // As written: markup removed, whitespace collapsed.
  std::string file;     // Path as reached from the command-line argument.
  int line = 0;         // 1-based line where the statement starts in `file`.
};

// A path through the levels of a ladder, e.g. individual contributor.
struct Track {
  std::string name;                 // "ic", "management", ... or "".
  std::vector<std::string> levels;  // Level names, most junior first.
};

// One company's ladder: every statement read from one input argument.
struct Ladder {
  std::string name;                   // Unique within a Corpus.
  std::vector<std::string> files;     // Files read, in reading order.
  std::vector<Track> tracks;          // Tracks with their ordered levels.
  std::vector<Statement> statements;  // In reading order; ids follow it.
};

// The ladders of one run, in command-line order.
struct Corpus {
  std::vector<Ladder> ladders;
  // Non-fatal findings, one line each: "file:line: what happened".
  std::vector<std::string> warnings;
};

// A statement's place in a Corpus, for stages that work on one flat list of
// all statements (vectorize, match, cluster).
struct StatementRef {
  uint32_t ladder = 0;     // Index into Corpus::ladders.
  uint32_t statement = 0;  // Index into that ladder's statements.
};

// Lists every statement of `corpus` in ladder order, then statement order.
// The position in the result is the statement's global index. O(n).
std::vector<StatementRef> FlattenStatements(const Corpus& corpus);

// The ladder index of every statement of `corpus`, in FlattenStatements
// order (the row order of vectors and matches). O(n).
std::vector<uint32_t> LadderOfStatements(const Corpus& corpus);

// Total number of statements in `corpus`. O(ladders).
size_t CountStatements(const Corpus& corpus);

}  // namespace laddermerge

#endif  // LADDERMERGE_COMMON_LADDER_H_
