// The `similarity` and `score-pairs` commands: the similarity stages
// (tokenize -> vectorize) on texts given on the command line or in a file.
#ifndef LADDERMERGE_CLI_SIMILARITY_COMMANDS_H_
#define LADDERMERGE_CLI_SIMILARITY_COMMANDS_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#include "cli/commands.h"
#include "tokenize/tokenize.h"
#include "vectorize/vectorize.h"
#include "vectorize/word_embeddings.h"
#include "vectorize/word_vectors.h"

namespace laddermerge {

// Similarity options as given on the command line (shared by every command
// that scores statements).
struct SimilarityFlags {
  // "part=weight,..." overriding the default blend, e.g. "word=1,char=0".
  std::string weights;
  std::string stem_language = "english";  // "" or "none": no stemming.
  bool no_stop_words = false;             // Keep English function words.
  bool stop_words = false;                // Remove English function words.
  bool no_ladder_stop_words = false;      // Keep ladder boilerplate.
  // More words to ignore, matched case-insensitively before stemming.
  std::vector<std::string> extra_stop_words;
  std::string char_ngrams;  // "MIN-MAX", "0" disables.
  int word_ngrams = 0;      // 0: the default.
  int lsa_dims = 0;         // 0: the default.
  double lsa_power = -1;    // < 0: the default.
};

// Builds the stage options from the flags. InvalidArgument for a malformed
// --weights or --char-ngrams value.
absl::Status ApplySimilarityFlags(const SimilarityFlags& flags,
                                  TokenizeOptions* tokenize,
                                  VectorizeOptions* vectorize);

// The run-time resources a fitted model borrows (both may stay null).
struct SimilarityResources {
  std::unique_ptr<WordVectors> word_vectors;   // WordNet.
  std::unique_ptr<WordEmbeddings> embeddings;  // GloVe.
};

// Everything a command that scores statements needs before tokenizing:
// the flags applied to the stage options, the thread count set, and the
// WordNet and GloVe word vectors that the blend uses loaded into *resources
// (which must outlive the fitted model). When a resource is missing, the
// parts that need it are skipped and one warning per resource goes to
// stderr unless --quiet.
absl::Status PrepareSimilarity(const GlobalArgs& global,
                               const SimilarityFlags& flags,
                               TokenizeOptions* tokenize,
                               VectorizeOptions* vectorize,
                               SimilarityResources* resources);

struct SimilarityArgs {
  std::string text_a;
  std::string text_b;
  std::string format = "text";  // "text" or "json".
  int limit = 10;               // Contributions listed.
  SimilarityFlags flags;
};

// `laddermerge similarity A B`: the score of two texts and its explanation.
absl::Status RunSimilarity(const GlobalArgs& global,
                           const SimilarityArgs& args);

struct ScorePairsArgs {
  std::string file;
  // Fit on this file's lines (one statement each) instead of on the pairs'
  // sentences; "" for the pairs.
  std::string fit_on;
  SimilarityFlags flags;
};

// `laddermerge score-pairs FILE`: one score per tab-separated pair of
// sentences (first two fields of each line), fitted on all of the file's
// sentences. InvalidArgument "FILE:LINE: ..." for a line without two fields.
absl::Status RunScorePairs(const GlobalArgs& global,
                           const ScorePairsArgs& args);

}  // namespace laddermerge

#endif  // LADDERMERGE_CLI_SIMILARITY_COMMANDS_H_
