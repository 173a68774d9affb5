#ifndef MATCHMAKER_SERVER_MATCHER_BRIEF_TABLE_H_
#define MATCHMAKER_SERVER_MATCHER_BRIEF_TABLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "server/matcher/creator_table.h"
#include "server/matcher/factors.h"
#include "server/matcher/profiles.h"
#include "server/matcher/types.h"

namespace matchmaker::matcher {

struct LocationIds {
  InternId country = kNoId;
  InternId region = kNoId;
  InternId city = kNoId;
};

// One brief, interned and resolved (tiers turned into a follower range, the per-creator budget
// worked out). Briefs are few next to creators (thousands, not millions), so each keeps its
// small lists inline; only the embeddings sit in one contiguous array.
struct BriefRecord {
  std::string id;
  InternId key = kNoId;
  InternId brand = kNoId;  // brand key
  bool live = false;
  bool open = false;
  Objective objective = Objective::kUnspecified;
  std::vector<WeightedId> niches;  // weights sum to 1
  std::vector<InternId> tags;      // sorted
  std::vector<Platform> platforms;
  uint16_t platform_mask = 0;  // bit per Platform; 0: any
  double min_followers = 0;
  double max_followers = 0;  // 0: unbounded
  bool has_follower_range = false;
  double min_engagement_rate = 0;
  double min_posts_per_week = 0;
  double max_posts_per_week = 0;
  std::vector<LocationIds> locations;
  std::vector<InternId> target_countries;
  uint8_t target_age_mask = 0;  // bit per AgeBracket
  double min_female_fraction = 0;
  double max_female_fraction = 0;
  bool has_gender_target = false;
  std::vector<InternId> target_languages;
  std::vector<InternId> languages;
  int32_t exclusivity_days = 0;
  bool exclude_conflicts = false;
  int64_t budget_total_cents = 0;
  int64_t per_creator_budget_cents = 0;  // resolved; 0: unbounded
  std::vector<CompensationOffer> compensation;
  CompensationMask offered_kinds = 0;
  std::vector<DeliverableRequest> deliverables;
  int32_t creators_wanted = 1;
  int64_t max_total_reach = 0;
  bool long_term = false;
  std::vector<InternId> required_credentials;
  bool accepts_ugc = false;
  UnixSeconds start_time = 0;
  UnixSeconds end_time = 0;
  std::optional<BrandWeights> brand_weights;
};

struct BriefTable {
  explicit BriefTable(int dim) : dim(dim) {}
  int dim;
  std::vector<BriefRecord> records;  // by BriefRow
  std::vector<float> embedding;      // row × dim, unit length
  const float* embedding_of(BriefRow row) const { return embedding.data() + size_t{row} * dim; }
};

// What the matcher knows of a brand, by brand key. A brief may name a brand before the brand
// record arrives; it then has no category and no competitors until it does.
struct BrandRecord {
  std::string id;
  bool known = false;
  InternId category = kNoId;          // in the category taxonomy
  InternId name_key = kNoId;          // brand key of the lower-cased display name
  std::vector<InternId> competitors;  // brand keys (ids and lower-cased names), sorted
  std::vector<BriefRow> briefs;       // live briefs of this brand
};

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_BRIEF_TABLE_H_
