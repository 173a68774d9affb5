#include "server/matcher/explanation.h"

#include <cstdio>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace matchmaker::matcher {
namespace {

std::string Money(double cents) { return absl::StrFormat("$%.2f", cents / 100.0); }
std::string Percent(double fraction) { return absl::StrFormat("%.1f%%", fraction * 100.0); }

std::string BrandSentence(BrandFactor f, const PairEvaluation& e, const BriefRecord& brief) {
  const int i = static_cast<int>(f);
  const double raw = e.brand_raw[i];
  if (e.brand_weight[i] == 0) return "not asked by the brief";
  switch (f) {
    case BrandFactor::kNiche:
      return absl::StrCat("closest niche relation: ",
                          TaxonomyRelationName(static_cast<TaxonomyRelation>(raw)));
    case BrandFactor::kAesthetic:
      return absl::StrFormat("aesthetic embedding cosine %.2f", raw);
    case BrandFactor::kAudienceSize:
      return absl::StrFormat("%.0f followers vs wanted %.0f–%s", raw, brief.min_followers,
                             brief.max_followers > 0 ? absl::StrFormat("%.0f", brief.max_followers)
                                                     : std::string("∞"));
    case BrandFactor::kEngagement:
      return absl::StrFormat("engagement %.2f× the tier-and-platform norm%s", raw,
                             e.flags.engagement_anomaly ? " (anomalous)" : "");
    case BrandFactor::kPostingFrequency:
      return absl::StrFormat("%.1f posts/week vs wanted %.1f–%.1f", raw, brief.min_posts_per_week,
                             brief.max_posts_per_week);
    case BrandFactor::kLocation:
      return raw >= 1 ? "in a wanted location" : raw > 0 ? "in a wanted country" : "elsewhere";
    case BrandFactor::kLanguage:
      return absl::StrFormat("publishes in %.0f of %d required languages", raw,
                             static_cast<int>(brief.languages.size()));
    case BrandFactor::kAudienceTargeting:
      return absl::StrFormat("audience matches %.0f targeting criteria on average to %s", raw,
                             Percent(e.brand_score[i]));
    case BrandFactor::kCost:
      return absl::StrCat("estimated cost ", Money(raw), " vs per-creator budget ",
                          Money(static_cast<double>(brief.per_creator_budget_cents)),
                          e.flags.over_budget ? " (over budget)" : "");
    case BrandFactor::kPlatform:
      return absl::StrFormat("on %.0f of %d wanted platforms", raw,
                             static_cast<int>(brief.platforms.size()));
    case BrandFactor::kCompetitorSponcon:
      if (raw < 0) return "no sponsored content for competitors";
      return absl::StrFormat("promoted a competitor %.0f days ago%s", raw,
                             e.flags.competitor_conflict ? " (inside the exclusivity window)" : "");
    case BrandFactor::kPastOutcomes:
      return raw > 0 ? absl::StrFormat("%.0f completed collaborations with this brand", raw)
                     : "no past collaborations with this brand";
    case BrandFactor::kAuthenticity:
      return raw >= 0 ? absl::StrFormat("mentioned the brand unpaid %.0f days ago", raw)
                      : "no organic mention of the brand";
    case BrandFactor::kCredentials:
      return absl::StrFormat("holds %.1f of %d required credentials", raw,
                             static_cast<int>(brief.required_credentials.size()));
    case BrandFactor::kUgc:
      return raw > 0 ? "UGC creator, welcome on this brief" : "not a UGC creator";
    case BrandFactor::kCount:
      break;
  }
  return "";
}

std::string CreatorSentence(CreatorFactor f, const PairEvaluation& e) {
  const int i = static_cast<int>(f);
  const double raw = e.creator_raw[i];
  if (e.creator_weight[i] == 0) return "not applicable";
  switch (f) {
    case CreatorFactor::kCompensation:
      return absl::StrCat("offer worth ", Money(raw), " vs the creator's price ",
                          Money(static_cast<double>(e.reservation_cents)));
    case CreatorFactor::kNiche:
      return absl::StrFormat(
          "brief's niches are %s of the creator's own (after learned "
          "preferences)",
          Percent(raw));
    case CreatorFactor::kAesthetic:
      return absl::StrFormat("aesthetic embedding cosine %.2f", raw);
    case CreatorFactor::kWorkload:
      return absl::StrFormat("%.0f active partnerships and waiting offers", raw);
    case CreatorFactor::kBrandRecord:
      return absl::StrFormat(
          "brand completed %.0f collaborations; withdrawals and "
          "cancellations count against it",
          raw);
    case CreatorFactor::kBrandFit:
      return raw < 1
                 ? absl::StrFormat("brand's category learned down to %.2f× for this creator", raw)
                 : "brand fits the creator's personal brand";
    case CreatorFactor::kLongTerm:
      return raw > 0 ? "creator prefers long-term partnerships" : "no long-term preference";
    case CreatorFactor::kLearnedAffinity:
      return absl::StrFormat("acceptances minus declines so far: %.0f", raw);
    case CreatorFactor::kExclusivity:
      return e.creator_score[i] < 0.5 ? "creator declined this brand for a competitor conflict"
             : e.creator_score[i] < 1 ? "recently paid by a competitor"
                                      : "no exclusivity concern";
    case CreatorFactor::kCount:
      break;
  }
  return "";
}

}  // namespace

MatchResult BuildMatchResult(const MatchingState& state, const PairScorer& scorer,
                             CreatorRow creator, const PairEvaluation& e, FusionMethod fusion,
                             bool with_factors) {
  MatchResult r;
  r.brief_id = scorer.brief().id;
  r.creator_id = state.CreatorId(creator);
  r.brand_score = e.brand_fit;
  r.creator_score = e.creator_fit;
  r.mutual_score = e.mutual;
  r.fusion = fusion == FusionMethod::kUnspecified ? state.config().default_fusion : fusion;
  r.long_term_boost = e.long_term_boost;
  r.flags = e.flags;
  r.estimates = e.estimates;
  r.offered_cents = e.offered_cents;
  r.reservation_cents = e.reservation_cents;
  if (!with_factors) return r;
  double brand_total = 0, creator_total = 0;
  for (float w : e.brand_weight) brand_total += w;
  for (float w : e.creator_weight) creator_total += w;
  r.brand_factors.reserve(kNumBrandFactors);
  for (int i = 0; i < kNumBrandFactors; ++i) {
    const auto f = static_cast<BrandFactor>(i);
    const double w = brand_total > 0 ? e.brand_weight[i] / brand_total : 0;
    r.brand_factors.push_back({BrandFactorName(f), e.brand_raw[i], e.brand_score[i], w,
                               w * e.brand_score[i], BrandSentence(f, e, scorer.brief())});
  }
  r.creator_factors.reserve(kNumCreatorFactors);
  for (int i = 0; i < kNumCreatorFactors; ++i) {
    const auto f = static_cast<CreatorFactor>(i);
    const double w = creator_total > 0 ? e.creator_weight[i] / creator_total : 0;
    r.creator_factors.push_back({CreatorFactorName(f), e.creator_raw[i], e.creator_score[i], w,
                                 w * e.creator_score[i], CreatorSentence(f, e)});
  }
  return r;
}

std::vector<RuleViolation> DescribeViolations(const MatchingState& state, const PairScorer& scorer,
                                              CreatorRow creator, const PairEvaluation& e) {
  std::vector<RuleViolation> out;
  const BriefRecord& brief = scorer.brief();
  for (int i = 0; i < kNumHardRules; ++i) {
    const auto rule = static_cast<HardRule>(i);
    if ((e.violations & RuleBit(rule)) == 0) continue;
    std::string why;
    switch (rule) {
      case HardRule::kBriefNotOpen:
        why = "the brief is not open";
        break;
      case HardRule::kPlatformMissing:
        why = "the creator has no account on any platform the brief needs";
        break;
      case HardRule::kLanguageMissing:
        why = "the creator publishes in none of the brief's languages";
        break;
      case HardRule::kLocationMismatch:
        why = "the creator is in none of the brief's countries";
        break;
      case HardRule::kBelowMinEngagement:
        why = absl::StrCat("engagement is under the brief's minimum of ",
                           Percent(brief.min_engagement_rate));
        break;
      case HardRule::kCompetitorExclusivity:
        why = absl::StrFormat(
            "promoted a competitor %d days ago, inside the %d-day exclusivity window, and the "
            "brief excludes conflicts",
            e.competitor_days, brief.exclusivity_days);
        break;
      case HardRule::kOverBudget:
        why = absl::StrCat("estimated cost ", Money(static_cast<double>(e.estimates.cost_cents)),
                           " is beyond the per-creator budget ",
                           Money(static_cast<double>(brief.per_creator_budget_cents)),
                           " and its tolerance");
        break;
      case HardRule::kNotAcceptingOffers:
        why = "the creator is not accepting offers";
        break;
      case HardRule::kUnavailable:
        why = "the creator is unavailable until after the brief starts";
        break;
      case HardRule::kAtCapacity:
        why = "the creator is at their maximum of concurrent partnerships";
        break;
      case HardRule::kBlockedCategory:
        why = "the creator blocks the brand's category";
        break;
      case HardRule::kBlockedBrand:
        why = "the creator blocks this brand";
        break;
      case HardRule::kCompensationNotAccepted:
        why = "the creator accepts none of the offered compensation kinds";
        break;
      case HardRule::kHiddenByCreator:
        why = "the creator hid this brief";
        break;
      case HardRule::kDeclinedCoolDown:
        why = absl::StrFormat("the creator declined this brief within the %d-day cool-down",
                              static_cast<int>(state.config().learning.decline_cooldown_days));
        break;
      case HardRule::kAlreadyEngaged:
        why = "an offer between them is already open, accepted or completed";
        break;
      case HardRule::kCount:
        break;
    }
    out.push_back({rule, HardRuleName(rule), SideOf(rule), std::move(why)});
  }
  (void)creator;
  return out;
}

}  // namespace matchmaker::matcher
