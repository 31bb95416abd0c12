#include "match/match.h"

#include <cmath>

#include "absl/strings/str_cat.h"

#include "common/status_macros.h"
#include "match/internal/matchers.h"

namespace laddermerge {

absl::StatusOr<MatchMethod> ParseMatchMethod(absl::string_view name) {
  if (name == "sparse") return MatchMethod::kSparse;
  if (name == "dense") return MatchMethod::kDense;
  if (name == "blended") return MatchMethod::kBlended;
  return absl::InvalidArgumentError(absl::StrCat(
      "unknown match method '", name, "' (sparse, dense or blended)"));
}

absl::string_view MatchMethodName(MatchMethod method) {
  switch (method) {
    case MatchMethod::kSparse:
      return "sparse";
    case MatchMethod::kDense:
      return "dense";
    case MatchMethod::kBlended:
      return "blended";
  }
  return "";
}

absl::StatusOr<std::unique_ptr<Matcher>> CreateMatcher(
    const MatchOptions& options) {
  if (options.top_k < 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("match: top_k must be at least 1, got ", options.top_k));
  }
  if (options.threads < 0 || options.block_size < 0) {
    return absl::InvalidArgumentError(
        "match: threads and block_size must not be negative");
  }
  if (!std::isfinite(options.min_score)) {
    return absl::InvalidArgumentError("match: min_score must be finite");
  }
  switch (options.method) {
    case MatchMethod::kSparse:
      return internal::NewSparseMatcher(options);
    case MatchMethod::kDense:
      return internal::NewDenseMatcher(options);
    case MatchMethod::kBlended:
      return internal::NewBlendedMatcher(options);
  }
  return absl::InvalidArgumentError("match: unknown method");
}

absl::StatusOr<TopMatches> FindTopMatches(const StatementVectors& vectors,
                                          absl::Span<const uint32_t> groups,
                                          const MatchOptions& options) {
  LM_ASSIGN_OR_RETURN(std::unique_ptr<Matcher> matcher, CreateMatcher(options));
  return matcher->FindMatches(vectors, groups);
}

}  // namespace laddermerge
