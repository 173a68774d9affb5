#ifndef MATCHMAKER_SERVER_VALIDATION_BRAND_SERVICE_VALIDATOR_H_
#define MATCHMAKER_SERVER_VALIDATION_BRAND_SERVICE_VALIDATOR_H_

// One Validate overload per BrandService request (matchmaker/v1/brand_service.proto).
// Each returns OK or INVALID_ARGUMENT "invalid <Request>: <field>: <why> (and N more)" with a
// google.rpc.BadRequest payload listing every violation. Checks need no stored state; rules
// that do (existence, etags, state transitions) belong to the service.

#include "absl/status/status.h"
#include "matchmaker/v1/brand_service.pb.h"
#include "server/validation/validation_context.h"

namespace matchmaker::validation {

absl::Status Validate(const v1::CreateBrandRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::GetBrandRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::UpdateBrandRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::ListBrandsRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::DeleteBrandRequest& request, const ValidationContext& ctx);

absl::Status Validate(const v1::CreateBriefRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::GetBriefRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::UpdateBriefRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::ListBriefsRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::DeleteBriefRequest& request, const ValidationContext& ctx);

absl::Status Validate(const v1::SendOfferRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::WithdrawOfferRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::AcceptCounterOfferRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::AcceptApplicationRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::RejectApplicationRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::CompleteOfferRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::CancelOfferRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::GetOfferRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::ListOffersRequest& request, const ValidationContext& ctx);

absl::Status Validate(const v1::ListBrandHistoryRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::ListBriefHistoryRequest& request, const ValidationContext& ctx);

// Matching.
absl::Status Validate(const v1::FindCreatorsRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::ExplainMatchRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::FindSimilarCreatorsRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::PlanCampaignRequest& request, const ValidationContext& ctx);

}  // namespace matchmaker::validation

#endif  // MATCHMAKER_SERVER_VALIDATION_BRAND_SERVICE_VALIDATOR_H_
