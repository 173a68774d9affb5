// PairScorer::ScoreCreatorSide: how well the brief fits what the creator wants.

#include <algorithm>
#include <cmath>

#include "server/matcher/adjustment_slots.h"
#include "server/matcher/pair_scorer.h"

namespace matchmaker::matcher {

void PairScorer::ScoreCreatorSide(CreatorRow c, const Basics& b, const PairHistory& h,
                                  PairEvaluation* out) const {
  const BriefRecord& brief = *brief_;
  const CreatorWeights& weights = state_.config().creator_weights;
  static const LearnedState kNothingLearned;
  const LearnedState* found = state_.history().learned_or_null(creators_.key[c]);
  const LearnedState& learned = found != nullptr ? *found : kNothingLearned;
  const uint8_t flags = creators_.flags[c];
  // Creators living on direct monetization are pickier about fit (seed 000).
  const float picky = (flags & kCreatorDirectMonetization) != 0 ? 1.5f : 1.0f;
  auto set = [&](CreatorFactor f, double score, double raw, float weight_scale) {
    const int i = static_cast<int>(f);
    out->creator_score[i] = static_cast<float>(std::clamp(score, 0.0, 1.0));
    out->creator_raw[i] = static_cast<float>(raw);
    out->creator_weight[i] = weights[i] * weight_scale;
  };

  {
    // Pay vs the creator's price (rate card, minimum fee, learned reservation): meeting it is
    // most of the score; falling short costs quadratically.
    double score = 0.85;
    if (b.price > 0) {
      const double q = b.offered / b.price;
      score = q >= 1 ? 0.75 + 0.25 * std::min(1.0, (q - 1) / 0.5) : 0.75 * q * q;
    }
    set(CreatorFactor::kCompensation, b.any_kind_accepted ? score : 0.0, b.offered, 1.0f);
  }

  {
    // The brief's niches against the creator's own (authenticity), with what declines taught.
    auto niches = creators_.niche_pool.Get(creators_.niches[c]);
    double fit = 0;
    for (const WeightedId& want : brief.niches) {
      double best = 0;
      for (const WeightedId& has : niches) {
        best = std::max(best, NicheSimilarity(want.id, has.id) * (0.5 + 0.5 * has.weight));
      }
      fit += want.weight * best * AdjustmentFor(learned.niche_adjust, state_.niches(), want.id);
    }
    set(CreatorFactor::kNiche, fit, fit, brief.niches.empty() ? 0.0f : picky);
  }

  {
    const double aesthetic = b.tag_overlap >= 0
                                 ? 0.7 * std::max(0.0, b.cosine) + 0.3 * b.tag_overlap
                                 : std::max(0.0, b.cosine);
    set(CreatorFactor::kAesthetic, aesthetic, b.cosine, 1.0f);
  }

  {
    // Active partnerships use capacity; offers already waiting compete for what is left, so
    // the score is the share of free capacity this offer can expect: free / (waiting + 1).
    const int32_t stated = creators_.max_concurrent[c];
    const double capacity = stated > 0 ? stated : state_.config().default_capacity;
    const double free = std::max(0.0, capacity - learned.active);
    const double load = learned.active + learned.pending;
    double score = std::min(1.0, free / (learned.pending + 1.0)) * (0.5 + 0.5 * free / capacity);
    if (learned.busy_until > options_.now) score *= 0.3;
    set(CreatorFactor::kWorkload, score, load, 1.0f);
  }

  {
    // The brand's record with creators: completions against withdrawals and cancellations,
    // and whether it lets offers expire unanswered. Neutral 0.6 without data.
    double score = 0.6, completed = 0;
    if (brand_stats_ != nullptr) {
      const BrandRecordStats& s = *brand_stats_;
      completed = s.completed;
      score = (1.8 + s.completed) / (3.0 + s.completed + s.withdrawn + s.cancelled);
    }
    set(CreatorFactor::kBrandRecord, score, completed, 1.0f);
  }

  {
    // Brand fit: creators who already use the brand fit best; a category the creator declined
    // for "brand mismatch" falls.
    double score = 0.7;
    const InternId name_key = brand_ != nullptr ? brand_->name_key : kNoId;
    for (const MentionRecord& m : creators_.mention_pool.Get(creators_.mentions[c])) {
      if (m.brand == brief.brand || (name_key != kNoId && m.brand_name == name_key)) score = 1.0;
    }
    for (const SponsorshipRecord& s : creators_.sponsorship_pool.Get(creators_.sponsorships[c])) {
      if (s.brand == brief.brand) score = std::max(score, 0.9);
    }
    const float category_multiplier =
        brand_ != nullptr
            ? AdjustmentFor(learned.category_adjust, state_.categories(), brand_->category)
            : 1.0f;
    set(CreatorFactor::kBrandFit, score * category_multiplier, category_multiplier, picky);
  }

  {
    const bool prefers = (flags & kCreatorPrefersLongTerm) != 0;
    double score = brief.long_term ? (prefers ? 1.0 : 0.8) : (prefers ? 0.5 : 0.8);
    if (prefers && h.with_brand != nullptr && h.with_brand->good_outcomes > 0) score = 1.0;
    set(CreatorFactor::kLongTerm, score, prefers ? 1 : 0, 1.0f);
  }

  {
    // How readily this creator says yes, smoothed (Laplace) so one answer does not dominate.
    const double yes = learned.accepts, no = learned.declines + learned.expiries;
    set(CreatorFactor::kLearnedAffinity, (yes + 1) / (yes + no + 2), yes - no, 1.0f);
  }

  {
    double score = 1.0;
    if (std::find(learned.conflict_brands.begin(), learned.conflict_brands.end(), brief.brand) !=
        learned.conflict_brands.end()) {
      score = 0.2;
    } else if (out->competitor_days >= 0 && out->competitor_days <= 180) {
      score = 0.6;  // recently paid by a competitor: may be bound by their exclusivity
    }
    set(CreatorFactor::kExclusivity, score, out->competitor_days, 1.0f);
  }

  double weighted = 0, total = 0;
  for (int i = 0; i < kNumCreatorFactors; ++i) {
    weighted += out->creator_weight[i] * out->creator_score[i];
    total += out->creator_weight[i];
  }
  out->creator_fit = total > 0 ? weighted / total : 0;
  // A creator who likes a brief still cannot take it without capacity: availability also
  // scales the whole creator-side fit (reported as the workload factor's score).
  out->creator_fit *= 0.5 + 0.5 * out->creator_score[static_cast<int>(CreatorFactor::kWorkload)];
}

}  // namespace matchmaker::matcher
