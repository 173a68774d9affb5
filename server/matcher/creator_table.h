#ifndef MATCHMAKER_SERVER_MATCHER_CREATOR_TABLE_H_
#define MATCHMAKER_SERVER_MATCHER_CREATOR_TABLE_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "server/matcher/list_pool.h"
#include "server/matcher/types.h"

namespace matchmaker::matcher {

// One platform account, packed (24 bytes).
struct AccountRecord {
  Platform platform = Platform::kUnspecified;
  float followers = 0;
  float engagement_rate = 0;  // (likes + comments + shares) / followers
  float norm_ratio = 0;       // engagement_rate / the tier-and-platform norm
  float posts_per_week = 0;
  float reply_rate = 0;
};

// An interned id with a weight (niches, audience country and language shares).
struct WeightedId {
  InternId id = kNoId;
  float weight = 0;
};

struct SponsorshipRecord {
  InternId brand = kNoId;       // brand key of the id (kNoId when unknown)
  InternId brand_name = kNoId;  // brand key of the lower-cased name
  InternId category = kNoId;
  int32_t day = 0;  // days since the epoch
  Platform platform = Platform::kUnspecified;
};

struct MentionRecord {
  InternId brand = kNoId;
  InternId brand_name = kNoId;
  int32_t day = 0;
};

struct RateRecord {
  Platform platform = Platform::kUnspecified;
  DeliverableKind deliverable = DeliverableKind::kUnspecified;
  int64_t price_cents = 0;
};

struct CredentialRecord {
  InternId field = kNoId;
  bool verified = false;
};

// Creator flags, one byte per creator.
enum CreatorFlag : uint8_t {
  kCreatorLive = 1 << 0,
  kCreatorUgc = 1 << 1,
  kCreatorDirectMonetization = 1 << 2,
  kCreatorAcceptingOffers = 1 << 3,
  kCreatorPrefersLongTerm = 1 << 4,
};

// Every creator in struct-of-arrays form: column vectors indexed by CreatorRow, variable-length
// lists in ListPools, embeddings in one contiguous row-major float array (row × dim). The ranking
// scan reads only the columns it needs, sequentially, and allocates nothing per creator.
// Rows of removed creators are reused. Written only by MatchingState.
struct CreatorTable {
  explicit CreatorTable(int dim) : dim(dim) {}

  int dim;
  size_t rows() const { return flags.size(); }
  bool live(CreatorRow row) const { return (flags[row] & kCreatorLive) != 0; }
  const float* embedding_of(CreatorRow row) const { return embedding.data() + size_t{row} * dim; }

  // Identity.
  std::vector<InternId> key;  // creator key (interned id), stable across updates
  std::vector<uint8_t> flags;

  // Audience.
  std::vector<float> total_followers;
  std::vector<Tier> tier;
  std::vector<ListRef> accounts;
  ListPool<AccountRecord> account_pool;
  std::vector<std::array<float, kNumAgeBrackets>> audience_age;
  std::vector<float> audience_female;  // < 0: unknown
  std::vector<ListRef> audience_countries;
  std::vector<ListRef> audience_languages;
  ListPool<WeightedId> audience_pool;  // shared by countries and languages

  // Content.
  std::vector<ListRef> niches;  // weights normalised so the largest is 1
  ListPool<WeightedId> niche_pool;
  std::vector<ListRef> tags;  // sorted ids
  std::vector<ListRef> languages;
  std::vector<ListRef> blocked_categories;
  std::vector<ListRef> blocked_brands;
  ListPool<InternId> id_pool;  // shared by tags, languages and the blocked lists
  std::vector<float> embedding;

  // Place.
  std::vector<InternId> country;
  std::vector<InternId> region;
  std::vector<InternId> city;

  // Credibility and history with brands.
  std::vector<ListRef> credentials;
  ListPool<CredentialRecord> credential_pool;
  std::vector<ListRef> sponsorships;
  ListPool<SponsorshipRecord> sponsorship_pool;
  std::vector<ListRef> mentions;
  ListPool<MentionRecord> mention_pool;

  // Price and preferences.
  std::vector<ListRef> rate_card;
  ListPool<RateRecord> rate_pool;
  std::vector<CompensationMask> accepted_compensation;  // 0: any
  std::vector<int64_t> min_fee_cents;
  std::vector<int32_t> max_concurrent;  // 0: no stated limit
  std::vector<UnixSeconds> unavailable_until;

  // Compacts every pool whose garbage outweighs its live items.
  void CompactPools();
};

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_CREATOR_TABLE_H_
