#ifndef MATCHMAKER_SERVER_SERVICE_DERIVED_FIELDS_H_
#define MATCHMAKER_SERVER_SERVICE_DERIVED_FIELDS_H_

// Output-only figures of a creator, recomputed on every read from the current thresholds so a
// change of `--tier_thresholds` applies to stored records at once.

#include "matchmaker/v1/creator.pb.h"
#include "server/service/tier_thresholds.h"

namespace matchmaker::service {

// Sets total_followers (sum over accounts), tier, and each account's engagement_rate
// ((likes + comments + shares) / followers, 0 without followers).
void FillDerivedFields(const TierThresholds& thresholds, v1::Creator& creator);

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_DERIVED_FIELDS_H_
