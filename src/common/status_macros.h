// Status propagation macros for code that returns absl::Status or
// absl::StatusOr<T>. Debian 12's Abseil (20220623) has none of its own.
//
//   absl::StatusOr<Ladder> ReadLadder(absl::string_view path) {
//     LM_ASSIGN_OR_RETURN(std::string bytes, ReadFile(path));
//     LM_RETURN_IF_ERROR(CheckNotEmpty(path, bytes));
//     ...
//   }
#ifndef LADDERMERGE_COMMON_STATUS_MACROS_H_
#define LADDERMERGE_COMMON_STATUS_MACROS_H_

#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

// Evaluates `expr` (an absl::Status) once and returns it from the enclosing
// function when it is not OK.
#define LM_RETURN_IF_ERROR(expr)                 \
  do {                                           \
    ::absl::Status lm_status_internal_ = (expr); \
    if (!lm_status_internal_.ok()) {             \
      return lm_status_internal_;                \
    }                                            \
  } while (false)

#define LM_STATUS_MACROS_CONCAT_INNER_(a, b) a##b
#define LM_STATUS_MACROS_CONCAT_(a, b) LM_STATUS_MACROS_CONCAT_INNER_(a, b)

// Evaluates `rexpr` (an absl::StatusOr<T>); on error returns its status from
// the enclosing function, otherwise moves the value into `lhs`, which may be a
// declaration (`std::string s`) or an existing lvalue. Expands to several
// statements, so it cannot be the body of an unbraced `if`.
#define LM_ASSIGN_OR_RETURN(lhs, rexpr) \
  LM_ASSIGN_OR_RETURN_IMPL_(            \
      LM_STATUS_MACROS_CONCAT_(lm_statusor_internal_, __LINE__), lhs, rexpr)

#define LM_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, rexpr) \
  auto statusor = (rexpr);                              \
  if (!statusor.ok()) {                                 \
    return std::move(statusor).status();                \
  }                                                     \
  lhs = std::move(statusor).value()

#endif  // LADDERMERGE_COMMON_STATUS_MACROS_H_
