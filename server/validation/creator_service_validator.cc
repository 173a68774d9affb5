#include "server/validation/creator_service_validator.h"

#include "absl/strings/str_cat.h"
#include "server/validation/common_validators.h"
#include "server/validation/creator_validator.h"
#include "server/validation/field_rules.h"
#include "server/validation/limits.h"
#include "server/validation/match_scoring_rules.h"
#include "server/validation/offer_validator.h"
#include "server/validation/record_validation.h"
#include "server/validation/request_rules.h"

namespace matchmaker::validation {
namespace {

// Hide / unhide: a pair of ids and an optional request_id.
template <typename Request>
absl::Status ValidateHideToggle(const Request& request) {
  FieldViolations violations;
  CheckId(request.creator_id(), "creator_id", &violations);
  CheckId(request.brief_id(), "brief_id", &violations);
  CheckRequestId(request.request_id(), "request_id", &violations);
  return ToRequestStatus(request, violations);
}

}  // namespace

absl::Status Validate(const v1::CreateCreatorRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  if (request.has_creator()) {
    ValidateCreatorForCreate(request.creator(), ctx, "creator", &violations);
  } else {
    violations.Add("creator", "is required");
  }
  CheckRequestId(request.request_id(), "request_id", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::GetCreatorRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckId(request.creator_id(), "creator_id", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::UpdateCreatorRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidateUpdate(request.has_creator(), request.creator(), request.update_mask(), "creator", ctx,
                 ValidateCreator, &violations);
  CheckRequestId(request.request_id(), "request_id", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::ListCreatorsRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidatePaging(request, &violations);
  if (!request.niche().empty()) CheckNichePath(request.niche(), "niche", &violations);
  CheckEnum(v1::Platform_descriptor(), request.platform(), /*required=*/false, "platform",
            &violations);
  if (!request.country_code().empty()) {
    CheckCountryCode(request.country_code(), "country_code", &violations);
  }
  const bool min_ok =
      CheckNonNegative(request.min_followers(), kMaxCount, "min_followers", &violations);
  const bool max_ok =
      CheckNonNegative(request.max_followers(), kMaxCount, "max_followers", &violations);
  if (min_ok && max_ok && request.max_followers() != 0 &&
      request.min_followers() > request.max_followers()) {
    violations.Add("max_followers",
                   absl::StrCat("must be >= min_followers (", request.min_followers(),
                                ") or 0 for unbounded (got ", request.max_followers(), ")"));
  }
  CheckEnum(v1::Tier_descriptor(), request.tier(), /*required=*/false, "tier", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::DeleteCreatorRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckId(request.creator_id(), "creator_id", &violations);
  CheckEtag(request.etag(), "etag", &violations);
  CheckRequestId(request.request_id(), "request_id", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::ListOpenBriefsRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  // Optional: without a creator nothing is hidden, which suits browsing and admin tools.
  CheckOptionalId(request.creator_id(), "creator_id", &violations);
  ValidatePaging(request, &violations);
  if (!request.niche().empty()) CheckNichePath(request.niche(), "niche", &violations);
  CheckEnum(v1::Platform_descriptor(), request.platform(), /*required=*/false, "platform",
            &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::HideBriefRequest& request, const ValidationContext& ctx) {
  return ValidateHideToggle(request);
}

absl::Status Validate(const v1::UnhideBriefRequest& request, const ValidationContext& ctx) {
  return ValidateHideToggle(request);
}

absl::Status Validate(const v1::ApplyToBriefRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckId(request.creator_id(), "creator_id", &violations);
  CheckId(request.brief_id(), "brief_id", &violations);
  if (request.has_terms()) ValidateOfferTerms(request.terms(), "terms", &violations);
  if (request.has_expire_time()) CheckTimestamp(request.expire_time(), "expire_time", &violations);
  CheckRequestId(request.request_id(), "request_id", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::WithdrawApplicationRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidateOfferTransition(request, &violations);
  CheckNote(request.note(), &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::AcceptOfferRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidateOfferTransition(request, &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::DeclineOfferRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidateOfferTransition(request, &violations);
  // Declines are data: the reason moves the creator's future ranking, so it is mandatory.
  CheckEnum(v1::DeclineReason_descriptor(), request.reason(), /*required=*/true, "reason",
            &violations);
  CheckNote(request.note(), &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::CounterOfferRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidateOfferTransition(request, &violations);
  // A counter offer is its terms; without them there is nothing for the brand to accept.
  if (request.has_terms()) {
    ValidateOfferTerms(request.terms(), "terms", &violations);
  } else {
    violations.Add("terms", "is required");
  }
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::CreatorServiceCancelOfferRequest& request,
                      const ValidationContext& ctx) {
  FieldViolations violations;
  ValidateOfferTransition(request, &violations);
  CheckNote(request.note(), &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::CreatorServiceGetOfferRequest& request,
                      const ValidationContext& ctx) {
  FieldViolations violations;
  CheckId(request.offer_id(), "offer_id", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::ListCreatorOffersRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckId(request.creator_id(), "creator_id", &violations);
  ValidatePaging(request, &violations);
  ValidateEnumList(request.states(), v1::OfferState_descriptor(), kMaxFilterValues, "states",
                   &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::ListCreatorHistoryRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckId(request.creator_id(), "creator_id", &violations);
  ValidatePaging(request, &violations);
  if (request.has_start_time()) CheckTimestamp(request.start_time(), "start_time", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::ListSuitableBriefsRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckId(request.creator_id(), "creator_id", &violations);
  ValidatePaging(request, &violations);
  ValidateMatchScoring(request.scoring(), "scoring", &violations);
  return ToRequestStatus(request, violations);
}

}  // namespace matchmaker::validation
