#include "server/service/derived_fields.h"

#include <cstdint>

namespace matchmaker::service {

void FillDerivedFields(const TierThresholds& thresholds, v1::Creator& creator) {
  int64_t total = 0;
  for (v1::PlatformAccount& account : *creator.mutable_accounts()) {
    total += account.followers();
    const double interactions = account.avg_likes() + account.avg_comments() + account.avg_shares();
    account.set_engagement_rate(
        account.followers() > 0 ? interactions / static_cast<double>(account.followers()) : 0.0);
  }
  creator.set_total_followers(total);
  creator.set_tier(thresholds.TierOf(total));
}

}  // namespace matchmaker::service
