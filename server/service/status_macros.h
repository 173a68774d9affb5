#ifndef MATCHMAKER_SERVER_SERVICE_STATUS_MACROS_H_
#define MATCHMAKER_SERVER_SERVICE_STATUS_MACROS_H_

// Debian's Abseil has no status macros; these two keep early returns readable.

#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define MM_RETURN_IF_ERROR(expr)             \
  do {                                       \
    const absl::Status mm_status_ = (expr);  \
    if (!mm_status_.ok()) return mm_status_; \
  } while (false)

#define MM_CONCAT_INNER_(a, b) a##b
#define MM_CONCAT_(a, b) MM_CONCAT_INNER_(a, b)

// `lhs` is a declaration or an lvalue, e.g. MM_ASSIGN_OR_RETURN(v1::Brand brand, Get(id));
#define MM_ASSIGN_OR_RETURN(lhs, rexpr) \
  MM_ASSIGN_OR_RETURN_IMPL_(MM_CONCAT_(mm_status_or_, __LINE__), lhs, rexpr)
#define MM_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, rexpr) \
  auto statusor = (rexpr);                              \
  if (!statusor.ok()) return statusor.status();         \
  lhs = std::move(statusor).value()

#endif  // MATCHMAKER_SERVER_SERVICE_STATUS_MACROS_H_
