#include "server/service/match_operations.h"

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/time/clock.h"
#include "server/service/match_translation.h"
#include "server/service/page_token.h"
#include "server/service/status_macros.h"

namespace matchmaker::service {
namespace {

// A ranked page: where it starts (from the token) and how many it holds.
struct RankedPage {
  int offset = 0;
  int limit = 0;
};

absl::StatusOr<RankedPage> PageOf(int32_t page_size, const std::string& page_token) {
  RankedPage page;
  page.limit = EffectivePageSize(page_size);
  if (!page_token.empty()) {
    MM_ASSIGN_OR_RETURN(int64_t offset, DecodeSequencePageToken(page_token));
    if (offset < 0 || offset > INT32_MAX) {
      return absl::InvalidArgumentError("page_token: not a token this server made");
    }
    page.offset = static_cast<int>(offset);
  }
  return page;
}

std::string NextToken(const RankedPage& page, int returned, int64_t total) {
  const int64_t next = static_cast<int64_t>(page.offset) + returned;
  return returned == page.limit && next < total ? EncodeSequencePageToken(next) : "";
}

template <typename Response>
void FillRanked(const matcher::RankedMatches& ranked, const RankedPage& page, Response* response) {
  int rank = page.offset;
  for (const matcher::MatchResult& match : ranked.results) {
    *response->add_matches() = MatchToProto(match, ++rank);
  }
  response->set_total_eligible(ranked.total_eligible);
  response->set_next_page_token(
      NextToken(page, static_cast<int>(ranked.results.size()), ranked.total_eligible));
}

MatcherStageCounts RankedStages(const matcher::RankedMatches& ranked) {
  return {ranked.considered, ranked.considered - ranked.total_eligible, ranked.scored,
          static_cast<int64_t>(ranked.results.size())};
}

}  // namespace

void MatchOperations::Report(MatcherOperation operation, const MatcherStageCounts& counts,
                             absl::Time started) const {
  if (MatcherMetrics* metrics = ctx_.matcher_metrics(); metrics != nullptr) {
    metrics->Record(operation, counts, absl::Now() - started);
  }
}

absl::StatusOr<const index::MatchingIndex*> MatchOperations::Index() const {
  if (ctx_.matching_index() == nullptr) {
    return absl::UnavailableError("the matching index is not loaded");
  }
  return ctx_.matching_index();
}

absl::StatusOr<v1::FindCreatorsResponse> MatchOperations::FindCreators(
    const v1::FindCreatorsRequest& request) const {
  MM_ASSIGN_OR_RETURN(const index::MatchingIndex* index, Index());
  MM_ASSIGN_OR_RETURN(RankedPage page, PageOf(request.page_size(), request.page_token()));
  matcher::RankRequest rank;
  rank.offset = page.offset;
  rank.limit = page.limit;
  MM_ASSIGN_OR_RETURN(rank.scoring, ScoringFromProto(request.scoring(), ctx_.Now()));
  const absl::Time started = absl::Now();
  MM_ASSIGN_OR_RETURN(matcher::RankedMatches ranked, index->FindCreators(request.brief_id(), rank));
  Report(MatcherOperation::kFindCreators, RankedStages(ranked), started);
  v1::FindCreatorsResponse response;
  FillRanked(ranked, page, &response);
  return response;
}

absl::StatusOr<v1::ListSuitableBriefsResponse> MatchOperations::ListSuitableBriefs(
    const v1::ListSuitableBriefsRequest& request) const {
  MM_ASSIGN_OR_RETURN(const index::MatchingIndex* index, Index());
  MM_ASSIGN_OR_RETURN(RankedPage page, PageOf(request.page_size(), request.page_token()));
  matcher::RankRequest rank;
  rank.offset = page.offset;
  rank.limit = page.limit;
  MM_ASSIGN_OR_RETURN(rank.scoring, ScoringFromProto(request.scoring(), ctx_.Now()));
  const absl::Time started = absl::Now();
  MM_ASSIGN_OR_RETURN(matcher::RankedMatches ranked,
                      index->ListSuitableBriefs(request.creator_id(), rank));
  Report(MatcherOperation::kSuitableBriefs, RankedStages(ranked), started);
  v1::ListSuitableBriefsResponse response;
  FillRanked(ranked, page, &response);
  return response;
}

absl::StatusOr<v1::ExplainMatchResponse> MatchOperations::ExplainMatch(
    const v1::ExplainMatchRequest& request) const {
  MM_ASSIGN_OR_RETURN(const index::MatchingIndex* index, Index());
  MM_ASSIGN_OR_RETURN(matcher::ScoringOptions scoring,
                      ScoringFromProto(request.scoring(), ctx_.Now()));
  scoring.collect_all_violations = true;
  MM_ASSIGN_OR_RETURN(matcher::MatchExplanation explanation,
                      index->ExplainMatch(request.brief_id(), request.creator_id(), scoring));
  v1::ExplainMatchResponse response;
  *response.mutable_match() = MatchToProto(explanation.match, 0);
  response.set_eligible(explanation.eligible);
  for (const matcher::RuleViolation& violation : explanation.violations) {
    *response.add_excluding_rules() = RuleToProto(violation);
  }
  return response;
}

absl::StatusOr<v1::FindSimilarCreatorsResponse> MatchOperations::FindSimilarCreators(
    const v1::FindSimilarCreatorsRequest& request) const {
  MM_ASSIGN_OR_RETURN(const index::MatchingIndex* index, Index());
  MM_ASSIGN_OR_RETURN(RankedPage page, PageOf(request.page_size(), request.page_token()));
  const absl::Time started = absl::Now();
  MM_ASSIGN_OR_RETURN(matcher::SimilarCreators similar,
                      index->FindSimilarCreators(request.creator_id(), page.offset, page.limit));
  // Similarity has no hard rules: every live creator but the subject is scored.
  Report(MatcherOperation::kSimilar,
         {similar.total, 0, similar.total, static_cast<int64_t>(similar.results.size())}, started);
  v1::FindSimilarCreatorsResponse response;
  for (const matcher::SimilarCreator& creator : similar.results) {
    *response.add_creators() = SimilarToProto(creator);
  }
  response.set_next_page_token(
      NextToken(page, static_cast<int>(similar.results.size()), similar.total));
  return response;
}

absl::StatusOr<v1::PlanCampaignResponse> MatchOperations::PlanCampaign(
    const v1::PlanCampaignRequest& request) const {
  MM_ASSIGN_OR_RETURN(const index::MatchingIndex* index, Index());
  matcher::PlanRequest plan_request;
  MM_ASSIGN_OR_RETURN(plan_request.scoring, ScoringFromProto(request.scoring(), ctx_.Now()));
  plan_request.budget_cents = request.budget_cents();
  plan_request.creators_wanted = request.creators_wanted();
  plan_request.max_total_reach = request.max_total_reach();
  if (request.candidate_pool() > 0) plan_request.candidate_pool = request.candidate_pool();
  const absl::Time started = absl::Now();
  MM_ASSIGN_OR_RETURN(matcher::CampaignPlan plan,
                      index->PlanCampaign(request.brief_id(), plan_request));
  Report(MatcherOperation::kPlan,
         {plan.candidates_considered, plan.candidates_considered - plan.candidates_eligible,
          plan.candidates_scored, static_cast<int64_t>(plan.creators.size())},
         started);
  v1::PlanCampaignResponse response;
  response.set_brief_id(plan.brief_id);
  response.set_objective(static_cast<v1::Objective>(plan.objective));
  int rank = 0;
  for (const matcher::PlannedCreator& planned : plan.creators) {
    *response.add_creators() = PlannedToProto(planned, ++rank);
  }
  response.set_total_cost_cents(plan.total_cost_cents);
  response.set_total_reach(plan.total_reach);
  response.set_total_expected_engagements(plan.total_expected_engagements);
  response.set_total_expected_outcome(plan.total_expected_outcome);
  response.set_distinct_niches(plan.distinct_niches);
  response.set_distinct_countries(plan.distinct_countries);
  response.set_distinct_tiers(plan.distinct_tiers);
  response.set_limited_by(plan.limited_by);
  return response;
}

absl::StatusOr<v1::AllocateMarketResponse> MatchOperations::AllocateMarket(
    const v1::AllocateMarketRequest& request) const {
  MM_ASSIGN_OR_RETURN(const index::MatchingIndex* index, Index());
  matcher::AllocationRequest allocation_request;
  MM_ASSIGN_OR_RETURN(allocation_request.scoring, ScoringFromProto(request.scoring(), ctx_.Now()));
  allocation_request.min_mutual = request.min_mutual_score();
  const absl::Time started = absl::Now();
  MM_ASSIGN_OR_RETURN(matcher::MarketAllocation allocation,
                      index->AllocateMarket(allocation_request));
  Report(MatcherOperation::kAllocate,
         {allocation.pairs_considered, allocation.pairs_considered - allocation.pairs_eligible,
          allocation.pairs_eligible, static_cast<int64_t>(allocation.assignments.size())},
         started);
  v1::AllocateMarketResponse response;
  for (const matcher::Assignment& assignment : allocation.assignments) {
    *response.add_assignments() = AssignmentToProto(assignment);
  }
  *response.mutable_report() = ReportToProto(allocation.report);
  return response;
}

}  // namespace matchmaker::service
