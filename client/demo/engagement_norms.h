#ifndef MATCHMAKER_CLIENT_DEMO_ENGAGEMENT_NORMS_H_
#define MATCHMAKER_CLIENT_DEMO_ENGAGEMENT_NORMS_H_

#include <cstdint>

#include "matchmaker/v1/common.pb.h"

namespace matchmaker::demo {

// The typical engagement rate ((likes + comments + shares) / followers) of an account with
// `followers` on `platform`. Engagement falls as audience grows; the anchors come from the
// seed articles: Instagram ~8% under 1k down to ~1.7% above 1M (Markerly: 4% at 1k-10k,
// 2.4% at 10k-100k, 1.8% at 100k-1M), TikTok ~17.96% up to 15k down to ~4.96% from 1M.
// Other platforms use plausible figures of the same shape. Log-linear between anchors, flat
// outside them.
double NormEngagementRate(v1::Platform platform, int64_t followers);

}  // namespace matchmaker::demo

#endif  // MATCHMAKER_CLIENT_DEMO_ENGAGEMENT_NORMS_H_
