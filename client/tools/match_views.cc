#include "client/tools/match_views.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "client/tools/display_format.h"
#include "client/tools/enum_names.h"
#include "client/tools/table.h"

namespace matchmaker::tools {
namespace {

std::string Score(double score) { return absl::StrFormat("%.3f", score); }

void AddFactors(const std::string& side,
                const google::protobuf::RepeatedPtrField<v1::MatchFactor>& factors,
                std::string* out) {
  Table table({"FACTOR", "RAW", "SCORE", "WEIGHT", "CONTRIB", "WHY"});
  for (const v1::MatchFactor& factor : factors) {
    table.AddRow({factor.name(), absl::StrFormat("%g", factor.raw_value()), Score(factor.score()),
                  Score(factor.weight()), Score(factor.contribution()), factor.explanation()});
  }
  absl::StrAppend(out, "\n", side, " factors:\n", table.Render(200));
}

}  // namespace

std::string FlagsText(const v1::MatchFlags& flags) {
  std::vector<std::string> set;
  if (flags.competitor_conflict()) set.push_back("competitor");
  if (flags.over_budget()) set.push_back("over-budget");
  if (flags.engagement_anomaly()) set.push_back("anomaly");
  return set.empty() ? "-" : absl::StrJoin(set, ",");
}

std::string CreatorMatchesTable(const std::vector<v1::Match>& matches) {
  Table table(
      {"RANK", "CREATOR", "MUTUAL", "BRAND", "CREATOR-SIDE", "FLAGS", "EST. COST", "REACH"});
  for (const v1::Match& match : matches) {
    table.AddRow({absl::StrCat(match.rank()), match.creator_id(), Score(match.mutual_score()),
                  Score(match.brand_score()), Score(match.creator_score()),
                  FlagsText(match.flags()), FormatCents(match.estimates().cost_cents()),
                  FormatCount(match.estimates().reach())});
  }
  return table.Render();
}

std::string BriefMatchesTable(const std::vector<v1::Match>& matches) {
  Table table({"RANK", "BRIEF", "MUTUAL", "BRAND", "CREATOR-SIDE", "OFFERED", "PRICE", "FLAGS"});
  for (const v1::Match& match : matches) {
    table.AddRow({absl::StrCat(match.rank()), match.brief_id(), Score(match.mutual_score()),
                  Score(match.brand_score()), Score(match.creator_score()),
                  FormatCents(match.offered_cents()), FormatCents(match.reservation_cents()),
                  FlagsText(match.flags())});
  }
  return table.Render();
}

std::string ExplainDetails(const v1::ExplainMatchResponse& response) {
  const v1::Match& match = response.match();
  KeyValueList summary;
  summary.Add("brief", match.brief_id());
  summary.Add("creator", match.creator_id());
  summary.Add("eligible", response.eligible() ? "yes" : "no");
  summary.Add("mutual", absl::StrCat(Score(match.mutual_score()), " (", ShortName(match.fusion()),
                                     ", long-term boost ", Score(match.long_term_boost()), ")"));
  summary.Add("brand side", Score(match.brand_score()));
  summary.Add("creator side", Score(match.creator_score()));
  summary.Add("flags", FlagsText(match.flags()));
  summary.Add("est. cost", FormatCents(match.estimates().cost_cents()));
  summary.Add("reach", FormatCount(match.estimates().reach()));
  summary.Add("exp. engagements",
              FormatCount(static_cast<int64_t>(match.estimates().expected_engagements())));
  summary.Add("offered / price", absl::StrCat(FormatCents(match.offered_cents()), " / ",
                                              FormatCents(match.reservation_cents())));
  std::string out = summary.Render();
  AddFactors("brand-side", match.brand_factors(), &out);
  AddFactors("creator-side", match.creator_factors(), &out);
  if (!response.excluding_rules().empty()) {
    absl::StrAppend(&out, "\nexcluded by:\n");
    for (const v1::ExcludingRule& rule : response.excluding_rules()) {
      absl::StrAppend(&out, "  ", rule.rule(), " (", rule.side(), "): ", rule.explanation(), "\n");
    }
  }
  return out;
}

std::string SimilarCreatorsTable(const std::vector<v1::SimilarCreator>& creators) {
  Table table({"CREATOR", "SIMILARITY", "AESTHETIC", "NICHE", "AUDIENCE"});
  for (const v1::SimilarCreator& creator : creators) {
    table.AddRow({creator.creator_id(), Score(creator.similarity()),
                  Score(creator.aesthetic_cosine()), Score(creator.niche_similarity()),
                  Score(creator.audience_similarity())});
  }
  return table.Render();
}

std::string PlanDetails(const v1::PlanCampaignResponse& plan) {
  Table table({"#", "CREATOR", "MUTUAL", "ACCEPTANCE", "EXP. OUTCOME", "EST. COST", "REACH"});
  for (const v1::PlannedCreator& planned : plan.creators()) {
    const v1::Match& match = planned.match();
    table.AddRow({absl::StrCat(match.rank()), match.creator_id(), Score(match.mutual_score()),
                  Score(planned.acceptance()), absl::StrFormat("%.1f", planned.expected_outcome()),
                  FormatCents(match.estimates().cost_cents()),
                  FormatCount(match.estimates().reach())});
  }
  KeyValueList totals;
  totals.Add("brief", plan.brief_id());
  totals.Add("objective", ShortName(plan.objective()));
  totals.Add("creators", absl::StrCat(plan.creators_size()));
  totals.Add("total cost", FormatCents(plan.total_cost_cents()));
  totals.Add("total reach", FormatCount(plan.total_reach()));
  totals.Add("exp. engagements",
             FormatCount(static_cast<int64_t>(plan.total_expected_engagements())));
  totals.Add("exp. outcome", absl::StrFormat("%.1f", plan.total_expected_outcome()));
  totals.Add("spread", absl::StrCat(plan.distinct_niches(), " niches, ", plan.distinct_countries(),
                                    " countries, ", plan.distinct_tiers(), " tiers"));
  totals.Add("limited by", plan.limited_by());
  return absl::StrCat(table.Render(), "\n", totals.Render());
}

std::string AllocationDetails(const v1::AllocateMarketResponse& allocation) {
  Table table({"BRIEF", "CREATOR", "MUTUAL", "BRAND", "CREATOR-SIDE"});
  for (const v1::Assignment& assignment : allocation.assignments()) {
    table.AddRow({assignment.brief_id(), assignment.creator_id(), Score(assignment.mutual_score()),
                  Score(assignment.brand_score()), Score(assignment.creator_score())});
  }
  const v1::StabilityReport& report = allocation.report();
  KeyValueList summary;
  summary.Add("stable", report.stable() ? "yes" : "no");
  summary.Add("assignments", absl::StrCat(report.assignments()));
  summary.Add("acceptable pairs", absl::StrCat(report.acceptable_pairs()));
  summary.Add("blocking pairs", absl::StrCat(report.blocking_pairs()));
  summary.Add("over-capacity creators", absl::StrCat(report.over_capacity_creators()));
  summary.Add("over-filled briefs", absl::StrCat(report.over_filled_briefs()));
  summary.Add("unacceptable", absl::StrCat(report.unacceptable_assignments()));
  summary.Add("duplicates", absl::StrCat(report.duplicate_assignments()));
  summary.Add("unfilled slots", absl::StrCat(report.unfilled_slots()));
  return absl::StrCat(table.Render(), "\n", summary.Render());
}

}  // namespace matchmaker::tools
