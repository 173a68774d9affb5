#include "server/service/match_translation.h"

#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "server/matcher/factors.h"

namespace matchmaker::service {
namespace {

void FactorsToProto(const std::vector<matcher::FactorExplanation>& factors,
                    google::protobuf::RepeatedPtrField<v1::MatchFactor>* out) {
  out->Reserve(static_cast<int>(factors.size()));
  for (const matcher::FactorExplanation& factor : factors) {
    v1::MatchFactor& f = *out->Add();
    f.set_name(factor.name);
    f.set_raw_value(factor.raw);
    f.set_score(factor.score);
    f.set_weight(factor.weight);
    f.set_contribution(factor.contribution);
    f.set_explanation(factor.explanation);
  }
}

}  // namespace

absl::StatusOr<matcher::ScoringOptions> ScoringFromProto(const v1::MatchScoring& scoring,
                                                         absl::Time now) {
  matcher::ScoringOptions options;
  // Enumerator values are equal by design (server/matcher/fusion.h).
  options.fusion = static_cast<matcher::FusionMethod>(scoring.fusion());
  options.now = absl::ToUnixSeconds(now);
  if (!scoring.brand_weights().empty()) {
    matcher::BrandWeights weights = matcher::DefaultBrandWeights();
    for (const auto& [name, weight] : scoring.brand_weights()) {
      matcher::BrandFactor factor;
      if (!matcher::BrandFactorFromName(name.c_str(), &factor)) {
        return absl::InvalidArgumentError(
            absl::StrCat("scoring.brand_weights: \"", name, "\" names no brand-side factor"));
      }
      weights[static_cast<int>(factor)] = static_cast<float>(weight);
    }
    options.brand_weights = weights;
  }
  return options;
}

v1::FusionMethod FusionToProto(matcher::FusionMethod method) {
  return static_cast<v1::FusionMethod>(method);
}

v1::Match MatchToProto(const matcher::MatchResult& match, int rank) {
  v1::Match out;
  out.set_brief_id(match.brief_id);
  out.set_creator_id(match.creator_id);
  out.set_brand_score(match.brand_score);
  out.set_creator_score(match.creator_score);
  out.set_mutual_score(match.mutual_score);
  out.set_fusion(FusionToProto(match.fusion));
  out.set_long_term_boost(match.long_term_boost);
  FactorsToProto(match.brand_factors, out.mutable_brand_factors());
  FactorsToProto(match.creator_factors, out.mutable_creator_factors());
  v1::MatchFlags& flags = *out.mutable_flags();
  flags.set_competitor_conflict(match.flags.competitor_conflict);
  flags.set_over_budget(match.flags.over_budget);
  flags.set_engagement_anomaly(match.flags.engagement_anomaly);
  v1::MatchEstimates& estimates = *out.mutable_estimates();
  estimates.set_cost_cents(match.estimates.cost_cents);
  estimates.set_reach(match.estimates.reach);
  estimates.set_expected_engagements(match.estimates.expected_engagements);
  out.set_offered_cents(match.offered_cents);
  out.set_reservation_cents(match.reservation_cents);
  out.set_rank(rank);
  return out;
}

v1::ExcludingRule RuleToProto(const matcher::RuleViolation& violation) {
  v1::ExcludingRule out;
  out.set_rule(violation.name);
  out.set_side(matcher::RuleSideName(violation.side));
  out.set_explanation(violation.explanation);
  return out;
}

v1::SimilarCreator SimilarToProto(const matcher::SimilarCreator& similar) {
  v1::SimilarCreator out;
  out.set_creator_id(similar.creator_id);
  out.set_similarity(similar.similarity);
  out.set_aesthetic_cosine(similar.cosine);
  out.set_niche_similarity(similar.niche);
  out.set_audience_similarity(similar.audience);
  return out;
}

v1::PlannedCreator PlannedToProto(const matcher::PlannedCreator& planned, int rank) {
  v1::PlannedCreator out;
  *out.mutable_match() = MatchToProto(planned.match, rank);
  out.set_acceptance(planned.acceptance);
  out.set_expected_outcome(planned.expected_outcome);
  return out;
}

v1::Assignment AssignmentToProto(const matcher::Assignment& assignment) {
  v1::Assignment out;
  out.set_brief_id(assignment.brief_id);
  out.set_creator_id(assignment.creator_id);
  out.set_brand_score(assignment.brand_score);
  out.set_creator_score(assignment.creator_score);
  out.set_mutual_score(assignment.mutual_score);
  return out;
}

v1::StabilityReport ReportToProto(const matcher::StabilityReport& report) {
  v1::StabilityReport out;
  out.set_stable(report.stable());
  out.set_assignments(report.assignments);
  out.set_acceptable_pairs(report.acceptable_pairs);
  out.set_blocking_pairs(report.blocking_pairs);
  out.set_over_capacity_creators(report.over_capacity_creators);
  out.set_over_filled_briefs(report.over_filled_briefs);
  out.set_unacceptable_assignments(report.unacceptable_assignments);
  out.set_duplicate_assignments(report.duplicate_assignments);
  out.set_unfilled_slots(report.unfilled_slots);
  for (const auto& [brief_id, creator_id] : report.blocking_examples) {
    v1::BlockingPair& pair = *out.add_blocking_examples();
    pair.set_brief_id(brief_id);
    pair.set_creator_id(creator_id);
  }
  return out;
}

}  // namespace matchmaker::service
