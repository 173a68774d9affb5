#ifndef MATCHMAKER_SERVER_SERVICE_CREATOR_SERVICE_H_
#define MATCHMAKER_SERVER_SERVICE_CREATOR_SERVICE_H_

// matchmaker.v1.CreatorService over the callback API: each handler validates, runs the
// operation on the executor and converts the result (unary_call.h).

#include "matchmaker/v1/creator_service.grpc.pb.h"
#include "server/service/call_environment.h"
#include "server/service/creator_operations.h"
#include "server/service/match_operations.h"
#include "server/service/offer_operations.h"
#include "server/service/open_brief_operations.h"
#include "server/service/operation_context.h"

namespace matchmaker::service {

class CreatorService final : public v1::CreatorService::CallbackService {
 public:
  // `env` must outlive this service.
  explicit CreatorService(const CallEnvironment& env)
      : env_(env),
        ctx_(env.ctx),
        creators_(env.ctx),
        open_briefs_(env.ctx),
        offers_(env.ctx),
        matches_(env.ctx) {}

  grpc::ServerUnaryReactor* CreateCreator(grpc::CallbackServerContext* context,
                                          const v1::CreateCreatorRequest* request,
                                          v1::CreateCreatorResponse* response) override;
  grpc::ServerUnaryReactor* GetCreator(grpc::CallbackServerContext* context,
                                       const v1::GetCreatorRequest* request,
                                       v1::GetCreatorResponse* response) override;
  grpc::ServerUnaryReactor* UpdateCreator(grpc::CallbackServerContext* context,
                                          const v1::UpdateCreatorRequest* request,
                                          v1::UpdateCreatorResponse* response) override;
  grpc::ServerUnaryReactor* ListCreators(grpc::CallbackServerContext* context,
                                         const v1::ListCreatorsRequest* request,
                                         v1::ListCreatorsResponse* response) override;
  grpc::ServerUnaryReactor* DeleteCreator(grpc::CallbackServerContext* context,
                                          const v1::DeleteCreatorRequest* request,
                                          v1::DeleteCreatorResponse* response) override;
  grpc::ServerUnaryReactor* ListOpenBriefs(grpc::CallbackServerContext* context,
                                           const v1::ListOpenBriefsRequest* request,
                                           v1::ListOpenBriefsResponse* response) override;
  grpc::ServerUnaryReactor* HideBrief(grpc::CallbackServerContext* context,
                                      const v1::HideBriefRequest* request,
                                      v1::HideBriefResponse* response) override;
  grpc::ServerUnaryReactor* UnhideBrief(grpc::CallbackServerContext* context,
                                        const v1::UnhideBriefRequest* request,
                                        v1::UnhideBriefResponse* response) override;
  grpc::ServerUnaryReactor* ApplyToBrief(grpc::CallbackServerContext* context,
                                         const v1::ApplyToBriefRequest* request,
                                         v1::ApplyToBriefResponse* response) override;
  grpc::ServerUnaryReactor* WithdrawApplication(grpc::CallbackServerContext* context,
                                                const v1::WithdrawApplicationRequest* request,
                                                v1::WithdrawApplicationResponse* response) override;
  grpc::ServerUnaryReactor* AcceptOffer(grpc::CallbackServerContext* context,
                                        const v1::AcceptOfferRequest* request,
                                        v1::AcceptOfferResponse* response) override;
  grpc::ServerUnaryReactor* DeclineOffer(grpc::CallbackServerContext* context,
                                         const v1::DeclineOfferRequest* request,
                                         v1::DeclineOfferResponse* response) override;
  grpc::ServerUnaryReactor* CounterOffer(grpc::CallbackServerContext* context,
                                         const v1::CounterOfferRequest* request,
                                         v1::CounterOfferResponse* response) override;
  grpc::ServerUnaryReactor* CancelOffer(grpc::CallbackServerContext* context,
                                        const v1::CreatorServiceCancelOfferRequest* request,
                                        v1::CreatorServiceCancelOfferResponse* response) override;
  grpc::ServerUnaryReactor* GetOffer(grpc::CallbackServerContext* context,
                                     const v1::CreatorServiceGetOfferRequest* request,
                                     v1::CreatorServiceGetOfferResponse* response) override;
  grpc::ServerUnaryReactor* ListCreatorOffers(grpc::CallbackServerContext* context,
                                              const v1::ListCreatorOffersRequest* request,
                                              v1::ListCreatorOffersResponse* response) override;
  grpc::ServerUnaryReactor* ListCreatorHistory(grpc::CallbackServerContext* context,
                                               const v1::ListCreatorHistoryRequest* request,
                                               v1::ListCreatorHistoryResponse* response) override;

  grpc::ServerUnaryReactor* ListSuitableBriefs(grpc::CallbackServerContext* context,
                                               const v1::ListSuitableBriefsRequest* request,
                                               v1::ListSuitableBriefsResponse* response) override;

 private:
  const CallEnvironment& env_;
  const OperationContext& ctx_;
  CreatorOperations creators_;
  OpenBriefOperations open_briefs_;
  OfferOperations offers_;
  MatchOperations matches_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_CREATOR_SERVICE_H_
