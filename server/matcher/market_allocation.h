#ifndef MATCHMAKER_SERVER_MATCHER_MARKET_ALLOCATION_H_
#define MATCHMAKER_SERVER_MATCHER_MARKET_ALLOCATION_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "server/matcher/matching_state.h"
#include "server/matcher/results.h"

namespace matchmaker::matcher {

struct AllocationRequest {
  ScoringOptions scoring;
  // Pairs whose mutual fit is below this are not acceptable to either side.
  double min_mutual = 0.0;
};

struct Assignment {
  std::string brief_id;
  std::string creator_id;
  double brand_score = 0;
  double creator_score = 0;
  double mutual_score = 0;
};

// What an independent check of an allocation found.
struct StabilityReport {
  int64_t assignments = 0;
  int64_t acceptable_pairs = 0;          // pairs passing every hard rule and min_mutual
  int64_t blocking_pairs = 0;            // acceptable, unassigned, and both would rather
  int64_t over_capacity_creators = 0;    // assigned beyond their remaining capacity
  int64_t over_filled_briefs = 0;        // assigned beyond creators wanted
  int64_t unacceptable_assignments = 0;  // assigned although a hard rule forbids it
  int64_t duplicate_assignments = 0;
  int64_t unfilled_slots = 0;
  std::vector<std::pair<std::string, std::string>> blocking_examples;  // (brief, creator), ≤ 10
  bool stable() const {
    return blocking_pairs == 0 && over_capacity_creators == 0 && over_filled_briefs == 0 &&
           unacceptable_assignments == 0 && duplicate_assignments == 0;
  }
};

struct MarketAllocation {
  std::vector<Assignment> assignments;  // by brief id, then by the brief's preference
  StabilityReport report;               // from CheckAllocation on the result
  // For metrics: (brief, creator) pairs scanned (live creators with capacity) and those
  // passing every hard rule (each fully scored).
  int64_t pairs_considered = 0;
  int64_t pairs_eligible = 0;
};

// Assigns every open brief's slots (creators wanted) to creators' remaining capacity (stated
// maximum minus active partnerships, or the configured default when none is stated) with
// many-to-many deferred acceptance, briefs proposing: each brief proposes to acceptable
// creators in the order of its brand-side fit; each creator keeps the best offers by its
// creator-side fit up to capacity. With these responsive preferences the result has no
// over-commitment and no blocking pair (Roth 1984). Ties are broken by id.
absl::StatusOr<MarketAllocation> AllocateMarket(const MatchingState& state,
                                                const AllocationRequest& request);

// The independent checker: recomputes acceptability, preferences and capacities from the state
// (not from the allocator's lists) and counts blocking pairs, over-commitment and assignments a
// hard rule forbids.
StabilityReport CheckAllocation(const MatchingState& state, const AllocationRequest& request,
                                const std::vector<Assignment>& assignments);

// Remaining capacity of a creator for new partnerships, as allocation understands it.
int RemainingCapacity(const MatchingState& state, CreatorRow creator);

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_MARKET_ALLOCATION_H_
