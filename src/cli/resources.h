// Finding and loading the run-time lexical resources that the build
// generates from Debian packages (src/vectorize/tools/build_resources.cc).
//
// Search order: $LADDERMERGE_DATA_DIR, then <dir of the binary>/../share/
// laddermerge (the build tree's build/share/laddermerge, or an install's
// <prefix>/share/laddermerge).
#ifndef LADDERMERGE_CLI_RESOURCES_H_
#define LADDERMERGE_CLI_RESOURCES_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"

#include "vectorize/vectorize.h"
#include "vectorize/word_vectors.h"

namespace laddermerge {

// The directories searched, in order.
std::vector<std::string> ResourceDirs();

// Loads word_vectors.bin from the first directory that has it. NotFound
// naming the searched directories when none has; InvalidArgument "FILE: ..."
// for a damaged file.
absl::StatusOr<std::unique_ptr<WordVectors>> LoadWordVectors();

// Loads the word vectors into `holder` and points options->word_vectors at
// them when the blend uses them. When they are not found, the parts that need
// them are skipped (options->skip_parts_without_resources) and `warning`
// says so: a degraded, TF-IDF-and-lexicon-only similarity. A damaged file is
// an error.
absl::Status AttachWordVectors(VectorizeOptions* options,
                               std::unique_ptr<WordVectors>* holder,
                               std::string* warning);

}  // namespace laddermerge

#endif  // LADDERMERGE_CLI_RESOURCES_H_
