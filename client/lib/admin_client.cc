#include "client/lib/admin_client.h"

#include <utility>

#include "absl/time/clock.h"
#include "client/lib/call_metadata.h"
#include "client/lib/pagination.h"
#include "client/lib/request_ids.h"
#include "client/lib/status_conversion.h"
#include "grpcpp/client_context.h"

namespace matchmaker::client {

AdminClient::AdminClient(const ClientOptions& options)
    : AdminClient(v1::AdminService::NewStub(ChannelFor(options)), options) {}

AdminClient::AdminClient(std::unique_ptr<v1::AdminService::StubInterface> stub,
                         const ClientOptions& options)
    : stub_(std::move(stub)),
      api_key_(options.api_key),
      call_timeout_(options.call_timeout),
      stream_timeout_(options.stream_timeout),
      caller_(options) {}

absl::StatusOr<v1::GetRecordResponse> AdminClient::GetRecord(
    const v1::GetRecordRequest& request) const {
  return caller_.Call<v1::GetRecordResponse>(
      [&](grpc::ClientContext* context, v1::GetRecordResponse* response) {
        return stub_->GetRecord(context, request, response);
      });
}

absl::StatusOr<v1::ListHistoryResponse> AdminClient::ListHistory(
    const v1::ListHistoryRequest& request) const {
  return caller_.Call<v1::ListHistoryResponse>(
      [&](grpc::ClientContext* context, v1::ListHistoryResponse* response) {
        return stub_->ListHistory(context, request, response);
      });
}

absl::StatusOr<v1::GetStatsResponse> AdminClient::GetStats(
    const v1::GetStatsRequest& request) const {
  return caller_.Call<v1::GetStatsResponse>(
      [&](grpc::ClientContext* context, v1::GetStatsResponse* response) {
        return stub_->GetStats(context, request, response);
      });
}

absl::StatusOr<v1::GetMetricsResponse> AdminClient::GetMetrics(
    const v1::GetMetricsRequest& request) const {
  return caller_.Call<v1::GetMetricsResponse>(
      [&](grpc::ClientContext* context, v1::GetMetricsResponse* response) {
        return stub_->GetMetrics(context, request, response);
      });
}

absl::StatusOr<v1::CreateCheckpointResponse> AdminClient::CreateCheckpoint(
    const v1::CreateCheckpointRequest& request) const {
  return caller_.Call<v1::CreateCheckpointResponse>(
      [&](grpc::ClientContext* context, v1::CreateCheckpointResponse* response) {
        return stub_->CreateCheckpoint(context, request, response);
      });
}

absl::Status AdminClient::ForEachHistoryEvent(
    const v1::ListHistoryRequest& request,
    const std::function<absl::Status(const v1::HistoryEvent&)>& on_item) const {
  return ForEachPage(
      request, [this](const v1::ListHistoryRequest& page) { return ListHistory(page); },
      [&](const v1::ListHistoryResponse& page) {
        for (const v1::HistoryEvent& item : page.events()) {
          if (absl::Status status = on_item(item); !status.ok()) return status;
        }
        return absl::OkStatus();
      });
}

absl::StatusOr<v1::ImportRecordsResponse> AdminClient::ImportRecords(
    const std::function<bool(v1::Record*)>& next_record,
    const std::function<void(int64_t sent)>& on_progress) const {
  grpc::ClientContext context;
  context.set_deadline(absl::ToChronoTime(absl::Now() + stream_timeout_));
  AddCallMetadata(api_key_, "", &context);
  v1::ImportRecordsResponse response;
  std::unique_ptr<grpc::ClientWriterInterface<v1::ImportRecordsRequest>> writer =
      stub_->ImportRecords(&context, &response);
  v1::ImportRecordsRequest request;
  int64_t sent = 0;
  while (next_record(request.mutable_record())) {
    // Write fails only when the stream is broken; Finish() then says why.
    if (!writer->Write(request)) break;
    ++sent;
    if (on_progress) on_progress(sent);
    request.Clear();
  }
  writer->WritesDone();
  grpc::Status status = writer->Finish();
  if (!status.ok()) return FromGrpcStatus(status);
  return response;
}

absl::Status AdminClient::ExportRecords(
    const v1::ExportRecordsRequest& request,
    const std::function<absl::Status(const v1::Record&)>& on_record) const {
  grpc::ClientContext context;
  context.set_deadline(absl::ToChronoTime(absl::Now() + stream_timeout_));
  AddCallMetadata(api_key_, "", &context);
  std::unique_ptr<grpc::ClientReaderInterface<v1::ExportRecordsResponse>> reader =
      stub_->ExportRecords(&context, request);
  v1::ExportRecordsResponse response;
  absl::Status callback_status;
  while (reader->Read(&response)) {
    callback_status = on_record(response.record());
    if (!callback_status.ok()) {
      context.TryCancel();
      break;
    }
  }
  grpc::Status status = reader->Finish();
  if (!callback_status.ok()) return callback_status;
  return FromGrpcStatus(status);
}

absl::StatusOr<v1::AllocateMarketResponse> AdminClient::AllocateMarket(
    const v1::AllocateMarketRequest& request) const {
  return caller_.Call<v1::AllocateMarketResponse>(
      [&](grpc::ClientContext* context, v1::AllocateMarketResponse* response) {
        return stub_->AllocateMarket(context, request, response);
      });
}

absl::StatusOr<v1::CheckConsistencyResponse> AdminClient::CheckConsistency(
    const v1::CheckConsistencyRequest& request) const {
  return caller_.Call<v1::CheckConsistencyResponse>(
      [&](grpc::ClientContext* context, v1::CheckConsistencyResponse* response) {
        return stub_->CheckConsistency(context, request, response);
      });
}

absl::StatusOr<v1::CreateApiKeyResponse> AdminClient::CreateApiKey(
    const v1::CreateApiKeyRequest& request) const {
  // One attempt only: retrying an UNAVAILABLE create could leave an extra, unseen key.
  grpc::ClientContext context;
  context.set_deadline(absl::ToChronoTime(absl::Now() + call_timeout_));
  AddCallMetadata(api_key_, "", &context);
  v1::CreateApiKeyResponse response;
  grpc::Status status = stub_->CreateApiKey(&context, request, &response);
  if (!status.ok()) return FromGrpcStatus(status);
  return response;
}

absl::StatusOr<v1::ListApiKeysResponse> AdminClient::ListApiKeys(
    const v1::ListApiKeysRequest& request) const {
  return caller_.Call<v1::ListApiKeysResponse>(
      [&](grpc::ClientContext* context, v1::ListApiKeysResponse* response) {
        return stub_->ListApiKeys(context, request, response);
      });
}

absl::Status AdminClient::ForEachApiKey(
    const v1::ListApiKeysRequest& request,
    const std::function<absl::Status(const v1::ApiKey&)>& on_item) const {
  return ForEachPage(
      request, [this](const v1::ListApiKeysRequest& page) { return ListApiKeys(page); },
      [&](const v1::ListApiKeysResponse& page) {
        for (const v1::ApiKey& item : page.api_keys()) {
          if (absl::Status status = on_item(item); !status.ok()) return status;
        }
        return absl::OkStatus();
      });
}

absl::StatusOr<v1::RevokeApiKeyResponse> AdminClient::RevokeApiKey(
    const v1::RevokeApiKeyRequest& request) const {
  // Revoking is idempotent (revoking again is a no-op), so retries are safe.
  return caller_.Call<v1::RevokeApiKeyResponse>(
      [&](grpc::ClientContext* context, v1::RevokeApiKeyResponse* response) {
        return stub_->RevokeApiKey(context, request, response);
      });
}

}  // namespace matchmaker::client
