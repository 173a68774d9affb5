#include "server/service/offer_state_machine.h"

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace matchmaker::service {
namespace {

struct Transition {
  v1::OfferState from;
  OfferAction action;
  v1::OfferState to;
};

// The diagram of offer.proto, edge by edge.
constexpr Transition kTransitions[] = {
    {v1::OFFER_STATE_PROPOSED, OfferAction::kAcceptOffer, v1::OFFER_STATE_ACCEPTED},
    {v1::OFFER_STATE_PROPOSED, OfferAction::kDeclineOffer, v1::OFFER_STATE_DECLINED},
    {v1::OFFER_STATE_PROPOSED, OfferAction::kCounterOffer, v1::OFFER_STATE_COUNTERED},
    {v1::OFFER_STATE_PROPOSED, OfferAction::kWithdrawOffer, v1::OFFER_STATE_WITHDRAWN},
    {v1::OFFER_STATE_PROPOSED, OfferAction::kExpire, v1::OFFER_STATE_EXPIRED},
    {v1::OFFER_STATE_COUNTERED, OfferAction::kAcceptCounterOffer, v1::OFFER_STATE_ACCEPTED},
    {v1::OFFER_STATE_COUNTERED, OfferAction::kWithdrawOffer, v1::OFFER_STATE_WITHDRAWN},
    {v1::OFFER_STATE_COUNTERED, OfferAction::kDeclineOffer, v1::OFFER_STATE_DECLINED},
    {v1::OFFER_STATE_COUNTERED, OfferAction::kExpire, v1::OFFER_STATE_EXPIRED},
    {v1::OFFER_STATE_APPLIED, OfferAction::kAcceptApplication, v1::OFFER_STATE_ACCEPTED},
    {v1::OFFER_STATE_APPLIED, OfferAction::kRejectApplication, v1::OFFER_STATE_REJECTED},
    {v1::OFFER_STATE_APPLIED, OfferAction::kWithdrawApplication, v1::OFFER_STATE_WITHDRAWN},
    {v1::OFFER_STATE_APPLIED, OfferAction::kExpire, v1::OFFER_STATE_EXPIRED},
    {v1::OFFER_STATE_ACCEPTED, OfferAction::kCompleteOffer, v1::OFFER_STATE_COMPLETED},
    {v1::OFFER_STATE_ACCEPTED, OfferAction::kCancelByBrand, v1::OFFER_STATE_CANCELLED},
    {v1::OFFER_STATE_ACCEPTED, OfferAction::kCancelByCreator, v1::OFFER_STATE_CANCELLED},
};

}  // namespace

absl::string_view OfferActionName(OfferAction action) {
  switch (action) {
    case OfferAction::kAcceptOffer:
      return "AcceptOffer";
    case OfferAction::kDeclineOffer:
      return "DeclineOffer";
    case OfferAction::kCounterOffer:
      return "CounterOffer";
    case OfferAction::kWithdrawOffer:
      return "WithdrawOffer";
    case OfferAction::kAcceptCounterOffer:
      return "AcceptCounterOffer";
    case OfferAction::kAcceptApplication:
      return "AcceptApplication";
    case OfferAction::kRejectApplication:
      return "RejectApplication";
    case OfferAction::kWithdrawApplication:
      return "WithdrawApplication";
    case OfferAction::kCompleteOffer:
      return "CompleteOffer";
    case OfferAction::kCancelByBrand:
      return "CancelOffer (brand)";
    case OfferAction::kCancelByCreator:
      return "CancelOffer (creator)";
    case OfferAction::kExpire:
      return "Expire";
  }
  return "UnknownAction";
}

absl::StatusOr<v1::OfferState> NextOfferState(v1::OfferState current, OfferAction action) {
  for (const Transition& transition : kTransitions) {
    if (transition.from == current && transition.action == action) return transition.to;
  }
  return absl::FailedPreconditionError(absl::StrCat(
      "cannot ", OfferActionName(action), ": the offer is ", v1::OfferState_Name(current)));
}

bool IsLiveOfferState(v1::OfferState state) {
  return state == v1::OFFER_STATE_PROPOSED || state == v1::OFFER_STATE_APPLIED ||
         state == v1::OFFER_STATE_COUNTERED || state == v1::OFFER_STATE_ACCEPTED;
}

bool IsPendingOfferState(v1::OfferState state) {
  return state == v1::OFFER_STATE_PROPOSED || state == v1::OFFER_STATE_APPLIED ||
         state == v1::OFFER_STATE_COUNTERED;
}

bool IsTerminalOfferState(v1::OfferState state) {
  for (const Transition& transition : kTransitions) {
    if (transition.from == state) return false;
  }
  return true;
}

}  // namespace matchmaker::service
