#ifndef MATCHMAKER_SERVER_SERVICE_OFFER_STATE_MACHINE_H_
#define MATCHMAKER_SERVER_SERVICE_OFFER_STATE_MACHINE_H_

// The offer state machine of matchmaker/v1/offer.proto as one transition table:
// (current state, action) -> next state. Anything not in the table is illegal.

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "matchmaker/v1/offer.pb.h"

namespace matchmaker::service {

// What a party does to an existing offer (creating one is SendOffer / ApplyToBrief).
enum class OfferAction {
  kAcceptOffer,          // creator: PROPOSED -> ACCEPTED
  kDeclineOffer,         // creator: PROPOSED | COUNTERED -> DECLINED
  kCounterOffer,         // creator: PROPOSED -> COUNTERED
  kWithdrawOffer,        // brand: PROPOSED | COUNTERED -> WITHDRAWN
  kAcceptCounterOffer,   // brand: COUNTERED -> ACCEPTED
  kAcceptApplication,    // brand: APPLIED -> ACCEPTED
  kRejectApplication,    // brand: APPLIED -> REJECTED
  kWithdrawApplication,  // creator: APPLIED -> WITHDRAWN
  kCompleteOffer,        // brand: ACCEPTED -> COMPLETED
  kCancelByBrand,        // brand: ACCEPTED -> CANCELLED
  kCancelByCreator,      // creator: ACCEPTED -> CANCELLED
  kExpire,               // system: PROPOSED | COUNTERED | APPLIED -> EXPIRED
};

// The RPC-style name of the action, e.g. "AcceptOffer", for messages.
absl::string_view OfferActionName(OfferAction action);

// The state `action` leads to from `current`; FAILED_PRECONDITION naming both when the table
// has no such transition (e.g. accepting a WITHDRAWN offer, declining twice).
[[nodiscard]] absl::StatusOr<v1::OfferState> NextOfferState(v1::OfferState current,
                                                            OfferAction action);

// PROPOSED, APPLIED, COUNTERED and ACCEPTED: at most one live offer per (brief, creator).
bool IsLiveOfferState(v1::OfferState state);
// PROPOSED, APPLIED and COUNTERED: still waiting for an answer, so they can expire.
bool IsPendingOfferState(v1::OfferState state);
// Terminal states have no outgoing transitions.
bool IsTerminalOfferState(v1::OfferState state);

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_OFFER_STATE_MACHINE_H_
