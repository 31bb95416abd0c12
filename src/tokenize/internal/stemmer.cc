#include "tokenize/internal/stemmer.h"

#include "absl/strings/str_cat.h"

#include "libstemmer.h"

namespace laddermerge::internal {

absl::StatusOr<std::unique_ptr<Stemmer>> Stemmer::Create(
    const std::string& language) {
  sb_stemmer* stemmer = sb_stemmer_new(language.c_str(), "UTF_8");
  if (stemmer == nullptr) {
    return absl::InvalidArgumentError(
        absl::StrCat("unknown stemming language \"", language, "\""));
  }
  return std::unique_ptr<Stemmer>(new Stemmer(stemmer));
}

Stemmer::~Stemmer() { sb_stemmer_delete(stemmer_); }

absl::string_view Stemmer::Stem(absl::string_view word) {
  const sb_symbol* stem =
      sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
                      static_cast<int>(word.size()));
  if (stem == nullptr) return word;  // Out of memory inside libstemmer.
  return absl::string_view(reinterpret_cast<const char*>(stem),
                           static_cast<size_t>(sb_stemmer_length(stemmer_)));
}

}  // namespace laddermerge::internal
