// Word lists the tokenizer consults: stop words and technical tokens. Built
// from the embedded data files plus options; immutable afterwards, so one
// instance is shared by all tokenizing threads.
#ifndef LADDERMERGE_TOKENIZE_INTERNAL_LEXICON_H_
#define LADDERMERGE_TOKENIZE_INTERNAL_LEXICON_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"

namespace laddermerge::internal {

// The non-comment, non-blank lines of a data file, each split on
// whitespace. "# ..." starts a comment line.
std::vector<std::vector<std::string>> ParseWordListLines(std::string_view data);

class TokenLexicon {
 public:
  TokenLexicon(bool english_stop_words, bool ladder_stop_words,
               const std::vector<std::string>& extra_stop_words);

  bool IsStopWord(absl::string_view word) const {
    return stop_words_.contains(word);
  }
  // For a listed technical token: its canonical form (the token itself when
  // the list gives none); nullptr otherwise.
  const std::string* TechnicalForm(absl::string_view word) const {
    auto it = technical_.find(word);
    return it == technical_.end() ? nullptr : &it->second;
  }

 private:
  absl::flat_hash_set<std::string> stop_words_;
  absl::flat_hash_map<std::string, std::string> technical_;
};

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_TOKENIZE_INTERNAL_LEXICON_H_
