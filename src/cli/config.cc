#include "cli/config.h"

#include <utility>

#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

#include "common/status_macros.h"

namespace laddermerge {
namespace {

// One key: the flag that overrides it ("" if none) and how it is applied.
struct Key {
  const char* name;
  const char* flag;
  std::function<absl::Status(const ConfigSetting&, const ConfigTargets&)> apply;
};

absl::Status Bad(const std::string& path, const ConfigSetting& s,
                 absl::string_view what) {
  return absl::InvalidArgumentError(
      absl::StrCat(path, ":", s.line, ": '", s.key, "' ", what));
}

// Typed setters: they read the one value of `s` into the target that
// `member` picks, if the running command has that target.
template <typename Target>
Key Number(const char* name, const char* flag, double* (*member)(Target*),
           Target* ConfigTargets::*target) {
  return {name, flag, [=](const ConfigSetting& s, const ConfigTargets& t) {
            double value = 0;
            if (s.is_list || !absl::SimpleAtod(s.values[0], &value)) {
              return absl::InvalidArgumentError("number");
            }
            if (t.*target != nullptr) *member(t.*target) = value;
            return absl::OkStatus();
          }};
}

template <typename Target>
Key Integer(const char* name, const char* flag, int* (*member)(Target*),
            Target* ConfigTargets::*target) {
  return {
      name, flag, [=](const ConfigSetting& s, const ConfigTargets& t) {
        int value = 0;
        if (s.is_list || !absl::SimpleAtoi(s.values[0], &value) || value < 0) {
          return absl::InvalidArgumentError("whole number");
        }
        if (t.*target != nullptr) *member(t.*target) = value;
        return absl::OkStatus();
      }};
}

// The one value of `s` as true or false (any case).
absl::StatusOr<bool> Boolean(const ConfigSetting& s) {
  const std::string v =
      absl::AsciiStrToLower(s.values.empty() ? "" : s.values[0]);
  if (s.is_list || (v != "true" && v != "false")) {
    return absl::InvalidArgumentError("true or false value");
  }
  return v == "true";
}

template <typename Target>
Key Text(const char* name, const char* flag, std::string* (*member)(Target*),
         Target* ConfigTargets::*target) {
  return {name, flag, [=](const ConfigSetting& s, const ConfigTargets& t) {
            if (s.is_list) return absl::InvalidArgumentError("text");
            if (t.*target != nullptr) *member(t.*target) = s.values[0];
            return absl::OkStatus();
          }};
}

const std::vector<Key>& Keys() {
  using A = AnalysisArgs;
  using F = SimilarityFlags;
  using G = GlobalArgs;
  using M = MatchArgs;
  static const auto* keys = new std::vector<Key>{
      Integer<G>(
          "threads", "--threads", [](G* g) { return &g->threads; },
          &ConfigTargets::global),
      Text<F>(
          "weights", "--weights", [](F* f) { return &f->weights; },
          &ConfigTargets::similarity),
      Text<F>(
          "stem", "--stem", [](F* f) { return &f->stem_language; },
          &ConfigTargets::similarity),
      Text<F>(
          "char_ngrams", "--char-ngrams", [](F* f) { return &f->char_ngrams; },
          &ConfigTargets::similarity),
      Integer<F>(
          "word_ngrams", "--word-ngrams", [](F* f) { return &f->word_ngrams; },
          &ConfigTargets::similarity),
      {"stop_words", "--extra-stop-words",
       [](const ConfigSetting& s, const ConfigTargets& t) {
         if (t.similarity != nullptr) {
           t.similarity->extra_stop_words.insert(
               t.similarity->extra_stop_words.end(), s.values.begin(),
               s.values.end());
         }
         return absl::OkStatus();
       }},
      {"english_stop_words", "--stop-words",
       [](const ConfigSetting& s, const ConfigTargets& t) -> absl::Status {
         LM_ASSIGN_OR_RETURN(const bool on, Boolean(s));
         if (t.similarity != nullptr) {
           t.similarity->stop_words = on;
           t.similarity->no_stop_words = !on;
         }
         return absl::OkStatus();
       }},
      {"ladder_stop_words", "--no-ladder-stop-words",
       [](const ConfigSetting& s, const ConfigTargets& t) -> absl::Status {
         LM_ASSIGN_OR_RETURN(const bool on, Boolean(s));
         if (t.similarity != nullptr) t.similarity->no_ladder_stop_words = !on;
         return absl::OkStatus();
       }},
      Number<A>(
          "cluster.min_similarity", "--min-similarity",
          [](A* a) { return &a->cluster.min_similarity; },
          &ConfigTargets::analysis),
      Number<A>(
          "cluster.min_link_score", "",
          [](A* a) { return &a->cluster.min_link_score; },
          &ConfigTargets::analysis),
      Number<A>(
          "cluster.repeat_similarity", "",
          [](A* a) { return &a->cluster.repeat_similarity; },
          &ConfigTargets::analysis),
      Integer<A>(
          "cluster.mutual_rank", "",
          [](A* a) { return &a->cluster.mutual_rank; },
          &ConfigTargets::analysis),
      Integer<A>(
          "cluster.neighbors", "", [](A* a) { return &a->cluster.neighbors; },
          &ConfigTargets::analysis),
      Text<A>(
          "cluster.linkage", "--linkage", [](A* a) { return &a->linkage; },
          &ConfigTargets::analysis),
      Number<A>(
          "levels.min_vote_score", "",
          [](A* a) { return &a->consolidate.levels.min_vote_score; },
          &ConfigTargets::analysis),
      Number<A>(
          "levels.span_ratio", "",
          [](A* a) { return &a->consolidate.levels.span_ratio; },
          &ConfigTargets::analysis),
      Number<A>(
          "levels.min_evidence_ratio", "",
          [](A* a) { return &a->consolidate.levels.min_evidence_ratio; },
          &ConfigTargets::analysis),
      Integer<A>(
          "levels.max_span", "",
          [](A* a) { return &a->consolidate.levels.max_span; },
          &ConfigTargets::analysis),
      Number<A>(
          "levels.min_shift_score", "",
          [](A* a) { return &a->consolidate.levels.min_shift_score; },
          &ConfigTargets::analysis),
      Number<A>(
          "gaps.covered_score", "",
          [](A* a) { return &a->consolidate.gap_covered_score; },
          &ConfigTargets::analysis),
      Number<A>(
          "gaps.min_confidence", "",
          [](A* a) { return &a->consolidate.gap_min_confidence; },
          &ConfigTargets::analysis),
      Integer<M>(
          "match.top_k", "--top-k", [](M* m) { return &m->top_k; },
          &ConfigTargets::match),
      Number<M>(
          "match.min_score", "--min-score", [](M* m) { return &m->min_score; },
          &ConfigTargets::match),
      {"title", "--title",
       [](const ConfigSetting& s, const ConfigTargets& t) {
         if (s.is_list) return absl::InvalidArgumentError("text");
         if (t.title != nullptr) *t.title = s.values[0];
         return absl::OkStatus();
       }},
  };
  return *keys;
}

}  // namespace

std::vector<std::string> ConfigKeys() {
  std::vector<std::string> names;
  for (const Key& k : Keys()) names.push_back(k.name);
  return names;
}

absl::Status ApplyConfig(const std::string& path,
                         const std::vector<ConfigSetting>& settings,
                         const ConfigTargets& targets) {
  for (const ConfigSetting& s : settings) {
    const Key* key = nullptr;
    for (const Key& k : Keys()) {
      if (s.key == k.name) key = &k;
    }
    if (key == nullptr) {
      return Bad(path, s,
                 absl::StrCat("is not a setting (known: ",
                              absl::StrJoin(ConfigKeys(), ", "), ")"));
    }
    if (*key->flag != '\0' && targets.given && targets.given(key->flag)) {
      continue;  // The command line wins.
    }
    const absl::Status status = key->apply(s, targets);
    if (!status.ok()) {
      return Bad(path, s, absl::StrCat("needs a ", status.message()));
    }
  }
  return absl::OkStatus();
}

}  // namespace laddermerge
