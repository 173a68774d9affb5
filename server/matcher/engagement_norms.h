#ifndef MATCHMAKER_SERVER_MATCHER_ENGAGEMENT_NORMS_H_
#define MATCHMAKER_SERVER_MATCHER_ENGAGEMENT_NORMS_H_

#include <array>
#include <utility>
#include <vector>

#include "server/matcher/types.h"

namespace matchmaker::matcher {

// The typical engagement rate of an account, per platform, as a function of its followers:
// engagement falls as audiences grow, so a rate is only meaningful relative to this norm.
// Each platform has a curve of (followers, rate) points; rates between points are interpolated
// linearly in log10(followers) and held constant beyond the ends.
class EngagementNorms {
 public:
  // Defaults from the seeds: Instagram <1k ≈ 8% … >1M ≈ 1.7% (Markerly); TikTok ≤15k ≈ 17.96% …
  // ≥1M ≈ 4.96%. Other platforms have no figure in the seeds and use the Instagram curve scaled
  // by a per-platform factor (documented in docs/matching.md).
  static EngagementNorms Defaults();

  void SetCurve(Platform platform, std::vector<std::pair<double, double>> points);
  double Expected(Platform platform, double followers) const;

  // An observed/expected ratio outside [low, high] is reported as an engagement anomaly
  // (inflated audience when low, engagement pods or bought likes when high).
  double anomaly_low_ratio = 0.25;
  double anomaly_high_ratio = 3.0;

 private:
  std::array<std::vector<std::pair<double, double>>, kNumPlatforms> curves_;
};

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_ENGAGEMENT_NORMS_H_
