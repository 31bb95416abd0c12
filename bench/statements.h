// Synthetic ladder statements for benchmarks: fixed-seed sentences built
// from ladder vocabulary, about 80 bytes each.
#ifndef LADDERMERGE_BENCH_STATEMENTS_H_
#define LADDERMERGE_BENCH_STATEMENTS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace laddermerge::bench {

inline std::vector<std::string> SyntheticStatements(size_t n) {
  static const char* const kVerbs[] = {
      "Mentors",  "Owns",         "Leads",       "Designs",
      "Reviews",  "Coaches",      "Hires",       "Plans",
      "Delivers", "Debugs",       "Documents",   "Improves",
      "Drives",   "Communicates", "Prioritizes", "Monitors"};
  static const char* const kObjects[] = {
      "junior engineers",     "the on-call rotation",
      "C++ services",         "cross-functional partners",
      "CI/CD pipelines",      "technical roadmaps",
      "design reviews",       "1:1s with reports",
      "incident postmortems", "team OKRs",
      "system architecture",  "code quality",
      "hiring loops",         "stakeholder updates",
      "performance reviews",  "technical debt"};
  static const char* const kTails[] = {"with minimal guidance",
                                       "across several teams",
                                       "for the whole org",
                                       "consistently and on time",
                                       "by setting clear expectations",
                                       "while balancing trade-offs",
                                       "in ambiguous situations",
                                       "and shares lessons learned"};
  uint64_t state = 42;
  auto next = [&state](uint64_t bound) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % bound;
  };
  std::vector<std::string> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    std::string s = kVerbs[next(16)];
    s += ' ';
    s += kObjects[next(16)];
    s += ' ';
    s += kTails[next(8)];
    s += " and ";
    s += kObjects[next(16)];
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace laddermerge::bench

#endif  // LADDERMERGE_BENCH_STATEMENTS_H_
