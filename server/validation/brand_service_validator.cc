#include "server/validation/brand_service_validator.h"

#include "server/validation/brand_validator.h"
#include "server/validation/brief_validator.h"
#include "server/validation/common_validators.h"
#include "server/validation/field_rules.h"
#include "server/validation/limits.h"
#include "server/validation/match_scoring_rules.h"
#include "server/validation/offer_validator.h"
#include "server/validation/record_validation.h"
#include "server/validation/request_rules.h"

namespace matchmaker::validation {
absl::Status Validate(const v1::CreateBrandRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  if (request.has_brand()) {
    ValidateBrandForCreate(request.brand(), ctx, "brand", &violations);
  } else {
    violations.Add("brand", "is required");
  }
  CheckRequestId(request.request_id(), "request_id", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::GetBrandRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckId(request.brand_id(), "brand_id", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::UpdateBrandRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidateUpdate(request.has_brand(), request.brand(), request.update_mask(), "brand", ctx,
                 ValidateBrand, &violations);
  CheckRequestId(request.request_id(), "request_id", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::ListBrandsRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidatePaging(request, &violations);
  if (!request.category().empty()) CheckNichePath(request.category(), "category", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::DeleteBrandRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckId(request.brand_id(), "brand_id", &violations);
  CheckEtag(request.etag(), "etag", &violations);
  CheckRequestId(request.request_id(), "request_id", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::CreateBriefRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  if (request.has_brief()) {
    ValidateBriefForCreate(request.brief(), ctx, "brief", &violations);
  } else {
    violations.Add("brief", "is required");
  }
  CheckRequestId(request.request_id(), "request_id", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::GetBriefRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckId(request.brief_id(), "brief_id", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::UpdateBriefRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  // brand_id is immutable: it need not be repeated, but when it is it must be well formed.
  if (request.has_brief()) {
    CheckOptionalId(request.brief().brand_id(), "brief.brand_id", &violations);
  }
  ValidateUpdate(request.has_brief(), request.brief(), request.update_mask(), "brief", ctx,
                 ValidateBrief, &violations);
  CheckRequestId(request.request_id(), "request_id", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::ListBriefsRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidatePaging(request, &violations);
  CheckOptionalId(request.brand_id(), "brand_id", &violations);
  ValidateEnumList(request.statuses(), v1::BriefStatus_descriptor(), kMaxFilterValues, "statuses",
                   &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::DeleteBriefRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckId(request.brief_id(), "brief_id", &violations);
  CheckEtag(request.etag(), "etag", &violations);
  CheckRequestId(request.request_id(), "request_id", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::SendOfferRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckId(request.brief_id(), "brief_id", &violations);
  CheckId(request.creator_id(), "creator_id", &violations);
  if (request.has_terms()) ValidateOfferTerms(request.terms(), "terms", &violations);
  if (request.has_expire_time()) CheckTimestamp(request.expire_time(), "expire_time", &violations);
  CheckRequestId(request.request_id(), "request_id", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::WithdrawOfferRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidateOfferTransition(request, &violations);
  CheckNote(request.note(), &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::AcceptCounterOfferRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidateOfferTransition(request, &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::AcceptApplicationRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidateOfferTransition(request, &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::RejectApplicationRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidateOfferTransition(request, &violations);
  CheckNote(request.note(), &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::CompleteOfferRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidateOfferTransition(request, &violations);
  // The outcome is what the matcher learns from; completing without one loses it for good.
  if (request.has_outcome()) {
    ValidateOfferOutcome(request.outcome(), "outcome", &violations);
  } else {
    violations.Add("outcome", "is required");
  }
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::CancelOfferRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidateOfferTransition(request, &violations);
  CheckNote(request.note(), &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::GetOfferRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckId(request.offer_id(), "offer_id", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::ListOffersRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidatePaging(request, &violations);
  if (request.brief_id().empty() == request.brand_id().empty()) {
    violations.Add("brief_id", "exactly one of brief_id and brand_id is required");
  } else {
    CheckOptionalId(request.brief_id(), "brief_id", &violations);
    CheckOptionalId(request.brand_id(), "brand_id", &violations);
  }
  ValidateEnumList(request.states(), v1::OfferState_descriptor(), kMaxFilterValues, "states",
                   &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::ListBrandHistoryRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckId(request.brand_id(), "brand_id", &violations);
  ValidatePaging(request, &violations);
  if (request.has_start_time()) CheckTimestamp(request.start_time(), "start_time", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::ListBriefHistoryRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckId(request.brief_id(), "brief_id", &violations);
  ValidatePaging(request, &violations);
  if (request.has_start_time()) CheckTimestamp(request.start_time(), "start_time", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::FindCreatorsRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckId(request.brief_id(), "brief_id", &violations);
  ValidatePaging(request, &violations);
  ValidateMatchScoring(request.scoring(), "scoring", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::ExplainMatchRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckId(request.brief_id(), "brief_id", &violations);
  CheckId(request.creator_id(), "creator_id", &violations);
  ValidateMatchScoring(request.scoring(), "scoring", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::FindSimilarCreatorsRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckId(request.creator_id(), "creator_id", &violations);
  ValidatePaging(request, &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::PlanCampaignRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckId(request.brief_id(), "brief_id", &violations);
  ValidateMatchScoring(request.scoring(), "scoring", &violations);
  CheckNonNegative(request.budget_cents(), kMaxPlanBudgetCents, "budget_cents", &violations);
  CheckNonNegative(static_cast<std::int64_t>(request.creators_wanted()), kMaxPlanCreators,
                   "creators_wanted", &violations);
  CheckNonNegative(request.max_total_reach(), kMaxPlanReach, "max_total_reach", &violations);
  CheckNonNegative(static_cast<std::int64_t>(request.candidate_pool()), kMaxPlanCandidatePool,
                   "candidate_pool", &violations);
  return ToRequestStatus(request, violations);
}

}  // namespace matchmaker::validation
