// JSON building blocks shared by the report writers.
#ifndef LADDERMERGE_REPORT_INTERNAL_JSON_UTIL_H_
#define LADDERMERGE_REPORT_INTERNAL_JSON_UTIL_H_

#include <string>

#include "common/ladder.h"
#include "nlohmann/json.hpp"

namespace laddermerge::internal {

// SPEC.md's Statement object, fields in SPEC order.
nlohmann::ordered_json StatementJson(const Statement& s);

// `score` rounded to 4 decimals, so JSON shows 0.8312, not 0.83119997.
double RoundScore(double score);

// Pretty-printed (2 spaces), UTF-8 kept as is, invalid UTF-8 replaced, with a
// trailing newline.
std::string DumpJson(const nlohmann::ordered_json& json);

// Compact JSON safe to embed in an HTML <script> element: `<`, `>` and `&`
// (which JSON allows only inside strings) and U+2028/U+2029 are written as
// \u escapes, so no text can close the element or open a comment. Invalid
// UTF-8 is replaced. JSON.parse reads it back unchanged.
std::string ScriptSafeJson(const nlohmann::ordered_json& json);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_REPORT_INTERNAL_JSON_UTIL_H_
