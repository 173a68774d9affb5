#ifndef MATCHMAKER_SERVER_SERVICE_SERVICE_CONFIG_H_
#define MATCHMAKER_SERVER_SERVICE_SERVICE_CONFIG_H_

// Deployment settings the business operations depend on.

#include "absl/time/time.h"
#include "server/service/tier_thresholds.h"

namespace matchmaker::service {

struct ServiceConfig {
  // Dimension of every embedding (fixed per database).
  int embedding_dim = 64;
  TierThresholds tier_thresholds;
  // Lifetime of an offer or application sent without expire_time.
  absl::Duration default_offer_lifetime = absl::Hours(24 * 14);
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_SERVICE_CONFIG_H_
