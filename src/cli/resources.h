// Finding and loading the run-time lexical resources that the build
// generates (src/vectorize/tools/): WordNet word vectors and concepts from
// Debian's wordnet-base, and GloVe word vectors from the npm package that
// scripts/setup.sh fetches.
//
// Search order: $LADDERMERGE_DATA_DIR, then <dir of the binary>/../share/
// laddermerge (the build tree's build/share/laddermerge, or an install's
// <prefix>/share/laddermerge).
#ifndef LADDERMERGE_CLI_RESOURCES_H_
#define LADDERMERGE_CLI_RESOURCES_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

#include "vectorize/vectorize.h"
#include "vectorize/word_embeddings.h"
#include "vectorize/word_vectors.h"

namespace laddermerge {

// The directories searched, in order.
std::vector<std::string> ResourceDirs();

// Loads word_vectors.bin from the first directory that has it and, with
// `with_concepts` (the "synset" part needs them), the word_concepts.txt
// beside it. NotFound naming the searched directories when none has;
// InvalidArgument "FILE: ..." for a damaged file.
absl::StatusOr<std::unique_ptr<WordVectors>> LoadWordVectors(
    bool with_concepts);

// Loads glove_vectors.bin from the first of `dirs` that has it (about 15 MB,
// tens of milliseconds). NotFound naming `dirs` when none has;
// InvalidArgument "FILE: ..." for a damaged file.
absl::StatusOr<std::unique_ptr<WordEmbeddings>> LoadWordEmbeddings(
    const std::vector<std::string>& dirs);

// Loads the word vectors (with concepts when the "synset" part is on) into
// `holder` and points options->word_vectors at them when the blend uses
// them. When they are not found, the parts that need
// them are skipped (options->skip_parts_without_resources) and `warning`
// says so: a degraded, TF-IDF-and-lexicon-only similarity. A damaged file is
// an error.
absl::Status AttachWordVectors(VectorizeOptions* options,
                               std::unique_ptr<WordVectors>* holder,
                               std::string* warning);

// The same for the GloVe vectors of the "glove" part, searched in `dirs`:
// when the blend uses them and they are not found, the part is skipped and
// `warning` says so (laddermerge was built without them: no npm or no
// network at set-up time).
absl::Status AttachWordEmbeddings(VectorizeOptions* options,
                                  const std::vector<std::string>& dirs,
                                  std::unique_ptr<WordEmbeddings>* holder,
                                  std::string* warning);

}  // namespace laddermerge

#endif  // LADDERMERGE_CLI_RESOURCES_H_
