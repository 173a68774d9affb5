#ifndef MATCHMAKER_SERVER_VALIDATION_CREATOR_SERVICE_VALIDATOR_H_
#define MATCHMAKER_SERVER_VALIDATION_CREATOR_SERVICE_VALIDATOR_H_

// One Validate overload per CreatorService request (matchmaker/v1/creator_service.proto).
// Same contract as brand_service_validator.h.

#include "absl/status/status.h"
#include "matchmaker/v1/creator_service.pb.h"
#include "server/validation/validation_context.h"

namespace matchmaker::validation {

absl::Status Validate(const v1::CreateCreatorRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::GetCreatorRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::UpdateCreatorRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::ListCreatorsRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::DeleteCreatorRequest& request, const ValidationContext& ctx);

absl::Status Validate(const v1::ListOpenBriefsRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::HideBriefRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::UnhideBriefRequest& request, const ValidationContext& ctx);

absl::Status Validate(const v1::ApplyToBriefRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::WithdrawApplicationRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::AcceptOfferRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::DeclineOfferRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::CounterOfferRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::CreatorServiceCancelOfferRequest& request,
                      const ValidationContext& ctx);
absl::Status Validate(const v1::CreatorServiceGetOfferRequest& request,
                      const ValidationContext& ctx);
absl::Status Validate(const v1::ListCreatorOffersRequest& request, const ValidationContext& ctx);

absl::Status Validate(const v1::ListCreatorHistoryRequest& request, const ValidationContext& ctx);

// Matching.
absl::Status Validate(const v1::ListSuitableBriefsRequest& request, const ValidationContext& ctx);

}  // namespace matchmaker::validation

#endif  // MATCHMAKER_SERVER_VALIDATION_CREATOR_SERVICE_VALIDATOR_H_
