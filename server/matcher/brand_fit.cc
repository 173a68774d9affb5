// PairScorer::ScoreBrandSide: how well a creator fits what the brief asks for.

#include <algorithm>
#include <cmath>

#include "server/matcher/pair_scorer.h"

namespace matchmaker::matcher {
namespace {

// 1 inside [lo, hi], falling as a Gaussian of the distance in decades outside: half a decade
// off (3×) keeps ~0.25, which makes the range soft as the issue asks.
double LogRangeScore(double value, double lo, double hi) {
  if (value <= 0) return lo > 0 ? 0.0 : 1.0;
  double d = 0;
  if (lo > 0 && value < lo) d = std::log10(lo / value);
  if (hi > 0 && value > hi) d = std::log10(value / hi);
  if (d == 0) return 1.0;
  constexpr double kSigma = 0.3;
  return std::exp(-0.5 * (d / kSigma) * (d / kSigma));
}

}  // namespace

void PairScorer::ScoreBrandSide(CreatorRow c, const Basics& b, const PairHistory& h,
                                PairEvaluation* out) const {
  const BriefRecord& brief = *brief_;
  auto set = [&](BrandFactor f, double score, double raw, bool applicable) {
    const int i = static_cast<int>(f);
    out->brand_score[i] = static_cast<float>(std::clamp(score, 0.0, 1.0));
    out->brand_raw[i] = static_cast<float>(raw);
    out->brand_weight[i] = applicable ? brand_weights_[i] : 0.0f;
  };

  // Niche: how much of the brief's niches the creator covers, hierarchy-aware; a creator's
  // secondary niches count a little less than the main one.
  {
    auto niches = creators_.niche_pool.Get(creators_.niches[c]);
    double fit = 0;
    int best_relation = static_cast<int>(TaxonomyRelation::kUnrelated);
    for (const WeightedId& want : brief.niches) {
      double best = 0;
      for (const WeightedId& has : niches) {
        const int relation = static_cast<int>(state_.niches().Relation(want.id, has.id));
        best_relation = std::min(best_relation, relation);
        best =
            std::max(best, state_.config().niche_similarity[relation] * (0.6 + 0.4 * has.weight));
      }
      fit += want.weight * best;
    }
    out->best_niche_relation = static_cast<uint8_t>(best_relation);
    set(BrandFactor::kNiche, fit, best_relation, !brief.niches.empty());
  }

  const double aesthetic = b.tag_overlap >= 0 ? 0.7 * std::max(0.0, b.cosine) + 0.3 * b.tag_overlap
                                              : std::max(0.0, b.cosine);
  set(BrandFactor::kAesthetic, aesthetic, b.cosine, true);

  set(BrandFactor::kAudienceSize, LogRangeScore(b.reach, brief.min_followers, brief.max_followers),
      b.reach, brief.has_follower_range && !b.ugc_mode);

  {
    // Relative to the tier-and-platform norm: at the norm 0.5, twice the norm 1, half of it 0.
    double relative = b.engagement_ratio > 0
                          ? std::clamp(0.5 + 0.5 * std::log2(b.engagement_ratio), 0.0, 1.0)
                          : 0.0;
    // Far above the norm is suspicious (pods, bought likes), not excellent.
    if (b.anomaly && b.engagement_ratio > 1) relative = std::min(relative, 0.4);
    set(BrandFactor::kEngagement, 0.85 * relative + 0.15 * b.reply_rate, b.engagement_ratio,
        !b.ugc_mode);
  }

  {
    const double lo = brief.min_posts_per_week, hi = brief.max_posts_per_week;
    double score = 1;
    if (lo > 0 && b.posts_per_week < lo) score = b.posts_per_week / lo;
    if (hi > 0 && b.posts_per_week > hi) score = hi / b.posts_per_week;
    set(BrandFactor::kPostingFrequency, score, b.posts_per_week, (lo > 0 || hi > 0) && !b.ugc_mode);
  }

  {
    double best = 0;
    for (const LocationIds& l : brief.locations) {
      if (l.country != creators_.country[c]) continue;
      double score = 0.7;
      if (l.region != kNoId && l.region == creators_.region[c]) score = 0.85;
      if (l.city != kNoId && l.city == creators_.city[c]) score = 1.0;
      if (l.region == kNoId && l.city == kNoId) score = 1.0;  // the whole country is wanted
      best = std::max(best, score);
    }
    set(BrandFactor::kLocation, best, best, !brief.locations.empty());
  }

  {
    auto langs = creators_.id_pool.Get(creators_.languages[c]);
    int covered = 0;
    for (InternId l : brief.languages) {
      covered += std::binary_search(langs.begin(), langs.end(), l) ? 1 : 0;
    }
    set(BrandFactor::kLanguage,
        brief.languages.empty() ? 1.0 : static_cast<double>(covered) / brief.languages.size(),
        covered, !brief.languages.empty());
  }

  {
    // Audience demographics vs targeting: the mean of the parts the brief targets; a part the
    // creator reports no data for counts as 0.5 (unknown).
    double sum = 0;
    int parts = 0;
    auto share_of = [](absl::Span<const WeightedId> shares, const std::vector<InternId>& wanted) {
      double total = 0;
      for (const WeightedId& s : shares) {
        if (std::binary_search(wanted.begin(), wanted.end(), s.id)) total += s.weight;
      }
      return total;
    };
    if (!brief.target_countries.empty()) {
      auto shares = creators_.audience_pool.Get(creators_.audience_countries[c]);
      sum += shares.empty() ? 0.5 : std::min(1.0, share_of(shares, brief.target_countries) / 0.6);
      ++parts;
    }
    if (!brief.target_languages.empty()) {
      auto shares = creators_.audience_pool.Get(creators_.audience_languages[c]);
      sum += shares.empty() ? 0.5 : std::min(1.0, share_of(shares, brief.target_languages) / 0.6);
      ++parts;
    }
    if (brief.target_age_mask != 0) {
      const auto& age = creators_.audience_age[c];
      double total = 0, in = 0;
      for (int i = 1; i < kNumAgeBrackets; ++i) {
        total += age[i];
        if ((brief.target_age_mask >> i) & 1) in += age[i];
      }
      sum += total <= 0 ? 0.5 : std::min(1.0, in / total / 0.6);
      ++parts;
    }
    if (brief.has_gender_target) {
      const double f = creators_.audience_female[c];
      double score = 0.5;
      if (f >= 0) {
        const double d = f < brief.min_female_fraction   ? brief.min_female_fraction - f
                         : f > brief.max_female_fraction ? f - brief.max_female_fraction
                                                         : 0.0;
        score = std::max(0.0, 1 - 3 * d);
      }
      sum += score;
      ++parts;
    }
    set(BrandFactor::kAudienceTargeting, parts > 0 ? sum / parts : 1.0, parts, parts > 0);
  }

  {
    const double budget = static_cast<double>(brief.per_creator_budget_cents);
    double score = 1;
    if (budget > 0) {
      const double r = b.price / budget;
      const double tolerance = state_.config().cost.budget_tolerance;
      score = r <= 1 ? 1 - 0.4 * r : 0.6 * std::max(0.0, 1 - (r - 1) / tolerance);
    }
    set(BrandFactor::kCost, score, b.price, budget > 0);
  }

  {
    const int wanted = static_cast<int>(brief.platforms.size());
    const double score = b.ugc_mode   ? 1.0
                         : wanted > 0 ? static_cast<double>(b.platforms_covered) / wanted
                                      : 1.0;
    set(BrandFactor::kPlatform, score, b.platforms_covered, brief.platform_mask != 0);
  }

  {
    // Competitor sponcon is "not necessarily a dealbreaker": inside the window the penalty
    // shrinks linearly with age, outside it a small remainder fades over a year.
    const int32_t days = out->competitor_days;
    double penalty = 0;
    if (days >= 0) {
      const double window = brief.exclusivity_days;
      if (window > 0 && days <= window) {
        penalty = 1 - 0.7 * (days / window);
      } else {
        penalty = 0.25 * std::exp(-(days - window) / 365.0);
      }
    }
    set(BrandFactor::kCompetitorSponcon, 1 - penalty, days, true);
  }

  {
    double score = 0.5, completions = 0;
    if (h.with_brand != nullptr) {
      const CreatorBrandRecord& r = *h.with_brand;
      completions = r.completions;
      score = (0.5 + r.good_outcomes + 0.6 * (r.completions - r.good_outcomes)) /
              (1.0 + r.completions + r.cancellations);
    }
    set(BrandFactor::kPastOutcomes, score, completions, true);
  }

  {
    // Organic mentions: the most authentic partners already use the brand. Fades over ~2 years.
    double best = 0, days_since = -1;
    const InternId brand_key = brief.brand;
    const InternId name_key = brand_ != nullptr ? brand_->name_key : kNoId;
    for (const MentionRecord& m : creators_.mention_pool.Get(creators_.mentions[c])) {
      if (m.brand != brand_key && (name_key == kNoId || m.brand_name != name_key)) continue;
      const double days = std::max(0, today_ - m.day);
      const double score = std::exp(-days / 730.0);
      if (score > best) {
        best = score;
        days_since = days;
      }
    }
    set(BrandFactor::kAuthenticity, best, days_since, true);
  }

  {
    double matched = 0;
    auto creds = creators_.credential_pool.Get(creators_.credentials[c]);
    for (InternId field : brief.required_credentials) {
      double best = 0;
      for (const CredentialRecord& cr : creds) {
        if (cr.field == field) best = std::max(best, cr.verified ? 1.0 : 0.6);
      }
      matched += best;
    }
    const size_t wanted = brief.required_credentials.size();
    set(BrandFactor::kCredentials, wanted > 0 ? matched / wanted : 1.0, matched, wanted > 0);
  }

  {
    const bool ugc = (creators_.flags[c] & kCreatorUgc) != 0;
    set(BrandFactor::kUgc, ugc ? 1.0 : 0.6, ugc ? 1 : 0, brief.accepts_ugc);
  }

  double weighted = 0, weights = 0;
  for (int i = 0; i < kNumBrandFactors; ++i) {
    weighted += out->brand_weight[i] * out->brand_score[i];
    weights += out->brand_weight[i];
  }
  out->brand_fit = weights > 0 ? weighted / weights : 0;
}

}  // namespace matchmaker::matcher
