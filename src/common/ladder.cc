#include "common/ladder.h"

namespace laddermerge {

std::vector<StatementRef> FlattenStatements(const Corpus& corpus) {
  std::vector<StatementRef> refs;
  refs.reserve(CountStatements(corpus));
  for (uint32_t l = 0; l < corpus.ladders.size(); ++l) {
    const uint32_t n =
        static_cast<uint32_t>(corpus.ladders[l].statements.size());
    for (uint32_t s = 0; s < n; ++s) refs.push_back({l, s});
  }
  return refs;
}

size_t CountStatements(const Corpus& corpus) {
  size_t n = 0;
  for (const Ladder& ladder : corpus.ladders) n += ladder.statements.size();
  return n;
}

}  // namespace laddermerge
