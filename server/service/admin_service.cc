#include "server/service/admin_service.h"

#include "server/observability/prometheus_text.h"
#include "server/service/consistency_check.h"
#include "server/service/history_queries.h"
#include "server/service/record_stream_reactors.h"
#include "server/service/unary_call.h"
#include "server/validation/admin_service_validator.h"

namespace matchmaker::service {

using grpc::CallbackServerContext;
using grpc::ServerUnaryReactor;

ServerUnaryReactor* AdminService::GetRecord(CallbackServerContext* context,
                                            const v1::GetRecordRequest* request,
                                            v1::GetRecordResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::GetRecordRequest& r) { return admin_.GetRecord(r); });
}

ServerUnaryReactor* AdminService::ListHistory(CallbackServerContext* context,
                                              const v1::ListHistoryRequest* request,
                                              v1::ListHistoryResponse* response) {
  return RunUnary(env_, context, request, response, [this](const v1::ListHistoryRequest& r) {
    return service::ListHistory(ctx_.store(), r);
  });
}

ServerUnaryReactor* AdminService::GetStats(CallbackServerContext* context,
                                           const v1::GetStatsRequest* request,
                                           v1::GetStatsResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::GetStatsRequest&) { return admin_.GetStats(); });
}

ServerUnaryReactor* AdminService::CreateCheckpoint(CallbackServerContext* context,
                                                   const v1::CreateCheckpointRequest* request,
                                                   v1::CreateCheckpointResponse* response) {
  return RunUnary(env_, context, request, response, [this](const v1::CreateCheckpointRequest& r) {
    return admin_.CreateCheckpoint(r);
  });
}

grpc::ServerReadReactor<v1::ImportRecordsRequest>* AdminService::ImportRecords(
    CallbackServerContext* context, v1::ImportRecordsResponse* response) {
  return new ImportRecordsReactor(env_, context, response);
}

grpc::ServerWriteReactor<v1::ExportRecordsResponse>* AdminService::ExportRecords(
    CallbackServerContext* context, const v1::ExportRecordsRequest* request) {
  return new ExportRecordsReactor(env_, context, request);
}

ServerUnaryReactor* AdminService::AllocateMarket(CallbackServerContext* context,
                                                 const v1::AllocateMarketRequest* request,
                                                 v1::AllocateMarketResponse* response) {
  return RunUnary(env_, context, request, response, [this](const v1::AllocateMarketRequest& r) {
    return matches_.AllocateMarket(r);
  });
}

ServerUnaryReactor* AdminService::GetMetrics(CallbackServerContext* context,
                                             const v1::GetMetricsRequest* request,
                                             v1::GetMetricsResponse* response) {
  return RunUnary(
      env_, context, request, response,
      [this](const v1::GetMetricsRequest&) -> absl::StatusOr<v1::GetMetricsResponse> {
        v1::GetMetricsResponse metrics;
        metrics.set_text(observability::RenderPrometheusText(env_.observer.metrics().Snapshot()));
        return metrics;
      });
}

ServerUnaryReactor* AdminService::CheckConsistency(CallbackServerContext* context,
                                                   const v1::CheckConsistencyRequest* request,
                                                   v1::CheckConsistencyResponse* response) {
  return RunUnary(env_, context, request, response, [this](const v1::CheckConsistencyRequest&) {
    return service::CheckConsistency(ctx_);
  });
}

ServerUnaryReactor* AdminService::CreateApiKey(CallbackServerContext* context,
                                               const v1::CreateApiKeyRequest* request,
                                               v1::CreateApiKeyResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::CreateApiKeyRequest& r) { return api_keys_.Create(r); });
}

ServerUnaryReactor* AdminService::ListApiKeys(CallbackServerContext* context,
                                              const v1::ListApiKeysRequest* request,
                                              v1::ListApiKeysResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::ListApiKeysRequest& r) { return api_keys_.List(r); });
}

ServerUnaryReactor* AdminService::RevokeApiKey(CallbackServerContext* context,
                                               const v1::RevokeApiKeyRequest* request,
                                               v1::RevokeApiKeyResponse* response) {
  return RunUnary(env_, context, request, response,
                  [this](const v1::RevokeApiKeyRequest& r) { return api_keys_.Revoke(r); });
}

}  // namespace matchmaker::service
