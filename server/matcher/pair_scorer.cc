#include "server/matcher/pair_scorer.h"

#include <algorithm>
#include <cmath>

#include "server/matcher/embedding.h"

namespace matchmaker::matcher {
namespace {

bool SortedContains(absl::Span<const InternId> sorted, InternId id) {
  return std::binary_search(sorted.begin(), sorted.end(), id);
}

bool Contains(absl::Span<const InternId> items, InternId id) {
  return std::find(items.begin(), items.end(), id) != items.end();
}

}  // namespace

PairScorer::PairScorer(const MatchingState& state, const ScoringOptions& options)
    : state_(state),
      creators_(state.creators()),
      options_(options),
      fusion_(options.fusion == FusionMethod::kUnspecified ? state.config().default_fusion
                                                           : options.fusion),
      today_(static_cast<int32_t>(options.now / kSecondsPerDay)) {}

void PairScorer::SetBrief(BriefRow row) {
  brief_row_ = row;
  brief_ = &state_.briefs().records[row];
  brand_ = state_.BrandOf(*brief_);
  brand_stats_ = state_.history().brand_or_null(brief_->brand);
  brief_embedding_ = state_.briefs().embedding_of(row);
  brand_weights_ = options_.brand_weights  ? *options_.brand_weights
                   : brief_->brand_weights ? *brief_->brand_weights
                                           : state_.config().brand_weights;
}

PairHistory PairScorer::LookupHistory(CreatorRow creator) const {
  const InternId key = creators_.key[creator];
  PairHistory h;
  h.pair = state_.history().pair_or_null(key, brief_->key);
  h.with_brand = state_.history().creator_brand_or_null(key, brief_->brand);
  return h;
}

float PairScorer::NicheSimilarity(InternId a, InternId b) const {
  return state_.config().niche_similarity[static_cast<int>(state_.niches().Relation(a, b))];
}

RuleMask PairScorer::CheckCheapRules(CreatorRow c, const PairHistory& h) const {
  RuleMask v = 0;
  const bool all = options_.collect_all_violations;
  const BriefRecord& brief = *brief_;
  const uint8_t flags = creators_.flags[c];
  if (!brief.open) v |= RuleBit(HardRule::kBriefNotOpen);
  if ((flags & kCreatorAcceptingOffers) == 0) v |= RuleBit(HardRule::kNotAcceptingOffers);
  if (creators_.unavailable_until[c] > std::max(options_.now, brief.start_time)) {
    v |= RuleBit(HardRule::kUnavailable);
  }
  const LearnedState* learned = state_.history().learned_or_null(creators_.key[c]);
  const int32_t max_concurrent = creators_.max_concurrent[c];
  if (max_concurrent > 0 && learned != nullptr && learned->active >= max_concurrent) {
    v |= RuleBit(HardRule::kAtCapacity);
  }
  if (v != 0 && !all) return v;

  if (brief.platform_mask != 0 && !(brief.accepts_ugc && (flags & kCreatorUgc) != 0)) {
    bool any = false;
    for (const AccountRecord& a : creators_.account_pool.Get(creators_.accounts[c])) {
      if ((brief.platform_mask >> static_cast<int>(a.platform)) & 1) any = true;
    }
    if (!any) v |= RuleBit(HardRule::kPlatformMissing);
  }
  if (!brief.languages.empty()) {
    auto langs = creators_.id_pool.Get(creators_.languages[c]);
    // A creator who states no language is not excluded for it: unknown is not a mismatch.
    bool any = langs.empty();
    for (InternId l : brief.languages) any = any || SortedContains(langs, l);
    if (!any) v |= RuleBit(HardRule::kLanguageMissing);
  }
  if (!brief.locations.empty()) {
    bool any = false;
    for (const LocationIds& l : brief.locations) any = any || l.country == creators_.country[c];
    if (!any) v |= RuleBit(HardRule::kLocationMismatch);
  }
  if (brand_ != nullptr && brand_->category != kNoId) {
    for (InternId blocked : creators_.id_pool.Get(creators_.blocked_categories[c])) {
      if (state_.categories().IsWithin(brand_->category, blocked)) {
        v |= RuleBit(HardRule::kBlockedCategory);
      }
    }
  }
  if (Contains(creators_.id_pool.Get(creators_.blocked_brands[c]), brief.brand)) {
    v |= RuleBit(HardRule::kBlockedBrand);
  }
  const CompensationMask accepted = creators_.accepted_compensation[c];
  if (brief.offered_kinds != 0 && accepted != 0 && (accepted & brief.offered_kinds) == 0) {
    v |= RuleBit(HardRule::kCompensationNotAccepted);
  }
  if (h.pair != nullptr) {
    if (h.pair->hidden) v |= RuleBit(HardRule::kHiddenByCreator);
    const int64_t cooldown = state_.config().learning.decline_cooldown_days * kSecondsPerDay;
    if (h.pair->last_decline != std::numeric_limits<int64_t>::min() &&
        options_.now - h.pair->last_decline < cooldown) {
      v |= RuleBit(HardRule::kDeclinedCoolDown);
    }
    if (h.pair->open_offers > 0 || h.pair->accepted) v |= RuleBit(HardRule::kAlreadyEngaged);
  }
  return v;
}

double PairScorer::PriceOf(CreatorRow c, double learned_reservation) const {
  const CostModel& model = state_.config().cost;
  auto accounts = creators_.account_pool.Get(creators_.accounts[c]);
  auto rates = creators_.rate_pool.Get(creators_.rate_card[c]);
  // The biggest account on the brief's platforms stands in for deliverables naming none.
  const AccountRecord* best = nullptr;
  for (const AccountRecord& a : accounts) {
    const bool relevant =
        brief_->platform_mask == 0 || ((brief_->platform_mask >> static_cast<int>(a.platform)) & 1);
    if (relevant && (best == nullptr || a.followers > best->followers)) best = &a;
  }
  auto price_of = [&](Platform platform, DeliverableKind kind) -> double {
    const RateRecord* any_platform = nullptr;
    for (const RateRecord& r : rates) {
      if (r.deliverable != kind) continue;
      if (r.platform == platform) return static_cast<double>(r.price_cents);
      if (any_platform == nullptr) any_platform = &r;
    }
    if (any_platform != nullptr) return static_cast<double>(any_platform->price_cents);
    if (kind == DeliverableKind::kUgcAsset) return static_cast<double>(model.ugc_asset_cents);
    const AccountRecord* account = best;
    for (const AccountRecord& a : accounts) {
      if (a.platform == platform) account = &a;
    }
    if (account == nullptr) return static_cast<double>(model.ugc_asset_cents);
    const double ratio = std::clamp(static_cast<double>(account->norm_ratio), 0.25, 4.0);
    const int k = static_cast<int>(kind) < static_cast<int>(model.deliverable_multiplier.size())
                      ? static_cast<int>(kind)
                      : 0;
    return std::max(static_cast<double>(model.ugc_asset_cents) * 0.5,
                    account->followers * model.cents_per_follower *
                        model.deliverable_multiplier[k] * std::sqrt(ratio));
  };
  double total = 0;
  if (brief_->deliverables.empty()) {
    total =
        price_of(best != nullptr ? best->platform : Platform::kUnspecified, DeliverableKind::kPost);
  } else {
    for (const DeliverableRequest& d : brief_->deliverables) {
      total += price_of(d.platform, d.kind) * std::max(d.count, 1);
    }
  }
  total = std::max(total, static_cast<double>(creators_.min_fee_cents[c]));
  return std::max(total, learned_reservation);
}

void PairScorer::ComputeBasics(CreatorRow c, Basics* b) const {
  const BriefRecord& brief = *brief_;
  const EngagementNorms& norms = state_.config().engagement_norms;
  double ratio_sum = 0, rate_sum = 0, ppw_sum = 0, reply_sum = 0;
  uint16_t covered = 0;
  for (const AccountRecord& a : creators_.account_pool.Get(creators_.accounts[c])) {
    const bool relevant =
        brief.platform_mask == 0 || ((brief.platform_mask >> static_cast<int>(a.platform)) & 1);
    if (!relevant) continue;
    covered |= uint16_t{1} << static_cast<int>(a.platform);
    b->reach += a.followers;
    ratio_sum += a.followers * a.norm_ratio;
    rate_sum += a.followers * a.engagement_rate;
    ppw_sum += a.followers * a.posts_per_week;
    reply_sum += a.followers * a.reply_rate;
    if (a.followers >= 1000 &&
        (a.norm_ratio > norms.anomaly_high_ratio || a.norm_ratio < norms.anomaly_low_ratio)) {
      b->anomaly = true;
    }
  }
  if (b->reach > 0) {
    b->engagement_ratio = ratio_sum / b->reach;
    b->engagement_rate = rate_sum / b->reach;
    b->posts_per_week = ppw_sum / b->reach;
    b->reply_rate = reply_sum / b->reach;
    b->per_post_engagements = rate_sum;
  }
  for (int p = 0; p < kNumPlatforms; ++p) {
    if ((brief.platform_mask >> p) & (covered >> p) & 1) ++b->platforms_covered;
  }
  b->ugc_mode = brief.accepts_ugc && (creators_.flags[c] & kCreatorUgc) != 0;
  b->cosine = Dot(creators_.embedding_of(c), brief_embedding_, creators_.dim);
  if (!brief.tags.empty()) {
    auto tags = creators_.id_pool.Get(creators_.tags[c]);
    int common = 0;
    for (InternId t : brief.tags) common += SortedContains(tags, t) ? 1 : 0;
    b->tag_overlap = static_cast<double>(common) / brief.tags.size();
  }
  const LearnedState* learned = state_.history().learned_or_null(creators_.key[c]);
  b->price = PriceOf(c, learned != nullptr ? learned->reservation_cents : 0.0);

  // The offer's value to this creator: only kinds the creator accepts count.
  const CompensationMask accepted = creators_.accepted_compensation[c];
  int deliverable_count = 0;
  for (const DeliverableRequest& d : brief.deliverables) deliverable_count += std::max(d.count, 1);
  const double engagements = b->per_post_engagements * std::max(deliverable_count, 1);
  bool any = brief.compensation.empty();
  for (const CompensationOffer& offer : brief.compensation) {
    if (accepted != 0 && (accepted & CompensationBit(offer.kind)) == 0) continue;
    any = true;
    double value = static_cast<double>(std::max<int64_t>(offer.value_cents, 0));
    if (offer.kind == CompensationKind::kPayPerClick) {
      value *= engagements * 0.1;  // clicks ≈ a tenth of engagements
    } else if (offer.kind == CompensationKind::kAffiliateCommission && value == 0) {
      value = offer.commission_rate * engagements * 0.02 * 5000;  // 2% convert, $50 orders
    } else if (offer.kind == CompensationKind::kFlatFee && value == 0) {
      value = static_cast<double>(brief.per_creator_budget_cents);
    }
    b->offered += value;
  }
  if (brief.compensation.empty()) b->offered = static_cast<double>(brief.per_creator_budget_cents);
  b->any_kind_accepted = any;
}

bool PairScorer::Evaluate(CreatorRow c, const PairHistory& h, PairEvaluation* out) const {
  return EvaluateAbove(c, h, -1.0, out) != Outcome::kExcluded;
}

PairScorer::Outcome PairScorer::EvaluateAbove(CreatorRow c, const PairHistory& h, double threshold,
                                              PairEvaluation* out) const {
  const bool all = options_.collect_all_violations;
  out->flags = MatchFlags();
  out->violations = CheckCheapRules(c, h);
  if (out->violations != 0 && !all) return Outcome::kExcluded;

  Basics b;
  ComputeBasics(c, &b);
  const BriefRecord& brief = *brief_;
  // Latest sponsored post for a competitor of the brief's brand.
  int32_t competitor_days = -1;
  if (brand_ != nullptr && !brand_->competitors.empty()) {
    for (const SponsorshipRecord& s : creators_.sponsorship_pool.Get(creators_.sponsorships[c])) {
      if ((s.brand != kNoId && SortedContains(brand_->competitors, s.brand)) ||
          (s.brand_name != kNoId && SortedContains(brand_->competitors, s.brand_name))) {
        const int32_t days = std::max(0, today_ - s.day);
        if (competitor_days < 0 || days < competitor_days) competitor_days = days;
      }
    }
  }
  out->competitor_days = competitor_days;
  const bool in_window = competitor_days >= 0 && brief.exclusivity_days > 0 &&
                         competitor_days <= brief.exclusivity_days;
  out->flags.competitor_conflict = in_window;
  if (in_window && brief.exclude_conflicts)
    out->violations |= RuleBit(HardRule::kCompetitorExclusivity);
  if (brief.min_engagement_rate > 0 && !b.ugc_mode &&
      b.engagement_rate < brief.min_engagement_rate) {
    out->violations |= RuleBit(HardRule::kBelowMinEngagement);
  }
  const double budget = static_cast<double>(brief.per_creator_budget_cents);
  if (budget > 0 && b.price > budget) {
    out->flags.over_budget = true;
    if (b.price > budget * (1 + state_.config().cost.budget_tolerance)) {
      out->violations |= RuleBit(HardRule::kOverBudget);
    }
  }
  if (out->violations != 0 && !all) return Outcome::kExcluded;

  out->flags.engagement_anomaly = b.anomaly;
  out->engagement_ratio = static_cast<float>(b.engagement_ratio);
  out->offered_cents = static_cast<int64_t>(b.offered);
  out->reservation_cents = static_cast<int64_t>(b.price);
  out->estimates.cost_cents = static_cast<int64_t>(b.price);
  out->estimates.reach = static_cast<int64_t>(b.reach);
  int deliverable_count = 0;
  for (const DeliverableRequest& d : brief.deliverables) deliverable_count += std::max(d.count, 1);
  out->estimates.expected_engagements = b.per_post_engagements * std::max(deliverable_count, 1);

  ScoreBrandSide(c, b, h, out);
  out->long_term_boost = 1;
  if (h.with_brand != nullptr && h.with_brand->good_outcomes >= 2) {
    const LearningConfig& cfg = state_.config().learning;
    out->long_term_boost =
        1 + std::min(cfg.long_term_boost_max,
                     cfg.long_term_boost_per_success * (h.with_brand->good_outcomes - 1));
  }
  if (threshold > 0 && out->violations == 0 && fusion_ != FusionMethod::kUninorm) {
    // The creator-side fit is at most 1, and every fusion but the uninorm is monotone.
    const double best = Fuse(fusion_, out->brand_fit, 1.0) * out->long_term_boost;
    if (best < threshold) return Outcome::kBelowThreshold;
  }
  ScoreCreatorSide(c, b, h, out);
  out->mutual =
      std::min(1.0, Fuse(fusion_, out->brand_fit, out->creator_fit) * out->long_term_boost);
  return out->violations == 0 ? Outcome::kScored : Outcome::kExcluded;
}

}  // namespace matchmaker::matcher
