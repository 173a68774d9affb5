#include "client/demo/audience_tiers.h"

#include <cmath>
#include <vector>

namespace matchmaker::demo {

v1::Tier DefaultTierOf(int64_t total_followers) {
  if (total_followers < 10'000) return v1::TIER_NANO;
  if (total_followers < 100'000) return v1::TIER_MICRO;
  if (total_followers < 1'000'000) return v1::TIER_MACRO;
  return v1::TIER_MEGA;
}

double TierShare(v1::Tier tier) {
  switch (tier) {
    case v1::TIER_NANO:
      return 0.50;
    case v1::TIER_MICRO:
      return 0.36;
    case v1::TIER_MACRO:
      return 0.115;
    case v1::TIER_MEGA:
      return 0.025;
    default:
      return 0;
  }
}

v1::Tier DrawTier(DemoRandom& random) {
  static const std::vector<double> kWeights = {TierShare(v1::TIER_NANO), TierShare(v1::TIER_MICRO),
                                               TierShare(v1::TIER_MACRO), TierShare(v1::TIER_MEGA)};
  return static_cast<v1::Tier>(v1::TIER_NANO + random.PickWeighted(kWeights));
}

int64_t DrawTotalFollowers(v1::Tier tier, DemoRandom& random) {
  double followers = 0;
  switch (tier) {
    case v1::TIER_NANO:
      followers = random.LogNormalWithin(2'500, 1.0, 150, 9'999);
      break;
    case v1::TIER_MICRO:
      followers = random.LogNormalWithin(28'000, 0.65, 10'000, 99'999);
      break;
    case v1::TIER_MACRO:
      followers = random.LogNormalWithin(260'000, 0.6, 100'000, 999'999);
      break;
    default:
      // A few celebrities with tens of millions of followers, whose post costs ~$1M (seed 003).
      followers = random.Bernoulli(0.08)
                      ? random.LogNormalWithin(80'000'000, 0.6, 30'000'000, 400'000'000)
                      : random.LogNormalWithin(2'600'000, 0.9, 1'000'000, 30'000'000);
      break;
  }
  return static_cast<int64_t>(std::llround(followers));
}

}  // namespace matchmaker::demo
