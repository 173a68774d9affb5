// MatchingState::ApplyOfferEvent: how offer transitions become history and learned state.

#include <algorithm>
#include <cmath>

#include "server/matcher/adjustment_slots.h"
#include "server/matcher/matching_state.h"

namespace matchmaker::matcher {
namespace {

bool IsOpen(OfferState s) {
  return s == OfferState::kProposed || s == OfferState::kApplied || s == OfferState::kCountered;
}

// What a brief puts on the table for one creator when the event does not say.
int64_t OfferedValue(const BriefRecord& brief) {
  int64_t value = 0;
  for (const CompensationOffer& c : brief.compensation)
    value += std::max<int64_t>(c.value_cents, 0);
  if (value == 0) value = brief.per_creator_budget_cents;
  return value;
}

}  // namespace

void MatchingState::ApplyOfferEvent(const OfferEvent& e) {
  if (e.creator_id.empty() || e.brief_id.empty()) return;
  const InternId creator_key = creator_keys_.Intern(e.creator_id);
  const InternId brief_key = brief_keys_.Intern(e.brief_id);
  const BriefRow brief_row = RowOfBriefKey(brief_key);
  const BriefRecord* brief = brief_row != kNoRow ? &briefs_.records[brief_row] : nullptr;
  const InternId brand = !e.brand_id.empty() ? brand_keys_.Intern(e.brand_id)
                         : brief != nullptr  ? brief->brand
                                             : kNoId;
  PairRecord& pair = history_.pair(creator_key, brief_key);
  LearnedState& learned = history_.learned(creator_key);
  BrandRecordStats scratch_brand;
  CreatorBrandRecord scratch_pair;
  BrandRecordStats& brand_stats = brand != kNoId ? history_.brand(brand) : scratch_brand;
  CreatorBrandRecord& with_brand =
      brand != kNoId ? history_.creator_brand(creator_key, brand) : scratch_pair;

  if (IsOpen(e.from) && !IsOpen(e.to)) {
    if (pair.open_offers > 0) --pair.open_offers;
    if (learned.pending > 0) --learned.pending;
  }
  if (!IsOpen(e.from) && IsOpen(e.to)) {
    ++pair.open_offers;
    ++learned.pending;
  }

  switch (e.to) {
    case OfferState::kProposed:
      if (e.from == OfferState::kUnspecified) {
        ++brand_stats.offers_sent;
        ++with_brand.offers;
      }
      break;
    case OfferState::kAccepted:
      pair.accepted = true;
      ++learned.active;
      ++learned.accepts;
      ++with_brand.accepts;
      ++brand_stats.accepted;
      if (e.from != OfferState::kApplied) ++brand_stats.answered;
      LearnFromAcceptance(e, creator_key, brief);
      break;
    case OfferState::kDeclined:
      pair.last_decline = e.time;
      pair.last_reason = e.decline_reason;
      ++brand_stats.answered;
      ++with_brand.declines;
      LearnFromDecline(e, creator_key, brief);
      break;
    case OfferState::kCompleted: {
      if (learned.active > 0) --learned.active;
      ++brand_stats.completed;
      ++with_brand.completions;
      // A good outcome: engagements at least a share of what the creator's audience and
      // engagement rate lead us to expect.
      double expected = 0;
      const CreatorRow row = RowOfCreatorKey(creator_key);
      if (row != kNoRow) {
        for (const AccountRecord& a : creators_.account_pool.Get(creators_.accounts[row])) {
          expected += a.followers * a.engagement_rate;
        }
      }
      if (e.outcome_engagements > 0 &&
          e.outcome_engagements >= config_.learning.good_outcome_ratio * expected) {
        ++with_brand.good_outcomes;
      }
      break;
    }
    case OfferState::kCancelled:
      if (e.from == OfferState::kAccepted) {
        if (learned.active > 0) --learned.active;
        pair.accepted = false;
      }
      ++brand_stats.cancelled;
      ++with_brand.cancellations;
      break;
    case OfferState::kWithdrawn:
      if (e.from != OfferState::kApplied) ++brand_stats.withdrawn;
      break;
    case OfferState::kExpired:
      ++learned.expiries;
      break;
    case OfferState::kApplied:
    case OfferState::kCountered:
    case OfferState::kRejected:
    case OfferState::kUnspecified:
      break;
  }
}

void MatchingState::LearnFromDecline(const OfferEvent& e, InternId creator_key,
                                     const BriefRecord* brief) {
  LearnedState& learned = history_.learned(creator_key);
  const LearningConfig& cfg = config_.learning;
  if (e.decline_reason != DeclineReason::kNoCapacity) ++learned.declines;
  switch (e.decline_reason) {
    case DeclineReason::kCompensationTooLow: {
      int64_t offered = e.offered_value_cents;
      if (offered <= 0 && brief != nullptr) offered = OfferedValue(*brief);
      const float raised = static_cast<float>(offered * cfg.reservation_raise);
      learned.reservation_cents =
          std::max({learned.reservation_cents, raised,
                    static_cast<float>(learned.reservation_cents * cfg.reservation_raise)});
      break;
    }
    // A dislike rarely stops at one leaf: the parent niche / category moves too, by the square
    // root of the factor, so "not food/desserts" also says a little about "food".
    case DeclineReason::kNotMyNiche:
      if (brief != nullptr) {
        for (const WeightedId& n : brief->niches) {
          ScaleAdjustment(&learned.niche_adjust, n.id, cfg.niche_decline_factor, 0.05, 1.2);
          ScaleAdjustment(&learned.niche_adjust, niches_.Parent(n.id),
                          std::sqrt(cfg.niche_decline_factor), 0.05, 1.2);
        }
      }
      break;
    case DeclineReason::kBrandMismatch:
      if (brief != nullptr && brief->brand < brands_.size()) {
        const InternId category = brands_[brief->brand].category;
        ScaleAdjustment(&learned.category_adjust, category, cfg.category_decline_factor, 0.05, 1.2);
        if (category != kNoId) {
          ScaleAdjustment(&learned.category_adjust, categories_.Parent(category),
                          std::sqrt(cfg.category_decline_factor), 0.05, 1.2);
        }
      }
      break;
    case DeclineReason::kCompetitorConflict: {
      const InternId brand = brief != nullptr ? brief->brand : brand_keys_.Find(e.brand_id);
      if (brand != kNoId &&
          std::find(learned.conflict_brands.begin(), learned.conflict_brands.end(), brand) ==
              learned.conflict_brands.end()) {
        std::rotate(learned.conflict_brands.rbegin(), learned.conflict_brands.rbegin() + 1,
                    learned.conflict_brands.rend());
        learned.conflict_brands[0] = brand;
      }
      break;
    }
    case DeclineReason::kNoCapacity:
      learned.busy_until = std::max(learned.busy_until, e.time + 30 * kSecondsPerDay);
      break;
    case DeclineReason::kOther:
    case DeclineReason::kUnspecified:
      break;
  }
}

void MatchingState::LearnFromAcceptance(const OfferEvent& e, InternId creator_key,
                                        const BriefRecord* brief) {
  LearnedState& learned = history_.learned(creator_key);
  const LearningConfig& cfg = config_.learning;
  int64_t offered = e.offered_value_cents;
  if (offered <= 0 && brief != nullptr) offered = OfferedValue(*brief);
  // Accepting less than the inferred reservation price proves the inference too high.
  if (offered > 0 && learned.reservation_cents > offered) {
    learned.reservation_cents = static_cast<float>(offered);
  }
  if (brief == nullptr) return;
  for (const WeightedId& n : brief->niches) {
    ScaleAdjustment(&learned.niche_adjust, n.id, cfg.accept_raise, 0.05, 1.2);
  }
  if (brief->brand < brands_.size()) {
    ScaleAdjustment(&learned.category_adjust, brands_[brief->brand].category, cfg.accept_raise,
                    0.05, 1.2);
  }
}

}  // namespace matchmaker::matcher
