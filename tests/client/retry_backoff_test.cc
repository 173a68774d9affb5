#include "client/lib/retry_backoff.h"

#include "gtest/gtest.h"

namespace matchmaker::client {
namespace {

TEST(RetryBackoffTest, GrowsExponentiallyUpToTheCap) {
  ClientOptions options;
  options.initial_backoff = absl::Milliseconds(100);
  options.backoff_multiplier = 2.0;
  options.max_backoff = absl::Milliseconds(500);
  RetryBackoff backoff(options);
  // unit_random = 1 gives the full delay.
  EXPECT_EQ(backoff.DelayAfterAttempt(1, 1.0), absl::Milliseconds(100));
  EXPECT_EQ(backoff.DelayAfterAttempt(2, 1.0), absl::Milliseconds(200));
  EXPECT_EQ(backoff.DelayAfterAttempt(3, 1.0), absl::Milliseconds(400));
  EXPECT_EQ(backoff.DelayAfterAttempt(4, 1.0), absl::Milliseconds(500));
  EXPECT_EQ(backoff.DelayAfterAttempt(30, 1.0), absl::Milliseconds(500));
}

TEST(RetryBackoffTest, JitterKeepsTheDelayBetweenHalfAndFull) {
  RetryBackoff backoff(ClientOptions{});
  EXPECT_EQ(backoff.DelayAfterAttempt(1, 0.0), absl::Milliseconds(50));
  for (int i = 0; i < 100; ++i) {
    absl::Duration delay = backoff.RandomDelayAfterAttempt(2);
    EXPECT_GE(delay, absl::Milliseconds(100));
    EXPECT_LE(delay, absl::Milliseconds(200));
  }
}

}  // namespace
}  // namespace matchmaker::client
