// Competency areas: clusters grouped under names taken from the ladders' own
// competency headings. Each statement's competency is the deepest component
// of its section path that reads like a name ("Technical > Code quality" ->
// "Code quality"; a sentence-like lead-in label is skipped). Headings of
// different ladders join one area when they have the same name, or when
// clusters link their statements often enough (average linkage over the
// headings, see ConsolidateOptions::area_affinity). Every cluster then goes
// to the area most of its members' headings belong to.
#ifndef LADDERMERGE_CONSOLIDATE_INTERNAL_AREAS_H_
#define LADDERMERGE_CONSOLIDATE_INTERNAL_AREAS_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

#include "consolidate/consolidate.h"

namespace laddermerge::internal {

// The competency name of a section path, or "" for an empty section.
std::string CompetencyName(absl::string_view section);

// Fills result->areas and every cluster's `area`. `content` tokenizes the
// statements with stop words removed (its words give the top terms).
void BuildAreas(const TokenCorpus& content, const ConsolidateOptions& options,
                MergeResult* result);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_CONSOLIDATE_INTERNAL_AREAS_H_
