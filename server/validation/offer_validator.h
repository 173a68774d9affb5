#ifndef MATCHMAKER_SERVER_VALIDATION_OFFER_VALIDATOR_H_
#define MATCHMAKER_SERVER_VALIDATION_OFFER_VALIDATOR_H_

// Rules of the client-supplied parts of an offer (matchmaker/v1/offer.proto): its terms and
// the outcome of completed work. Offers themselves are server records, never client input.

#include "absl/strings/string_view.h"
#include "matchmaker/v1/offer.pb.h"
#include "server/validation/field_violations.h"

namespace matchmaker::validation {

// fee in [0, kMaxCents], compensation and deliverables valid, due_time valid, message short.
void ValidateOfferTerms(const v1::OfferTerms& terms, absl::string_view path,
                        FieldViolations* violations);

// Counts in [0, kMaxCount]; note short.
void ValidateOfferOutcome(const v1::OfferOutcome& outcome, absl::string_view path,
                          FieldViolations* violations);

}  // namespace matchmaker::validation

#endif  // MATCHMAKER_SERVER_VALIDATION_OFFER_VALIDATOR_H_
