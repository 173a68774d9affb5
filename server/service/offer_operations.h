#ifndef MATCHMAKER_SERVER_SERVICE_OFFER_OPERATIONS_H_
#define MATCHMAKER_SERVER_SERVICE_OFFER_OPERATIONS_H_

// Offers: creating them (SendOffer, ApplyToBrief), moving them through the state machine
// (offer_state_machine.h), expiring them, reading and listing them. Requests are assumed
// validated. Every change is one commit of the offer plus one history event.

#include <string>
#include <utility>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "matchmaker/v1/brand_service.pb.h"
#include "matchmaker/v1/creator_service.pb.h"
#include "server/service/offer_state_machine.h"
#include "server/service/operation_context.h"

namespace matchmaker::service {

// One requested transition of an existing offer.
struct OfferTransition {
  OfferTransition(std::string offer_id, OfferAction action, std::string etag, std::string note = "")
      : offer_id(std::move(offer_id)),
        action(action),
        etag(std::move(etag)),
        note(std::move(note)) {}

  std::string offer_id;
  OfferAction action;
  // Empty, or the etag the caller read (ABORTED when stale).
  std::string etag;
  std::string note;
  // kDeclineOffer.
  v1::DeclineReason decline_reason = v1::DECLINE_REASON_UNSPECIFIED;
  // kCounterOffer: the creator's terms.
  v1::OfferTerms counter_terms;
  // kCompleteOffer: the measured result.
  v1::OfferOutcome outcome;
};

class OfferOperations {
 public:
  explicit OfferOperations(const OperationContext& ctx) : ctx_(ctx) {}

  // A PROPOSED offer from the brief's brand. NOT_FOUND (brief, creator); FAILED_PRECONDITION
  // when the brief is not OPEN or the creator blocked the brand or its category;
  // ALREADY_EXISTS when the pair has a live offer; INVALID_ARGUMENT for a past expire_time.
  [[nodiscard]] absl::StatusOr<v1::SendOfferResponse> Send(const v1::SendOfferRequest& request);
  // An APPLIED offer from the creator; as Send, plus FAILED_PRECONDITION when the creator hid
  // the brief.
  [[nodiscard]] absl::StatusOr<v1::ApplyToBriefResponse> Apply(
      const v1::ApplyToBriefRequest& request);

  // Applies `transition`, remembering the result under `service_method`/`request_id`.
  // NOT_FOUND, ABORTED (stale etag), FAILED_PRECONDITION for an illegal transition, a full
  // creator (max_concurrent_partnerships) or brief (creators_wanted) on acceptance, and for a
  // pending offer past its expire_time (which this call marks EXPIRED). The result is the
  // offer after the change, in GetOfferResponse: every transition RPC answers
  // {Offer offer = 1}, so its remembered bytes are wire-identical to the RPC's response.
  [[nodiscard]] absl::StatusOr<v1::GetOfferResponse> Transition(const OfferTransition& transition,
                                                                absl::string_view service_method,
                                                                absl::string_view request_id);

  [[nodiscard]] absl::StatusOr<v1::Offer> Get(absl::string_view offer_id);
  // Offers of one brief and/or of one brand (both filters apply when both are set),
  // optionally in `states`.
  [[nodiscard]] absl::StatusOr<v1::ListOffersResponse> List(const v1::ListOffersRequest& request);
  [[nodiscard]] absl::StatusOr<v1::ListCreatorOffersResponse> ListOfCreator(
      const v1::ListCreatorOffersRequest& request);

  // Marks every pending offer whose expire_time is at or before `now` EXPIRED (actor
  // "system"), one commit per offer. Returns how many were expired.
  [[nodiscard]] absl::StatusOr<int> ExpireDue(absl::Time now);

 private:
  struct NewOffer {
    std::string brief_id;
    std::string creator_id;
    v1::OfferOrigin origin;
    const v1::OfferTerms* terms;
    const google::protobuf::Timestamp* expire_time;  // nullptr: the default lifetime
  };
  [[nodiscard]] absl::StatusOr<v1::Offer> Create(const NewOffer& request,
                                                 storage::WriteSet& writes);
  [[nodiscard]] absl::Status CheckCapacity(const v1::Offer& offer) const;

  const OperationContext& ctx_;
};

// The result of Transition as the RPC's own response type ({Offer offer = 1}).
template <typename Response>
absl::StatusOr<Response> AsOfferResponse(absl::StatusOr<v1::GetOfferResponse> result) {
  if (!result.ok()) return result.status();
  Response response;
  response.mutable_offer()->Swap(result->mutable_offer());
  return response;
}

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_OFFER_OPERATIONS_H_
