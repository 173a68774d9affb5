#ifndef MATCHMAKER_SERVER_SERVICE_MATCH_OPERATIONS_H_
#define MATCHMAKER_SERVER_SERVICE_MATCH_OPERATIONS_H_

// The matching RPCs as plain operations over the in-memory matching index (read-only: they
// never take the mutation mutex). Requests are already validated. Ranked pages use an offset
// token (page_token.h); UNAVAILABLE when no index is attached.

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "matchmaker/v1/admin_service.pb.h"
#include "matchmaker/v1/brand_service.pb.h"
#include "matchmaker/v1/creator_service.pb.h"
#include "server/service/matcher_metrics.h"
#include "server/service/operation_context.h"

namespace matchmaker::service {

class MatchOperations {
 public:
  explicit MatchOperations(const OperationContext& ctx) : ctx_(ctx) {}

  absl::StatusOr<v1::FindCreatorsResponse> FindCreators(
      const v1::FindCreatorsRequest& request) const;
  absl::StatusOr<v1::ExplainMatchResponse> ExplainMatch(
      const v1::ExplainMatchRequest& request) const;
  absl::StatusOr<v1::FindSimilarCreatorsResponse> FindSimilarCreators(
      const v1::FindSimilarCreatorsRequest& request) const;
  absl::StatusOr<v1::PlanCampaignResponse> PlanCampaign(
      const v1::PlanCampaignRequest& request) const;
  absl::StatusOr<v1::ListSuitableBriefsResponse> ListSuitableBriefs(
      const v1::ListSuitableBriefsRequest& request) const;
  absl::StatusOr<v1::AllocateMarketResponse> AllocateMarket(
      const v1::AllocateMarketRequest& request) const;

 private:
  absl::StatusOr<const index::MatchingIndex*> Index() const;
  // Stage counts and matcher time (since `started`) to the attached MatcherMetrics, if any.
  void Report(MatcherOperation operation, const MatcherStageCounts& counts,
              absl::Time started) const;

  const OperationContext& ctx_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_MATCH_OPERATIONS_H_
