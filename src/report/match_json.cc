// The `match` output is written by hand rather than through nlohmann::json:
// at 10^5-10^6 statements it has millions of pairs, and building a JSON tree
// for them would cost more time and memory than the search.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"

#include "report/report.h"

namespace laddermerge {
namespace {

// Appends `text` as a JSON string. Ids are UTF-8 already (normalize makes
// them so); quotes, backslashes and control characters are escaped.
void AppendJsonString(absl::string_view text, std::string& out) {
  out.push_back('"');
  const bool plain = std::all_of(text.begin(), text.end(), [](char ch) {
    return static_cast<unsigned char>(ch) >= 0x20 && ch != '"' && ch != '\\';
  });
  if (plain) {
    out.append(text.data(), text.size());
    out.push_back('"');
    return;
  }
  for (const char ch : text) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(ch);
    } else if (c < 0x20) {
      static constexpr char kHex[] = "0123456789abcdef";
      out.append("\\u00");
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else {
      out.push_back(ch);
    }
  }
  out.push_back('"');
}

// `score` rounded to 4 decimals, without trailing zeros: 0.8312, 0.83, 1.
void AppendScore(double score, std::string& out) {
  int64_t units = std::llround(score * 1e4);
  if (units < 0) {
    out.push_back('-');
    units = -units;
  }
  absl::StrAppend(&out, units / 10000);
  int64_t fraction = units % 10000;
  if (fraction == 0) return;
  char digits[5] = {'.', '0', '0', '0', '0'};
  for (int i = 4; i >= 1; --i, fraction /= 10) {
    digits[i] = static_cast<char>('0' + fraction % 10);
  }
  int length = 5;
  while (digits[length - 1] == '0') --length;
  out.append(digits, length);
}

}  // namespace

std::string MatchJson(const Corpus& corpus, const TopMatches& matches) {
  std::vector<std::string> ids;  // Quoted, by row.
  ids.reserve(matches.rows());
  for (const Ladder& ladder : corpus.ladders) {
    for (const Statement& s : ladder.statements) {
      ids.emplace_back();
      AppendJsonString(s.id, ids.back());
    }
  }
  std::string out = "{\"matches\": [";
  out.reserve(matches.neighbors.size() * 64 + 32);
  bool first = true;
  for (uint32_t a = 0; a < matches.rows(); ++a) {
    for (const Neighbor& n : matches.of(a)) {
      out.append(first ? "\n  {\"a\": " : ",\n  {\"a\": ");
      first = false;
      out.append(ids[a]);
      out.append(", \"b\": ");
      out.append(ids[n.statement]);
      out.append(", \"score\": ");
      AppendScore(n.score, out);
      out.push_back('}');
    }
  }
  out.append(first ? "]}\n" : "\n]}\n");
  return out;
}

}  // namespace laddermerge
