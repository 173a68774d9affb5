#include "server/matcher/matcher_config.h"

namespace matchmaker::matcher {

Tier TierThresholds::TierOf(int64_t followers) const {
  if (followers >= mega) return Tier::kMega;
  if (followers >= macro) return Tier::kMacro;
  if (followers >= micro) return Tier::kMicro;
  return Tier::kNano;
}

void TierThresholds::RangeOf(Tier tier, int64_t* min_followers, int64_t* max_followers) const {
  switch (tier) {
    case Tier::kMicro:
      *min_followers = micro;
      *max_followers = macro;
      return;
    case Tier::kMacro:
      *min_followers = macro;
      *max_followers = mega;
      return;
    case Tier::kMega:
      *min_followers = mega;
      *max_followers = 0;
      return;
    case Tier::kNano:
    case Tier::kUnspecified:
      break;
  }
  *min_followers = 0;
  *max_followers = micro;
}

}  // namespace matchmaker::matcher
