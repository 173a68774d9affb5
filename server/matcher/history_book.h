#ifndef MATCHMAKER_SERVER_MATCHER_HISTORY_BOOK_H_
#define MATCHMAKER_SERVER_MATCHER_HISTORY_BOOK_H_

#include <array>
#include <cstdint>
#include <limits>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/types/span.h"
#include "server/matcher/creator_table.h"
#include "server/matcher/types.h"

namespace matchmaker::matcher {

// What a creator's own history teaches the matcher. Fixed size, stored by creator key in one
// vector so the ranking scan reads it without hashing.
struct LearnedState {
  // Inferred reservation price in cents (0: nothing inferred yet). Raised by "compensation too
  // low" declines, lowered by acceptances below it.
  float reservation_cents = 0;
  uint16_t accepts = 0;
  uint16_t declines = 0;  // excluding "no capacity", which says nothing about the offer
  uint16_t expiries = 0;
  // Multipliers on brief niches and brand categories (id kNoId: free slot). Declines for "not my
  // niche" / "brand mismatch" push them down, acceptances back up.
  std::array<WeightedId, 6> niche_adjust{};
  std::array<WeightedId, 4> category_adjust{};
  // Brands whose offers the creator declined for a competitor conflict.
  std::array<InternId, 3> conflict_brands{kNoId, kNoId, kNoId};
  // Accepted partnerships not yet completed or cancelled.
  int32_t active = 0;
  // Offers waiting for this creator's answer (proposed, countered): demand competing for the
  // same capacity, so another offer now is less likely to be taken.
  int32_t pending = 0;
  // A "no capacity" decline says the creator is busy for a while, whatever their stated limit.
  UnixSeconds busy_until = 0;

  LearnedState() {
    for (auto& a : niche_adjust) a = {kNoId, 1.0f};
    for (auto& a : category_adjust) a = {kNoId, 1.0f};
  }
};

// How a brand treats creators, by brand key.
struct BrandRecordStats {
  uint32_t offers_sent = 0;
  uint32_t answered = 0;  // accepted or declined (vs expired)
  uint32_t accepted = 0;
  uint32_t completed = 0;
  uint32_t withdrawn = 0;  // by the brand, before an answer
  uint32_t cancelled = 0;
};

// One (creator, brief) pair.
struct PairRecord {
  UnixSeconds last_decline = std::numeric_limits<int64_t>::min();
  DeclineReason last_reason = DeclineReason::kUnspecified;
  bool hidden = false;
  uint8_t open_offers = 0;  // proposed, applied or countered
  bool accepted = false;    // accepted or completed: the pair is already working together
};

// One (creator, brand) pair.
struct CreatorBrandRecord {
  uint16_t offers = 0;
  uint16_t accepts = 0;
  uint16_t declines = 0;
  uint16_t completions = 0;
  uint16_t good_outcomes = 0;
  uint16_t cancellations = 0;
};

// The history the matcher keeps, keyed by stable keys (interned ids), never by reusable rows.
// Sparse pair records sit in hash maps with per-brief / per-creator / per-brand adjacency lists,
// so a query first marks the few rows that have history and hashes only for those.
class HistoryBook {
 public:
  LearnedState& learned(InternId creator_key);
  const LearnedState* learned_or_null(InternId creator_key) const;
  BrandRecordStats& brand(InternId brand_key);
  const BrandRecordStats* brand_or_null(InternId brand_key) const;

  PairRecord& pair(InternId creator_key, InternId brief_key);
  const PairRecord* pair_or_null(InternId creator_key, InternId brief_key) const;
  CreatorBrandRecord& creator_brand(InternId creator_key, InternId brand_key);
  const CreatorBrandRecord* creator_brand_or_null(InternId creator_key, InternId brand_key) const;

  // Creators with a pair record for a brief / with a record for a brand, and the reverse.
  absl::Span<const InternId> creators_of_brief(InternId brief_key) const;
  absl::Span<const InternId> creators_of_brand(InternId brand_key) const;
  absl::Span<const InternId> briefs_of_creator(InternId creator_key) const;
  absl::Span<const InternId> brands_of_creator(InternId creator_key) const;

  // Forgets a creator's learned state and active count (its pair records stay: harmless).
  void ForgetCreator(InternId creator_key);

 private:
  static uint64_t PairKey(InternId a, InternId b) { return (uint64_t{a} << 32) | b; }
  static absl::Span<const InternId> Lookup(
      const absl::flat_hash_map<InternId, std::vector<InternId>>& map, InternId key);

  std::vector<LearnedState> learned_;
  std::vector<BrandRecordStats> brands_;
  absl::flat_hash_map<uint64_t, PairRecord> pairs_;
  absl::flat_hash_map<uint64_t, CreatorBrandRecord> creator_brands_;
  absl::flat_hash_map<InternId, std::vector<InternId>> creators_of_brief_;
  absl::flat_hash_map<InternId, std::vector<InternId>> creators_of_brand_;
  absl::flat_hash_map<InternId, std::vector<InternId>> briefs_of_creator_;
  absl::flat_hash_map<InternId, std::vector<InternId>> brands_of_creator_;
};

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_HISTORY_BOOK_H_
