// YAML text as a Tree (tree.h): the only code that runs yaml-cpp's parser,
// for YAML ladders and for Markdown front matter alike. yaml-cpp's parse
// events are built into the Tree directly, so an alias becomes a second
// reference to its anchored node and nothing is ever expanded: an alias
// bomb ("billion laughs") costs what its text costs.
//
//   LM_ASSIGN_OR_RETURN(Tree tree, ParseYamlTree(source, /*max_nesting=*/256));
//   if (tree.root >= 0) Use(tree.nodes[tree.root]);
#ifndef LADDERMERGE_INGEST_INTERNAL_YAML_TREE_H_
#define LADDERMERGE_INGEST_INTERNAL_YAML_TREE_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

#include "ingest/internal/reader.h"
#include "ingest/internal/tree.h"

namespace laddermerge::internal {

// Parses every document of `source.text`: one document is the tree itself,
// several become a synthetic list of documents (Tree::synthetic_root). Node
// lines are file lines (source.first_line based); a multi-line scalar keeps
// the line of each of its lines. Plain scalars that YAML resolves to null,
// booleans or numbers get NodeType kNull or kOther.
//
// Errors, all InvalidArgument "path:line: what":
//   yaml-cpp's message, after `parser_prefix` ("malformed front matter: ");
//   "nesting deeper than N levels" over `max_nesting` (the node's line);
//   "nesting too deep for the YAML parser" (yaml-cpp's own recursion guard);
//   "alias refers to itself" (an alias inside its own anchored node);
//   "unexpected 'C'" where yaml-cpp stops consuming its input (it would
//   otherwise report empty documents at that point forever).
// Thread-safe. O(n) in the text, whatever the aliases.
absl::StatusOr<Tree> ParseYamlTree(const SourceFile& source, int max_nesting,
                                   absl::string_view parser_prefix = "");

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_INGEST_INTERNAL_YAML_TREE_H_
