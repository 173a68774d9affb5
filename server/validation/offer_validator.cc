#include "server/validation/offer_validator.h"

#include "server/validation/common_validators.h"
#include "server/validation/field_path.h"
#include "server/validation/field_rules.h"
#include "server/validation/limits.h"

namespace matchmaker::validation {

void ValidateOfferTerms(const v1::OfferTerms& terms, absl::string_view path,
                        FieldViolations* violations) {
  CheckNonNegative(terms.fee_cents(), kMaxCents, FieldPath(path, "fee_cents"), violations);
  ValidateCompensations(terms.compensation(), FieldPath(path, "compensation"), violations);
  ValidateDeliverables(terms.deliverables(), FieldPath(path, "deliverables"), violations);
  if (terms.has_due_time()) {
    CheckTimestamp(terms.due_time(), FieldPath(path, "due_time"), violations);
  }
  CheckText(terms.message(), kMaxDescriptionLength, FieldPath(path, "message"), violations);
}

void ValidateOfferOutcome(const v1::OfferOutcome& outcome, absl::string_view path,
                          FieldViolations* violations) {
  CheckNonNegative(outcome.reach(), kMaxCount, FieldPath(path, "reach"), violations);
  CheckNonNegative(outcome.engagements(), kMaxCount, FieldPath(path, "engagements"), violations);
  CheckNonNegative(outcome.clicks(), kMaxCount, FieldPath(path, "clicks"), violations);
  CheckNonNegative(outcome.conversions(), kMaxCount, FieldPath(path, "conversions"), violations);
  CheckText(outcome.note(), kMaxDescriptionLength, FieldPath(path, "note"), violations);
}

}  // namespace matchmaker::validation
