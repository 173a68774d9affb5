#include "server/service/brand_service.h"

#include "server/service/history_queries.h"
#include "server/service/unary_call.h"
#include "server/validation/brand_service_validator.h"

namespace matchmaker::service {
using grpc::CallbackServerContext;
using grpc::ServerUnaryReactor;

ServerUnaryReactor* BrandService::CreateBrand(CallbackServerContext* context,
                                              const v1::CreateBrandRequest* request,
                                              v1::CreateBrandResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::CreateBrandRequest& r) { return brands_.Create(r); });
}

ServerUnaryReactor* BrandService::GetBrand(CallbackServerContext* context,
                                           const v1::GetBrandRequest* request,
                                           v1::GetBrandResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::GetBrandRequest& r) { return brands_.Get(r); });
}

ServerUnaryReactor* BrandService::UpdateBrand(CallbackServerContext* context,
                                              const v1::UpdateBrandRequest* request,
                                              v1::UpdateBrandResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::UpdateBrandRequest& r) { return brands_.Update(r); });
}

ServerUnaryReactor* BrandService::ListBrands(CallbackServerContext* context,
                                             const v1::ListBrandsRequest* request,
                                             v1::ListBrandsResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::ListBrandsRequest& r) { return brands_.List(r); });
}

ServerUnaryReactor* BrandService::DeleteBrand(CallbackServerContext* context,
                                              const v1::DeleteBrandRequest* request,
                                              v1::DeleteBrandResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::DeleteBrandRequest& r) { return brands_.Delete(r); });
}

ServerUnaryReactor* BrandService::CreateBrief(CallbackServerContext* context,
                                              const v1::CreateBriefRequest* request,
                                              v1::CreateBriefResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::CreateBriefRequest& r) { return briefs_.Create(r); });
}

ServerUnaryReactor* BrandService::GetBrief(CallbackServerContext* context,
                                           const v1::GetBriefRequest* request,
                                           v1::GetBriefResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::GetBriefRequest& r) { return briefs_.Get(r); });
}

ServerUnaryReactor* BrandService::UpdateBrief(CallbackServerContext* context,
                                              const v1::UpdateBriefRequest* request,
                                              v1::UpdateBriefResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::UpdateBriefRequest& r) { return briefs_.Update(r); });
}

ServerUnaryReactor* BrandService::ListBriefs(CallbackServerContext* context,
                                             const v1::ListBriefsRequest* request,
                                             v1::ListBriefsResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::ListBriefsRequest& r) { return briefs_.List(r); });
}

ServerUnaryReactor* BrandService::DeleteBrief(CallbackServerContext* context,
                                              const v1::DeleteBriefRequest* request,
                                              v1::DeleteBriefResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::DeleteBriefRequest& r) { return briefs_.Delete(r); });
}

ServerUnaryReactor* BrandService::SendOffer(CallbackServerContext* context,
                                            const v1::SendOfferRequest* request,
                                            v1::SendOfferResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::SendOfferRequest& r) { return offers_.Send(r); });
}

ServerUnaryReactor* BrandService::WithdrawOffer(CallbackServerContext* context,
                                                const v1::WithdrawOfferRequest* request,
                                                v1::WithdrawOfferResponse* response) {
  return RunUnary(env_, context, request, response, [this](const v1::WithdrawOfferRequest& r) {
    OfferTransition t{r.offer_id(), OfferAction::kWithdrawOffer, r.etag(), r.note()};
    return AsOfferResponse<v1::WithdrawOfferResponse>(
        offers_.Transition(t, "BrandService.WithdrawOffer", r.request_id()));
  });
}

ServerUnaryReactor* BrandService::AcceptCounterOffer(CallbackServerContext* context,
                                                     const v1::AcceptCounterOfferRequest* request,
                                                     v1::AcceptCounterOfferResponse* response) {
  return RunUnary(env_, context, request, response, [this](const v1::AcceptCounterOfferRequest& r) {
    OfferTransition t{r.offer_id(), OfferAction::kAcceptCounterOffer, r.etag()};
    return AsOfferResponse<v1::AcceptCounterOfferResponse>(
        offers_.Transition(t, "BrandService.AcceptCounterOffer", r.request_id()));
  });
}

ServerUnaryReactor* BrandService::AcceptApplication(CallbackServerContext* context,
                                                    const v1::AcceptApplicationRequest* request,
                                                    v1::AcceptApplicationResponse* response) {
  return RunUnary(env_, context, request, response, [this](const v1::AcceptApplicationRequest& r) {
    OfferTransition t{r.offer_id(), OfferAction::kAcceptApplication, r.etag()};
    return AsOfferResponse<v1::AcceptApplicationResponse>(
        offers_.Transition(t, "BrandService.AcceptApplication", r.request_id()));
  });
}

ServerUnaryReactor* BrandService::RejectApplication(CallbackServerContext* context,
                                                    const v1::RejectApplicationRequest* request,
                                                    v1::RejectApplicationResponse* response) {
  return RunUnary(env_, context, request, response, [this](const v1::RejectApplicationRequest& r) {
    OfferTransition t{r.offer_id(), OfferAction::kRejectApplication, r.etag(), r.note()};
    return AsOfferResponse<v1::RejectApplicationResponse>(
        offers_.Transition(t, "BrandService.RejectApplication", r.request_id()));
  });
}

ServerUnaryReactor* BrandService::CompleteOffer(CallbackServerContext* context,
                                                const v1::CompleteOfferRequest* request,
                                                v1::CompleteOfferResponse* response) {
  return RunUnary(env_, context, request, response, [this](const v1::CompleteOfferRequest& r) {
    OfferTransition t{r.offer_id(), OfferAction::kCompleteOffer, r.etag()};
    t.outcome = r.outcome();
    return AsOfferResponse<v1::CompleteOfferResponse>(
        offers_.Transition(t, "BrandService.CompleteOffer", r.request_id()));
  });
}

ServerUnaryReactor* BrandService::CancelOffer(CallbackServerContext* context,
                                              const v1::CancelOfferRequest* request,
                                              v1::CancelOfferResponse* response) {
  return RunUnary(env_, context, request, response, [this](const v1::CancelOfferRequest& r) {
    OfferTransition t{r.offer_id(), OfferAction::kCancelByBrand, r.etag(), r.note()};
    return AsOfferResponse<v1::CancelOfferResponse>(
        offers_.Transition(t, "BrandService.CancelOffer", r.request_id()));
  });
}

ServerUnaryReactor* BrandService::GetOffer(CallbackServerContext* context,
                                           const v1::GetOfferRequest* request,
                                           v1::GetOfferResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::GetOfferRequest& r) -> absl::StatusOr<v1::GetOfferResponse> {
                    absl::StatusOr<v1::Offer> offer = offers_.Get(r.offer_id());
                    if (!offer.ok()) return offer.status();
                    v1::GetOfferResponse out;
                    *out.mutable_offer() = *std::move(offer);
                    return out;
                  });
}

ServerUnaryReactor* BrandService::ListOffers(CallbackServerContext* context,
                                             const v1::ListOffersRequest* request,
                                             v1::ListOffersResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::ListOffersRequest& r) { return offers_.List(r); });
}

ServerUnaryReactor* BrandService::ListBrandHistory(CallbackServerContext* context,
                                                   const v1::ListBrandHistoryRequest* request,
                                                   v1::ListBrandHistoryResponse* response) {
  return RunUnary(env_, context, request, response, [this](const v1::ListBrandHistoryRequest& r) {
    return SubjectHistory<v1::ListBrandHistoryResponse>(
        ctx_.store(), storage::HistorySubject::kBrand, r.brand_id(), r, CreatorPrivateEventTypes());
  });
}

ServerUnaryReactor* BrandService::ListBriefHistory(CallbackServerContext* context,
                                                   const v1::ListBriefHistoryRequest* request,
                                                   v1::ListBriefHistoryResponse* response) {
  return RunUnary(env_, context, request, response, [this](const v1::ListBriefHistoryRequest& r) {
    return SubjectHistory<v1::ListBriefHistoryResponse>(
        ctx_.store(), storage::HistorySubject::kBrief, r.brief_id(), r, CreatorPrivateEventTypes());
  });
}

ServerUnaryReactor* BrandService::FindCreators(CallbackServerContext* context,
                                               const v1::FindCreatorsRequest* request,
                                               v1::FindCreatorsResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::FindCreatorsRequest& r) { return matches_.FindCreators(r); });
}

ServerUnaryReactor* BrandService::ExplainMatch(CallbackServerContext* context,
                                               const v1::ExplainMatchRequest* request,
                                               v1::ExplainMatchResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::ExplainMatchRequest& r) { return matches_.ExplainMatch(r); });
}

ServerUnaryReactor* BrandService::FindSimilarCreators(CallbackServerContext* context,
                                                      const v1::FindSimilarCreatorsRequest* request,
                                                      v1::FindSimilarCreatorsResponse* response) {
  return RunUnary(
      env_, context, request, response,
      [this](const v1::FindSimilarCreatorsRequest& r) { return matches_.FindSimilarCreators(r); });
}

ServerUnaryReactor* BrandService::PlanCampaign(CallbackServerContext* context,
                                               const v1::PlanCampaignRequest* request,
                                               v1::PlanCampaignResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::PlanCampaignRequest& r) { return matches_.PlanCampaign(r); });
}

}  // namespace matchmaker::service
