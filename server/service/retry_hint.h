#ifndef MATCHMAKER_SERVER_SERVICE_RETRY_HINT_H_
#define MATCHMAKER_SERVER_SERVICE_RETRY_HINT_H_

// A google.rpc.RetryInfo on an error says "this call did nothing; the same call may succeed
// after `delay`". The server attaches it only where that is true (a call refused for load
// before any of its work ran), so clients can retry exactly those refusals and no others
// (RESOURCE_EXHAUSTED also means "message too large" or "disk full", which no retry mends).
// ToGrpcStatus sends it in the status details.

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"

namespace matchmaker::service {

inline constexpr absl::string_view kRetryInfoTypeUrl = "type.googleapis.com/google.rpc.RetryInfo";

// `status` with a RetryInfo payload of `delay`.
absl::Status WithRetryHint(absl::Status status, absl::Duration delay);

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_RETRY_HINT_H_
