#include <string>

#include "nlohmann/json.hpp"
#include "report/internal/json_util.h"
#include "report/report.h"

namespace laddermerge {

std::string ParseJson(const Corpus& corpus) {
  nlohmann::ordered_json ladders = nlohmann::ordered_json::array();
  for (const Ladder& ladder : corpus.ladders) {
    nlohmann::ordered_json statements = nlohmann::ordered_json::array();
    for (const Statement& s : ladder.statements) {
      statements.push_back(internal::StatementJson(s));
    }
    ladders.push_back({{"name", ladder.name},
                       {"files", ladder.files},
                       {"statements", std::move(statements)}});
  }
  nlohmann::ordered_json root = {{"ladders", std::move(ladders)}};
  return internal::DumpJson(root);
}

}  // namespace laddermerge
