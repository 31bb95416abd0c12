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

std::string ScriptSafeJson(const nlohmann::ordered_json& json) {
  const std::string compact =
      json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(compact.size() + compact.size() / 16);
  for (size_t i = 0; i < compact.size(); ++i) {
    const char c = compact[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xE2' && i + 2 < compact.size() &&
               compact[i + 1] == '\x80' &&
               (compact[i + 2] == '\xA8' || compact[i + 2] == '\xA9')) {
      out += compact[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace laddermerge::internal
