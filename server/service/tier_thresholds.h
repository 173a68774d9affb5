#ifndef MATCHMAKER_SERVER_SERVICE_TIER_THRESHOLDS_H_
#define MATCHMAKER_SERVER_SERVICE_TIER_THRESHOLDS_H_

// Audience-size tiers are configuration (`--tier_thresholds`): sources disagree on them.

#include <array>
#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "matchmaker/v1/common.pb.h"

namespace matchmaker::service {

class TierThresholds {
 public:
  // Micro from 10k, macro from 100k, mega from 1M followers.
  TierThresholds() = default;

  // Parses "MICRO,MACRO,MEGA" minimum follower counts, strictly increasing and positive,
  // e.g. "10000,100000,1000000". INVALID_ARGUMENT otherwise.
  [[nodiscard]] static absl::StatusOr<TierThresholds> Parse(absl::string_view text);

  // NANO below the micro threshold, and so on; MEGA at or above the mega threshold.
  v1::Tier TierOf(int64_t total_followers) const;

  // {micro, macro, mega}.
  const std::array<int64_t, 3>& minimums() const { return minimums_; }
  std::string ToString() const;

 private:
  std::array<int64_t, 3> minimums_ = {10000, 100000, 1000000};
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_TIER_THRESHOLDS_H_
