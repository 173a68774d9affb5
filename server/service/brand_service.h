#ifndef MATCHMAKER_SERVER_SERVICE_BRAND_SERVICE_H_
#define MATCHMAKER_SERVER_SERVICE_BRAND_SERVICE_H_

// matchmaker.v1.BrandService over the callback API: each handler validates, runs the
// operation on the executor and converts the result (unary_call.h).

#include "matchmaker/v1/brand_service.grpc.pb.h"
#include "server/service/brand_operations.h"
#include "server/service/brief_operations.h"
#include "server/service/call_environment.h"
#include "server/service/match_operations.h"
#include "server/service/offer_operations.h"
#include "server/service/operation_context.h"

namespace matchmaker::service {

class BrandService final : public v1::BrandService::CallbackService {
 public:
  // `env` must outlive this service.
  explicit BrandService(const CallEnvironment& env)
      : env_(env),
        ctx_(env.ctx),
        brands_(env.ctx),
        briefs_(env.ctx),
        offers_(env.ctx),
        matches_(env.ctx) {}

  grpc::ServerUnaryReactor* CreateBrand(grpc::CallbackServerContext* context,
                                        const v1::CreateBrandRequest* request,
                                        v1::CreateBrandResponse* response) override;
  grpc::ServerUnaryReactor* GetBrand(grpc::CallbackServerContext* context,
                                     const v1::GetBrandRequest* request,
                                     v1::GetBrandResponse* response) override;
  grpc::ServerUnaryReactor* UpdateBrand(grpc::CallbackServerContext* context,
                                        const v1::UpdateBrandRequest* request,
                                        v1::UpdateBrandResponse* response) override;
  grpc::ServerUnaryReactor* ListBrands(grpc::CallbackServerContext* context,
                                       const v1::ListBrandsRequest* request,
                                       v1::ListBrandsResponse* response) override;
  grpc::ServerUnaryReactor* DeleteBrand(grpc::CallbackServerContext* context,
                                        const v1::DeleteBrandRequest* request,
                                        v1::DeleteBrandResponse* response) override;
  grpc::ServerUnaryReactor* CreateBrief(grpc::CallbackServerContext* context,
                                        const v1::CreateBriefRequest* request,
                                        v1::CreateBriefResponse* response) override;
  grpc::ServerUnaryReactor* GetBrief(grpc::CallbackServerContext* context,
                                     const v1::GetBriefRequest* request,
                                     v1::GetBriefResponse* response) override;
  grpc::ServerUnaryReactor* UpdateBrief(grpc::CallbackServerContext* context,
                                        const v1::UpdateBriefRequest* request,
                                        v1::UpdateBriefResponse* response) override;
  grpc::ServerUnaryReactor* ListBriefs(grpc::CallbackServerContext* context,
                                       const v1::ListBriefsRequest* request,
                                       v1::ListBriefsResponse* response) override;
  grpc::ServerUnaryReactor* DeleteBrief(grpc::CallbackServerContext* context,
                                        const v1::DeleteBriefRequest* request,
                                        v1::DeleteBriefResponse* response) override;
  grpc::ServerUnaryReactor* SendOffer(grpc::CallbackServerContext* context,
                                      const v1::SendOfferRequest* request,
                                      v1::SendOfferResponse* response) override;
  grpc::ServerUnaryReactor* WithdrawOffer(grpc::CallbackServerContext* context,
                                          const v1::WithdrawOfferRequest* request,
                                          v1::WithdrawOfferResponse* response) override;
  grpc::ServerUnaryReactor* AcceptCounterOffer(grpc::CallbackServerContext* context,
                                               const v1::AcceptCounterOfferRequest* request,
                                               v1::AcceptCounterOfferResponse* response) override;
  grpc::ServerUnaryReactor* AcceptApplication(grpc::CallbackServerContext* context,
                                              const v1::AcceptApplicationRequest* request,
                                              v1::AcceptApplicationResponse* response) override;
  grpc::ServerUnaryReactor* RejectApplication(grpc::CallbackServerContext* context,
                                              const v1::RejectApplicationRequest* request,
                                              v1::RejectApplicationResponse* response) override;
  grpc::ServerUnaryReactor* CompleteOffer(grpc::CallbackServerContext* context,
                                          const v1::CompleteOfferRequest* request,
                                          v1::CompleteOfferResponse* response) override;
  grpc::ServerUnaryReactor* CancelOffer(grpc::CallbackServerContext* context,
                                        const v1::CancelOfferRequest* request,
                                        v1::CancelOfferResponse* response) override;
  grpc::ServerUnaryReactor* GetOffer(grpc::CallbackServerContext* context,
                                     const v1::GetOfferRequest* request,
                                     v1::GetOfferResponse* response) override;
  grpc::ServerUnaryReactor* ListOffers(grpc::CallbackServerContext* context,
                                       const v1::ListOffersRequest* request,
                                       v1::ListOffersResponse* response) override;
  grpc::ServerUnaryReactor* ListBrandHistory(grpc::CallbackServerContext* context,
                                             const v1::ListBrandHistoryRequest* request,
                                             v1::ListBrandHistoryResponse* response) override;
  grpc::ServerUnaryReactor* ListBriefHistory(grpc::CallbackServerContext* context,
                                             const v1::ListBriefHistoryRequest* request,
                                             v1::ListBriefHistoryResponse* response) override;

  grpc::ServerUnaryReactor* FindCreators(grpc::CallbackServerContext* context,
                                         const v1::FindCreatorsRequest* request,
                                         v1::FindCreatorsResponse* response) override;
  grpc::ServerUnaryReactor* ExplainMatch(grpc::CallbackServerContext* context,
                                         const v1::ExplainMatchRequest* request,
                                         v1::ExplainMatchResponse* response) override;
  grpc::ServerUnaryReactor* FindSimilarCreators(grpc::CallbackServerContext* context,
                                                const v1::FindSimilarCreatorsRequest* request,
                                                v1::FindSimilarCreatorsResponse* response) override;
  grpc::ServerUnaryReactor* PlanCampaign(grpc::CallbackServerContext* context,
                                         const v1::PlanCampaignRequest* request,
                                         v1::PlanCampaignResponse* response) override;

 private:
  const CallEnvironment& env_;
  const OperationContext& ctx_;
  BrandOperations brands_;
  BriefOperations briefs_;
  OfferOperations offers_;
  MatchOperations matches_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_BRAND_SERVICE_H_
