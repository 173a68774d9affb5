#ifndef MATCHMAKER_CLIENT_LIB_RETRY_BACKOFF_H_
#define MATCHMAKER_CLIENT_LIB_RETRY_BACKOFF_H_

#include "absl/time/time.h"
#include "client/lib/client_options.h"

namespace matchmaker::client {

// Exponential backoff with jitter between attempts of one call.
class RetryBackoff {
 public:
  explicit RetryBackoff(const ClientOptions& options);

  // The wait after failed attempt `attempt` (1-based): the exponential delay
  // initial * multiplier^(attempt-1), capped at max, scaled into [delay/2, delay] by
  // `unit_random` in [0, 1). Jitter keeps many clients retrying after one outage from
  // hitting the server in lockstep.
  absl::Duration DelayAfterAttempt(int attempt, double unit_random) const;

  // DelayAfterAttempt with a fresh random draw.
  absl::Duration RandomDelayAfterAttempt(int attempt) const;

 private:
  const absl::Duration initial_;
  const absl::Duration max_;
  const double multiplier_;
};

}  // namespace matchmaker::client

#endif  // MATCHMAKER_CLIENT_LIB_RETRY_BACKOFF_H_
