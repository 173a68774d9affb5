#ifndef MATCHMAKER_CLIENT_DEMO_AUDIENCE_TIERS_H_
#define MATCHMAKER_CLIENT_DEMO_AUDIENCE_TIERS_H_

#include <cstdint>

#include "client/demo/demo_random.h"
#include "matchmaker/v1/common.pb.h"

namespace matchmaker::demo {

// The tier of `total_followers` under the server's default thresholds (10k, 100k, 1M).
v1::Tier DefaultTierOf(int64_t total_followers);

// Share of generated creators per tier: most are nano or micro, few are mega (seed 000: there
// are many more small influencers to choose from).
double TierShare(v1::Tier tier);

// A tier drawn with TierShare() weights.
v1::Tier DrawTier(DemoRandom& random);

// A total audience inside `tier`, log-normal around the tier's typical size.
int64_t DrawTotalFollowers(v1::Tier tier, DemoRandom& random);

}  // namespace matchmaker::demo

#endif  // MATCHMAKER_CLIENT_DEMO_AUDIENCE_TIERS_H_
