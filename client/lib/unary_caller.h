#ifndef MATCHMAKER_CLIENT_LIB_UNARY_CALLER_H_
#define MATCHMAKER_CLIENT_LIB_UNARY_CALLER_H_

#include <utility>

#include "absl/status/statusor.h"
#include "absl/time/clock.h"
#include "client/lib/client_options.h"
#include "client/lib/retry_backoff.h"
#include "client/lib/status_conversion.h"
#include "grpcpp/client_context.h"
#include "grpcpp/support/status.h"

namespace matchmaker::client {

// Runs unary RPCs with a per-attempt deadline and retries on UNAVAILABLE. Callers make
// mutations idempotent (request_id) before handing them over, so every call may be retried.
// Thread-safe.
class UnaryCaller {
 public:
  explicit UnaryCaller(const ClientOptions& options)
      : call_timeout_(options.call_timeout),
        max_attempts_(options.max_attempts < 1 ? 1 : options.max_attempts),
        backoff_(options) {}

  // `rpc(grpc::ClientContext*, Response*)` performs one attempt, e.g.
  //   [&](auto* context, auto* response) { return stub->GetBrand(context, request, response); }
  template <typename Response, typename Rpc>
  absl::StatusOr<Response> Call(Rpc&& rpc) const {
    for (int attempt = 1;; ++attempt) {
      grpc::ClientContext context;
      context.set_deadline(absl::ToChronoTime(absl::Now() + call_timeout_));
      Response response;
      grpc::Status status = rpc(&context, &response);
      if (status.ok()) return response;
      if (status.error_code() != grpc::StatusCode::UNAVAILABLE || attempt >= max_attempts_) {
        return FromGrpcStatus(status);
      }
      absl::SleepFor(backoff_.RandomDelayAfterAttempt(attempt));
    }
  }

 private:
  const absl::Duration call_timeout_;
  const int max_attempts_;
  const RetryBackoff backoff_;
};

}  // namespace matchmaker::client

#endif  // MATCHMAKER_CLIENT_LIB_UNARY_CALLER_H_
