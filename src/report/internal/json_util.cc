#include "report/internal/json_util.h"

#include <cmath>

namespace laddermerge::internal {

nlohmann::ordered_json StatementJson(const Statement& s) {
  return {{"id", s.id},       {"ladder", s.ladder},   {"track", s.track},
          {"level", s.level}, {"section", s.section}, {"text", s.text},
          {"file", s.file},   {"line", s.line}};
}

double RoundScore(double score) { return std::round(score * 1e4) / 1e4; }

std::string DumpJson(const nlohmann::ordered_json& json) {
  return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) +
         "\n";
}

}  // namespace laddermerge::internal
