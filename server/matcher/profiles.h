#ifndef MATCHMAKER_SERVER_MATCHER_PROFILES_H_
#define MATCHMAKER_SERVER_MATCHER_PROFILES_H_

// Plain, owning descriptions of creators, brands, briefs and offer events: what MatchingState
// ingests and packs into its compact tables. The index fills them from the protos; tests and
// benchmarks fill them directly. Strings are expected normalised (lower-case niches, categories,
// tags and languages; upper-case country codes) — the index does that.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "server/matcher/factors.h"
#include "server/matcher/types.h"

namespace matchmaker::matcher {

struct KeyShare {
  std::string key;  // country or language code
  double fraction = 0;
};

struct WeightedNiche {
  std::string niche;  // '/'-separated path, e.g. "food/desserts"
  double weight = 1;
};

struct AccountProfile {
  Platform platform = Platform::kUnspecified;
  int64_t followers = 0;
  double avg_likes = 0;
  double avg_comments = 0;
  double avg_shares = 0;
  double avg_views = 0;
  double posts_per_week = 0;
  double reply_rate = 0;
  std::vector<KeyShare> audience_countries;
  std::array<double, kNumAgeBrackets> audience_age{};  // by AgeBracket number
  double audience_female_fraction = -1;                // < 0: unknown
  std::vector<KeyShare> audience_languages;
};

struct CredentialProfile {
  std::string field;
  bool verified = false;
};

struct SponsorshipProfile {
  std::string brand_id;    // may be empty when the brand is not on Matchmaker
  std::string brand_name;  // compared case-insensitively with competitor names
  std::string category;
  UnixSeconds date = 0;
  Platform platform = Platform::kUnspecified;
};

struct MentionProfile {
  std::string brand_id;
  std::string brand_name;
  UnixSeconds date = 0;
};

struct RateProfile {
  Platform platform = Platform::kUnspecified;
  DeliverableKind deliverable = DeliverableKind::kUnspecified;
  int64_t price_cents = 0;
};

struct CreatorProfile {
  std::string id;
  std::vector<AccountProfile> accounts;
  std::vector<WeightedNiche> niches;
  std::vector<std::string> tags;
  std::vector<float> embedding;  // empty: derived from tags and niches
  std::string country;
  std::string region;
  std::string city;
  std::vector<std::string> languages;
  std::vector<CredentialProfile> credentials;
  bool ugc_creator = false;
  bool direct_monetization = false;
  std::vector<SponsorshipProfile> sponsorships;
  std::vector<MentionProfile> mentions;
  std::vector<RateProfile> rate_card;
  CompensationMask accepted_compensation = 0;  // 0: accepts every kind
  int64_t min_fee_cents = 0;
  std::vector<std::string> blocked_categories;
  std::vector<std::string> blocked_brand_ids;
  int32_t max_concurrent_partnerships = 0;  // 0: no stated limit
  bool prefers_long_term = false;
  bool accepting_offers = true;
  UnixSeconds unavailable_until = 0;
};

struct BrandProfile {
  std::string id;
  std::string name;
  std::string category;                  // '/'-separated, e.g. "beauty/skincare"
  std::vector<std::string> competitors;  // brand ids or names
  std::vector<std::string> values;
};

struct LocationProfile {
  std::string country;
  std::string region;
  std::string city;
};

struct CompensationOffer {
  CompensationKind kind = CompensationKind::kFlatFee;
  int64_t value_cents = 0;
  double commission_rate = 0;
};

struct DeliverableRequest {
  Platform platform = Platform::kUnspecified;
  DeliverableKind kind = DeliverableKind::kPost;
  int32_t count = 1;
};

struct BriefProfile {
  std::string id;
  std::string brand_id;
  bool open = true;
  Objective objective = Objective::kUnspecified;
  std::vector<WeightedNiche> niches;
  std::vector<std::string> tags;
  std::vector<float> embedding;  // empty: derived from tags and niches
  std::vector<Platform> platforms;
  int64_t min_followers = 0;
  int64_t max_followers = 0;  // 0: unbounded
  std::vector<Tier> tiers;    // alternative to the follower range
  double min_engagement_rate = 0;
  double min_posts_per_week = 0;
  double max_posts_per_week = 0;  // 0: unbounded
  std::vector<LocationProfile> creator_locations;
  std::vector<std::string> target_countries;
  std::vector<int> target_age_brackets;  // AgeBracket numbers
  double min_female_fraction = 0;
  double max_female_fraction = 0;  // 0 with min 0: any
  std::vector<std::string> target_languages;
  std::vector<std::string> languages;  // the content must be in one of these
  int32_t competitor_exclusivity_days = 0;
  bool exclude_competitor_conflicts = false;
  int64_t budget_total_cents = 0;
  int64_t budget_per_creator_max_cents = 0;
  std::vector<CompensationOffer> compensation;
  std::vector<DeliverableRequest> deliverables;
  int32_t creators_wanted = 1;
  int64_t max_total_reach = 0;  // 0: no cap
  bool long_term = false;
  std::vector<std::string> required_credentials;
  bool accepts_ugc = false;
  UnixSeconds start_time = 0;
  UnixSeconds end_time = 0;
  // Brand-side weights for this brief instead of the configured defaults.
  std::optional<BrandWeights> brand_weights;
};

// The offer state machine's states (numbers equal matchmaker.v1.OfferState).
enum class OfferState : uint8_t {
  kUnspecified = 0,
  kProposed = 1,
  kApplied = 2,
  kCountered = 3,
  kAccepted = 4,
  kDeclined = 5,
  kWithdrawn = 6,
  kExpired = 7,
  kRejected = 8,
  kCompleted = 9,
  kCancelled = 10,
};

// One offer transition, as history records it. from = kUnspecified for a new offer.
struct OfferEvent {
  std::string creator_id;
  std::string brief_id;
  std::string brand_id;
  OfferState from = OfferState::kUnspecified;
  OfferState to = OfferState::kUnspecified;
  DeclineReason decline_reason = DeclineReason::kUnspecified;
  // Total value the offer put on the table (fee + valued compensation), for learning.
  int64_t offered_value_cents = 0;
  // For completions: the measured outcome.
  int64_t outcome_reach = 0;
  int64_t outcome_engagements = 0;
  UnixSeconds time = 0;
};

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_PROFILES_H_
