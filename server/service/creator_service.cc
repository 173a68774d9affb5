#include "server/service/creator_service.h"

#include <utility>

#include "server/service/history_queries.h"
#include "server/service/unary_call.h"
#include "server/validation/creator_service_validator.h"

namespace matchmaker::service {

using grpc::CallbackServerContext;
using grpc::ServerUnaryReactor;

ServerUnaryReactor* CreatorService::CreateCreator(CallbackServerContext* context,
                                                  const v1::CreateCreatorRequest* request,
                                                  v1::CreateCreatorResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::CreateCreatorRequest& r) { return creators_.Create(r); });
}

ServerUnaryReactor* CreatorService::GetCreator(CallbackServerContext* context,
                                               const v1::GetCreatorRequest* request,
                                               v1::GetCreatorResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::GetCreatorRequest& r) { return creators_.Get(r); });
}

ServerUnaryReactor* CreatorService::UpdateCreator(CallbackServerContext* context,
                                                  const v1::UpdateCreatorRequest* request,
                                                  v1::UpdateCreatorResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::UpdateCreatorRequest& r) { return creators_.Update(r); });
}

ServerUnaryReactor* CreatorService::ListCreators(CallbackServerContext* context,
                                                 const v1::ListCreatorsRequest* request,
                                                 v1::ListCreatorsResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::ListCreatorsRequest& r) { return creators_.List(r); });
}

ServerUnaryReactor* CreatorService::DeleteCreator(CallbackServerContext* context,
                                                  const v1::DeleteCreatorRequest* request,
                                                  v1::DeleteCreatorResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::DeleteCreatorRequest& r) { return creators_.Delete(r); });
}

ServerUnaryReactor* CreatorService::ListOpenBriefs(CallbackServerContext* context,
                                                   const v1::ListOpenBriefsRequest* request,
                                                   v1::ListOpenBriefsResponse* response) {
  return RunUnary(env_, context, request, response, [this](const v1::ListOpenBriefsRequest& r) {
    return open_briefs_.ListOpenBriefs(r);
  });
}

ServerUnaryReactor* CreatorService::HideBrief(CallbackServerContext* context,
                                              const v1::HideBriefRequest* request,
                                              v1::HideBriefResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::HideBriefRequest& r) { return open_briefs_.Hide(r); });
}

ServerUnaryReactor* CreatorService::UnhideBrief(CallbackServerContext* context,
                                                const v1::UnhideBriefRequest* request,
                                                v1::UnhideBriefResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::UnhideBriefRequest& r) { return open_briefs_.Unhide(r); });
}

ServerUnaryReactor* CreatorService::ApplyToBrief(CallbackServerContext* context,
                                                 const v1::ApplyToBriefRequest* request,
                                                 v1::ApplyToBriefResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::ApplyToBriefRequest& r) { return offers_.Apply(r); });
}

ServerUnaryReactor* CreatorService::WithdrawApplication(
    CallbackServerContext* context, const v1::WithdrawApplicationRequest* request,
    v1::WithdrawApplicationResponse* response) {
  return RunUnary(
      env_, context, request, response, [this](const v1::WithdrawApplicationRequest& r) {
        OfferTransition t{r.offer_id(), OfferAction::kWithdrawApplication, r.etag(), r.note()};
        return AsOfferResponse<v1::WithdrawApplicationResponse>(
            offers_.Transition(t, "CreatorService.WithdrawApplication", r.request_id()));
      });
}

ServerUnaryReactor* CreatorService::AcceptOffer(CallbackServerContext* context,
                                                const v1::AcceptOfferRequest* request,
                                                v1::AcceptOfferResponse* response) {
  return RunUnary(env_, context, request, response, [this](const v1::AcceptOfferRequest& r) {
    OfferTransition t{r.offer_id(), OfferAction::kAcceptOffer, r.etag()};
    return AsOfferResponse<v1::AcceptOfferResponse>(
        offers_.Transition(t, "CreatorService.AcceptOffer", r.request_id()));
  });
}

ServerUnaryReactor* CreatorService::DeclineOffer(CallbackServerContext* context,
                                                 const v1::DeclineOfferRequest* request,
                                                 v1::DeclineOfferResponse* response) {
  return RunUnary(env_, context, request, response, [this](const v1::DeclineOfferRequest& r) {
    OfferTransition t{r.offer_id(), OfferAction::kDeclineOffer, r.etag(), r.note()};
    t.decline_reason = r.reason();
    return AsOfferResponse<v1::DeclineOfferResponse>(
        offers_.Transition(t, "CreatorService.DeclineOffer", r.request_id()));
  });
}

ServerUnaryReactor* CreatorService::CounterOffer(CallbackServerContext* context,
                                                 const v1::CounterOfferRequest* request,
                                                 v1::CounterOfferResponse* response) {
  return RunUnary(env_, context, request, response, [this](const v1::CounterOfferRequest& r) {
    OfferTransition t{r.offer_id(), OfferAction::kCounterOffer, r.etag()};
    t.counter_terms = r.terms();
    return AsOfferResponse<v1::CounterOfferResponse>(
        offers_.Transition(t, "CreatorService.CounterOffer", r.request_id()));
  });
}

ServerUnaryReactor* CreatorService::CancelOffer(CallbackServerContext* context,
                                                const v1::CreatorServiceCancelOfferRequest* request,
                                                v1::CreatorServiceCancelOfferResponse* response) {
  return RunUnary(
      env_, context, request, response, [this](const v1::CreatorServiceCancelOfferRequest& r) {
        OfferTransition t{r.offer_id(), OfferAction::kCancelByCreator, r.etag(), r.note()};
        return AsOfferResponse<v1::CreatorServiceCancelOfferResponse>(
            offers_.Transition(t, "CreatorService.CancelOffer", r.request_id()));
      });
}

ServerUnaryReactor* CreatorService::GetOffer(CallbackServerContext* context,
                                             const v1::CreatorServiceGetOfferRequest* request,
                                             v1::CreatorServiceGetOfferResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::CreatorServiceGetOfferRequest& r)
                      -> absl::StatusOr<v1::CreatorServiceGetOfferResponse> {
                    absl::StatusOr<v1::Offer> offer = offers_.Get(r.offer_id());
                    if (!offer.ok()) return offer.status();
                    v1::CreatorServiceGetOfferResponse out;
                    *out.mutable_offer() = *std::move(offer);
                    return out;
                  });
}

ServerUnaryReactor* CreatorService::ListCreatorOffers(CallbackServerContext* context,
                                                      const v1::ListCreatorOffersRequest* request,
                                                      v1::ListCreatorOffersResponse* response) {
  return RunUnary(env_, context, request, response, [this](const v1::ListCreatorOffersRequest& r) {
    return offers_.ListOfCreator(r);
  });
}

ServerUnaryReactor* CreatorService::ListCreatorHistory(CallbackServerContext* context,
                                                       const v1::ListCreatorHistoryRequest* request,
                                                       v1::ListCreatorHistoryResponse* response) {
  return RunUnary(env_, context, request, response, [this](const v1::ListCreatorHistoryRequest& r) {
    return SubjectHistory<v1::ListCreatorHistoryResponse>(
        ctx_.store(), storage::HistorySubject::kCreator, r.creator_id(), r);
  });
}

ServerUnaryReactor* CreatorService::ListSuitableBriefs(CallbackServerContext* context,
                                                       const v1::ListSuitableBriefsRequest* request,
                                                       v1::ListSuitableBriefsResponse* response) {
  return RunUnary(env_, context, request, response, [this](const v1::ListSuitableBriefsRequest& r) {
    return matches_.ListSuitableBriefs(r);
  });
}

}  // namespace matchmaker::service
