#ifndef MATCHMAKER_CLIENT_LIB_UNARY_CALLER_H_
#define MATCHMAKER_CLIENT_LIB_UNARY_CALLER_H_

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/clock.h"
#include "client/lib/call_metadata.h"
#include "client/lib/client_options.h"
#include "client/lib/request_ids.h"
#include "client/lib/retry_backoff.h"
#include "client/lib/status_conversion.h"
#include "grpcpp/client_context.h"
#include "grpcpp/support/status.h"

namespace matchmaker::client {

// Runs unary RPCs with a per-attempt deadline and retries UNAVAILABLE, and any error that
// carries a retry hint (google.rpc.RetryInfo: the server refused the call for load before
// doing any of it), waiting at least the hinted delay. Callers make mutations idempotent
// (request_id) before handing them over, so every call may be retried.
// Thread-safe.
class UnaryCaller {
 public:
  explicit UnaryCaller(const ClientOptions& options)
      : api_key_(options.api_key),
        call_timeout_(options.call_timeout),
        max_attempts_(options.max_attempts < 1 ? 1 : options.max_attempts),
        backoff_(options) {}

  // `rpc(grpc::ClientContext*, Response*)` performs one attempt, e.g.
  //   [&](auto* context, auto* response) { return stub->GetBrand(context, request, response); }
  // Every attempt carries the API key and `request_id` (a mutation's; else one random id for
  // all attempts) as metadata (call_metadata.h).
  template <typename Response, typename Rpc>
  absl::StatusOr<Response> Call(Rpc&& rpc, absl::string_view request_id = {}) const {
    const std::string call_id = request_id.empty() ? NewRequestId() : std::string(request_id);
    for (int attempt = 1;; ++attempt) {
      grpc::ClientContext context;
      context.set_deadline(absl::ToChronoTime(absl::Now() + call_timeout_));
      AddCallMetadata(api_key_, call_id, &context);
      Response response;
      grpc::Status status = rpc(&context, &response);
      if (status.ok()) return response;
      absl::Status failed = FromGrpcStatus(status);
      const std::optional<absl::Duration> hint = RetryDelayOf(failed);
      const bool retryable = status.error_code() == grpc::StatusCode::UNAVAILABLE || hint;
      if (!retryable || attempt >= max_attempts_) return failed;
      absl::SleepFor(
          std::max(backoff_.RandomDelayAfterAttempt(attempt), hint.value_or(absl::ZeroDuration())));
    }
  }

 private:
  const std::string api_key_;
  const absl::Duration call_timeout_;
  const int max_attempts_;
  const RetryBackoff backoff_;
};

}  // namespace matchmaker::client

#endif  // MATCHMAKER_CLIENT_LIB_UNARY_CALLER_H_
