#ifndef MATCHMAKER_SERVER_SERVICE_ADMIN_SERVICE_H_
#define MATCHMAKER_SERVER_SERVICE_ADMIN_SERVICE_H_

// matchmaker.v1.AdminService over the callback API. Unary calls as in the other services;
// ImportRecords and ExportRecords get a reactor per call (record_stream_reactors.h).

#include "matchmaker/v1/admin_service.grpc.pb.h"
#include "server/auth/key_registry.h"
#include "server/service/admin_operations.h"
#include "server/service/api_key_operations.h"
#include "server/service/call_environment.h"
#include "server/service/match_operations.h"
#include "server/service/operation_context.h"

namespace matchmaker::service {

class AdminService final : public v1::AdminService::CallbackService {
 public:
  // `env` and `keys` must outlive this service.
  AdminService(const CallEnvironment& env, auth::KeyRegistry& keys)
      : env_(env), ctx_(env.ctx), admin_(env.ctx), matches_(env.ctx), api_keys_(env.ctx, keys) {}

  grpc::ServerUnaryReactor* GetRecord(grpc::CallbackServerContext* context,
                                      const v1::GetRecordRequest* request,
                                      v1::GetRecordResponse* response) override;
  grpc::ServerUnaryReactor* ListHistory(grpc::CallbackServerContext* context,
                                        const v1::ListHistoryRequest* request,
                                        v1::ListHistoryResponse* response) override;
  grpc::ServerUnaryReactor* GetStats(grpc::CallbackServerContext* context,
                                     const v1::GetStatsRequest* request,
                                     v1::GetStatsResponse* response) override;
  grpc::ServerUnaryReactor* CreateCheckpoint(grpc::CallbackServerContext* context,
                                             const v1::CreateCheckpointRequest* request,
                                             v1::CreateCheckpointResponse* response) override;
  grpc::ServerReadReactor<v1::ImportRecordsRequest>* ImportRecords(
      grpc::CallbackServerContext* context, v1::ImportRecordsResponse* response) override;
  grpc::ServerWriteReactor<v1::ExportRecordsResponse>* ExportRecords(
      grpc::CallbackServerContext* context, const v1::ExportRecordsRequest* request) override;

  grpc::ServerUnaryReactor* AllocateMarket(grpc::CallbackServerContext* context,
                                           const v1::AllocateMarketRequest* request,
                                           v1::AllocateMarketResponse* response) override;
  // The metrics registry rendered as Prometheus text (docs/OBSERVABILITY.md).
  grpc::ServerUnaryReactor* GetMetrics(grpc::CallbackServerContext* context,
                                       const v1::GetMetricsRequest* request,
                                       v1::GetMetricsResponse* response) override;
  // consistency_check.h
  grpc::ServerUnaryReactor* CheckConsistency(grpc::CallbackServerContext* context,
                                             const v1::CheckConsistencyRequest* request,
                                             v1::CheckConsistencyResponse* response) override;

  // API keys (api_key_operations.h).
  grpc::ServerUnaryReactor* CreateApiKey(grpc::CallbackServerContext* context,
                                         const v1::CreateApiKeyRequest* request,
                                         v1::CreateApiKeyResponse* response) override;
  grpc::ServerUnaryReactor* ListApiKeys(grpc::CallbackServerContext* context,
                                        const v1::ListApiKeysRequest* request,
                                        v1::ListApiKeysResponse* response) override;
  grpc::ServerUnaryReactor* RevokeApiKey(grpc::CallbackServerContext* context,
                                         const v1::RevokeApiKeyRequest* request,
                                         v1::RevokeApiKeyResponse* response) override;

 private:
  const CallEnvironment& env_;
  const OperationContext& ctx_;
  AdminOperations admin_;
  MatchOperations matches_;
  ApiKeyOperations api_keys_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_ADMIN_SERVICE_H_
