// The data files of tokenize/data/, embedded at build time
// (laddermerge_embed_text in src/tokenize/CMakeLists.txt).
#ifndef LADDERMERGE_TOKENIZE_INTERNAL_DATA_H_
#define LADDERMERGE_TOKENIZE_INTERNAL_DATA_H_

#include <string_view>

namespace laddermerge::internal {

std::string_view EnglishStopWordsData();  // stop_words_en.txt
std::string_view LadderStopWordsData();   // stop_words_ladder.txt
std::string_view TechnicalTokensData();   // technical_tokens.txt

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_TOKENIZE_INTERNAL_DATA_H_
