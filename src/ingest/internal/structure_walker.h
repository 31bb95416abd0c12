// Finds tracks, levels, sections and expectation statements in a parsed
// YAML, JSON or JavaScript-literal ladder (a Tree), by key names (a
// Vocabulary) and by shape, never by company. The shapes it reads:
//
//   level -> competency -> list      `L3: {Delivery: [..], Craft: [..]}`
//   competency -> level -> list      `competencies: {Delivery: {L3: [..]}}`
//   lists of entries with fields     `- {level: 2, criteria: [..],
//                                        exampleCriteria: [{criteria: ..}]}`
//   nested containers                `topics[] -> levels[] -> criteria[]`
//   registries referenced by id      `levels: [{id, name}]`, `themes: [..]`,
//                                    `competencies: [{level: id, theme: id,
//                                                     summary: ..}]`
//
// What becomes a statement:
//   - every string under a statement key (criteria, expectations,
//     behaviours, signals, responsibilities, skills, ...), and strings listed
//     under a name (`Delivery: [..]`) or valued under a level;
//   - the summary/description of an unnamed entry (its main text), and that
//     of a named entry inside a level when it has no other statements;
//   - examples only with WalkOptions::include_examples;
//   - never: names, titles, ids, paths, URLs, numbers, strings without a
//     letter, descriptions of named things (a theme, a topic, a level).
// A string with several paragraphs or list items (`1. … 2. …`) gives one
// statement per item (statement_split.h).
//
//   LM_ASSIGN_OR_RETURN(Tree tree, ParseSomething(source));
//   LM_ASSIGN_OR_RETURN(ReadResult result,
//                       WalkTree(tree, source, context,
//                                WalkOptionsFrom(context)));
#ifndef LADDERMERGE_INGEST_INTERNAL_STRUCTURE_WALKER_H_
#define LADDERMERGE_INGEST_INTERNAL_STRUCTURE_WALKER_H_

#include <cstdint>

#include "absl/status/statusor.h"

#include "ingest/internal/reader.h"
#include "ingest/internal/structure_vocabulary.h"
#include "ingest/internal/tree.h"

namespace laddermerge::internal {

struct WalkOptions {
  // Read `examples` lists as statements too.
  bool include_examples = false;
  // Deeper nesting (counting YAML aliases as the nesting they stand for) is
  // InvalidArgument.
  int max_nesting = 256;
  // Node visits allowed per tree: this plus four per tree node. Honest
  // documents visit each node once; YAML alias bombs are stopped here.
  int64_t base_visit_budget = 100000;
  // Key roles; must outlive the walk.
  const Vocabulary* vocabulary = &DefaultVocabulary();
};

// WalkOptions with the reader-relevant IngestOptions of `context` (defaults
// when context.options is null).
WalkOptions WalkOptionsFrom(const ReaderContext& context);

// Reads `tree` (parsed from `source`) into statements with file lines,
// tracks with the level order the document declares, and the company (from a
// top-level `company` field). A JSON Schema (a top-level `$schema`) gives no
// statements and a warning. Errors, InvalidArgument "file:line: ...": nesting
// deeper than max_nesting; more node visits than the budget ("too many nodes
// (alias expansion?)"). O(nodes + text) for honest input.
absl::StatusOr<ReadResult> WalkTree(const Tree& tree, const SourceFile& source,
                                    const ReaderContext& context,
                                    const WalkOptions& options);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_STRUCTURE_WALKER_H_
