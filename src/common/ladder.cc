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

std::vector<uint32_t> LadderOfStatements(const Corpus& corpus) {
  std::vector<uint32_t> ladder_of;
  ladder_of.reserve(CountStatements(corpus));
  for (uint32_t l = 0; l < corpus.ladders.size(); ++l) {
    ladder_of.insert(ladder_of.end(), corpus.ladders[l].statements.size(), l);
  }
  return ladder_of;
}

size_t CountStatements(const Corpus& corpus) {
  size_t n = 0;
  for (const Ladder& ladder : corpus.ladders) n += ladder.statements.size();
  return n;
}

}  // namespace laddermerge
