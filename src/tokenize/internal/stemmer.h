// A Snowball (libstemmer) stemmer. Not thread-safe: one instance per thread.
#ifndef LADDERMERGE_TOKENIZE_INTERNAL_STEMMER_H_
#define LADDERMERGE_TOKENIZE_INTERNAL_STEMMER_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

struct sb_stemmer;

namespace laddermerge::internal {

class Stemmer {
 public:
  // Returns InvalidArgument when libstemmer has no algorithm `language`.
  static absl::StatusOr<std::unique_ptr<Stemmer>> Create(
      const std::string& language);
  ~Stemmer();
  // Owns a libstemmer handle: neither copyable nor movable.
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of `word` (UTF-8). The view is valid until the next call.
  absl::string_view Stem(absl::string_view word);

 private:
  explicit Stemmer(sb_stemmer* stemmer) : stemmer_(stemmer) {}
  sb_stemmer* stemmer_;
};

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_TOKENIZE_INTERNAL_STEMMER_H_
