#ifndef MATCHMAKER_SERVER_MATCHER_MATCHER_H_
#define MATCHMAKER_SERVER_MATCHER_MATCHER_H_

// The matcher's public surface, for the service and the index. Every operation is a pure
// function of a `const MatchingState&` (no clock, no I/O, no locks): the caller holds whatever
// lock keeps the state still while it runs. See docs/matching.md.
//
//   FindCreators        brief → ranked creators          (ranking.h)
//   ListSuitableBriefs  creator → ranked open briefs     (ranking.h)
//   ExplainMatch        (brief, creator) → breakdown     (ranking.h)
//   FindSimilarCreators creator → lookalikes            (similar_creators.h)
//   PlanCampaign        brief → creator set under limits (campaign_planner.h)
//   AllocateMarket      all open briefs → stable assignment (market_allocation.h)
//   CheckAllocation     independent stability checker   (market_allocation.h)

#include "server/matcher/campaign_planner.h"   // IWYU pragma: export
#include "server/matcher/market_allocation.h"  // IWYU pragma: export
#include "server/matcher/matching_state.h"     // IWYU pragma: export
#include "server/matcher/ranking.h"            // IWYU pragma: export
#include "server/matcher/results.h"            // IWYU pragma: export
#include "server/matcher/similar_creators.h"   // IWYU pragma: export

#endif  // MATCHMAKER_SERVER_MATCHER_MATCHER_H_
