#include "client/lib/retry_backoff.h"

#include <algorithm>

#include "absl/random/random.h"

namespace matchmaker::client {

RetryBackoff::RetryBackoff(const ClientOptions& options)
    : initial_(options.initial_backoff),
      max_(options.max_backoff),
      multiplier_(std::max(1.0, options.backoff_multiplier)) {}

absl::Duration RetryBackoff::DelayAfterAttempt(int attempt, double unit_random) const {
  absl::Duration delay = initial_;
  for (int i = 1; i < attempt && delay < max_; ++i) delay = delay * multiplier_;
  delay = std::min(delay, max_);
  double scale = 0.5 + 0.5 * std::clamp(unit_random, 0.0, 1.0);
  return delay * scale;
}

absl::Duration RetryBackoff::RandomDelayAfterAttempt(int attempt) const {
  thread_local absl::BitGen bit_gen;
  return DelayAfterAttempt(attempt, absl::Uniform(bit_gen, 0.0, 1.0));
}

}  // namespace matchmaker::client
