#ifndef MATCHMAKER_CLIENT_TOOLS_MATCH_VIEWS_H_
#define MATCHMAKER_CLIENT_TOOLS_MATCH_VIEWS_H_

// Human-readable views of matching results (matchmaker/v1/match.proto).

#include <string>
#include <vector>

#include "matchmaker/v1/admin_service.pb.h"
#include "matchmaker/v1/brand_service.pb.h"
#include "matchmaker/v1/match.pb.h"

namespace matchmaker::tools {

// RANK, CREATOR, MUTUAL, BRAND, CREATOR-SIDE, FLAGS, EST. COST, REACH.
std::string CreatorMatchesTable(const std::vector<v1::Match>& matches);
// RANK, BRIEF, MUTUAL, BRAND, CREATOR-SIDE, OFFERED, PRICE, FLAGS.
std::string BriefMatchesTable(const std::vector<v1::Match>& matches);
// Scores, flags, estimates, each factor of both sides with its sentence, excluding rules.
std::string ExplainDetails(const v1::ExplainMatchResponse& response);
std::string SimilarCreatorsTable(const std::vector<v1::SimilarCreator>& creators);
// The chosen creators, then totals and what limited the plan.
std::string PlanDetails(const v1::PlanCampaignResponse& plan);
// The assignments, then the stability report.
std::string AllocationDetails(const v1::AllocateMarketResponse& allocation);

// "competitor,over-budget,anomaly" or "-".
std::string FlagsText(const v1::MatchFlags& flags);

}  // namespace matchmaker::tools

#endif  // MATCHMAKER_CLIENT_TOOLS_MATCH_VIEWS_H_
