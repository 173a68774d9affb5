#ifndef MATCHMAKER_SERVER_MATCHER_MATCHER_CONFIG_H_
#define MATCHMAKER_SERVER_MATCHER_MATCHER_CONFIG_H_

#include <array>
#include <cstdint>

#include "server/matcher/engagement_norms.h"
#include "server/matcher/factors.h"
#include "server/matcher/fusion.h"
#include "server/matcher/taxonomy.h"
#include "server/matcher/types.h"

namespace matchmaker::matcher {

// Follower thresholds between tiers; sources disagree, so they are configuration
// (server flag --tier_thresholds). A creator is nano below `micro`, mega from `mega` up.
struct TierThresholds {
  int64_t micro = 10'000;
  int64_t macro = 100'000;
  int64_t mega = 1'000'000;

  Tier TierOf(int64_t followers) const;
  // The follower range [min, max) of a tier; max 0 means unbounded.
  void RangeOf(Tier tier, int64_t* min_followers, int64_t* max_followers) const;
};

// How a decline, an acceptance and an outcome move a creator's learned state.
struct LearningConfig {
  // A declined (creator, brief) pair is not proposed again for this long.
  int64_t decline_cooldown_days = 90;
  // "Compensation too low" at offered value v: the inferred reservation price becomes at least
  // v × this.
  double reservation_raise = 1.25;
  // "Not my niche": the brief's niches are multiplied by this for the creator (compounding).
  double niche_decline_factor = 0.6;
  // "Brand mismatch": the brand's category is multiplied by this for the creator.
  double category_decline_factor = 0.5;
  // Acceptances nudge the brief's niches and category back up by this (capped at 1.2).
  double accept_raise = 1.1;
  // Fused score boost per completed pair with the same brand beyond the first, capped.
  double long_term_boost_per_success = 0.05;
  double long_term_boost_max = 0.15;
  // Engagements at least this share of the expected count make a completion a good outcome.
  double good_outcome_ratio = 0.8;
};

// Prices used when a creator's rate card has no entry for a deliverable.
struct CostModel {
  // A post costs roughly this per follower on the platform ($10 per 1k followers), scaled by
  // engagement relative to the norm (square root) and by the deliverable kind.
  double cents_per_follower = 1.0;
  std::array<double, 9> deliverable_multiplier = {1.0, 1.0, 0.5, 1.2, 2.0, 1.5, 1.0, 1.0, 0.8};
  // UGC assets are paid for the content, not the audience.
  int64_t ugc_asset_cents = 15'000;
  // Costs up to per-creator budget × (1 + tolerance) are flagged "over budget" and penalised;
  // beyond that the pair is excluded.
  double budget_tolerance = 0.25;
};

struct MatcherConfig {
  int embedding_dim = 64;
  TierThresholds tiers;
  EngagementNorms engagement_norms = EngagementNorms::Defaults();
  // Niche similarity by relation: exact > parent/child > ancestor > sibling > cousin > unrelated.
  std::array<float, kNumTaxonomyRelations> niche_similarity = {1.0f, 0.7f, 0.5f, 0.4f, 0.15f, 0.0f};
  LearningConfig learning;
  CostModel cost;
  BrandWeights brand_weights = DefaultBrandWeights();
  CreatorWeights creator_weights = DefaultCreatorWeights();
  FusionMethod default_fusion = FusionMethod::kHarmonicMean;
  // Capacity assumed for a creator who states no max_concurrent_partnerships, in allocation.
  int default_capacity = 3;
};

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_MATCHER_CONFIG_H_
