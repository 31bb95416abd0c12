// The YAML reader: the document's Tree (yaml_tree.h), read by the structure
// walker.
#include "absl/status/statusor.h"

#include "common/status_macros.h"
#include "ingest/internal/reader.h"
#include "ingest/internal/structure_walker.h"
#include "ingest/internal/tree.h"
#include "ingest/internal/yaml_tree.h"

namespace laddermerge::internal {

absl::StatusOr<ReadResult> ReadYaml(const SourceFile& source,
                                    const ReaderContext& context) {
  const WalkOptions options = WalkOptionsFrom(context);
  LM_ASSIGN_OR_RETURN(Tree tree, ParseYamlTree(source, options.max_nesting));
  return WalkTree(tree, source, context, options);
}

}  // namespace laddermerge::internal
