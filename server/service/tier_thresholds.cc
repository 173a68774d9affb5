#include "server/service/tier_thresholds.h"

#include <vector>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

namespace matchmaker::service {

absl::StatusOr<TierThresholds> TierThresholds::Parse(absl::string_view text) {
  std::vector<absl::string_view> parts = absl::StrSplit(text, ',');
  if (parts.size() != 3) {
    return absl::InvalidArgumentError(absl::StrCat(
        "tier thresholds: want 3 comma-separated follower counts, got \"", text, "\""));
  }
  TierThresholds thresholds;
  int64_t previous = 0;
  for (int i = 0; i < 3; ++i) {
    int64_t value = 0;
    if (!absl::SimpleAtoi(parts[i], &value) || value <= previous) {
      return absl::InvalidArgumentError(absl::StrCat(
          "tier thresholds: \"", text, "\" must be positive, strictly increasing integers"));
    }
    thresholds.minimums_[i] = value;
    previous = value;
  }
  return thresholds;
}

v1::Tier TierThresholds::TierOf(int64_t total_followers) const {
  if (total_followers >= minimums_[2]) return v1::TIER_MEGA;
  if (total_followers >= minimums_[1]) return v1::TIER_MACRO;
  if (total_followers >= minimums_[0]) return v1::TIER_MICRO;
  return v1::TIER_NANO;
}

std::string TierThresholds::ToString() const { return absl::StrJoin(minimums_, ","); }

}  // namespace matchmaker::service
