#ifndef MATCHMAKER_SERVER_OBSERVABILITY_REQUEST_ID_H_
#define MATCHMAKER_SERVER_OBSERVABILITY_REQUEST_ID_H_

// Request ids as logs carry them. A client-supplied id lands in log lines and metrics tools
// verbatim, so only printable ASCII of a bounded length is accepted from outside.

#include <string>

#include "absl/strings/string_view.h"

namespace matchmaker::observability {

inline constexpr size_t kMaxRequestIdLength = 128;

// True when `id` is 1..kMaxRequestIdLength printable ASCII characters (0x21..0x7e: no spaces,
// no control characters).
bool IsAcceptableRequestId(absl::string_view id);

// `id` with every character outside 0x21..0x7e dropped, cut to kMaxRequestIdLength; empty when
// nothing usable remains.
std::string SanitizeRequestId(absl::string_view id);

// A fresh id: "rq-" and 16 random lowercase hex digits.
std::string GenerateRequestId();

}  // namespace matchmaker::observability

#endif  // MATCHMAKER_SERVER_OBSERVABILITY_REQUEST_ID_H_
