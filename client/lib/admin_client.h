#ifndef MATCHMAKER_CLIENT_LIB_ADMIN_CLIENT_H_
#define MATCHMAKER_CLIENT_LIB_ADMIN_CLIENT_H_

#include <functional>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "client/lib/client_options.h"
#include "client/lib/unary_caller.h"
#include "matchmaker/v1/admin_service.grpc.pb.h"

namespace matchmaker::client {

// The operators' API: any record, history, statistics, checkpoints, bulk import/export.
// Every method blocks, returns the server's response or its error as an absl::Status
// (field violations decodable with BadRequestOf()), and retries UNAVAILABLE and
// load-shedding refusals with backoff (unary_caller.h).
// Mutations fill an empty request_id with a random one first, so a retry is applied once.
// Thread-safe.
class AdminClient {
 public:
  explicit AdminClient(const ClientOptions& options);
  // For tests: calls go to `stub`.
  AdminClient(std::unique_ptr<v1::AdminService::StubInterface> stub, const ClientOptions& options);

  absl::StatusOr<v1::GetRecordResponse> GetRecord(const v1::GetRecordRequest& request) const;
  absl::StatusOr<v1::ListHistoryResponse> ListHistory(const v1::ListHistoryRequest& request) const;
  absl::StatusOr<v1::GetStatsResponse> GetStats(const v1::GetStatsRequest& request) const;
  // The server's metrics as Prometheus text (docs/OBSERVABILITY.md).
  absl::StatusOr<v1::GetMetricsResponse> GetMetrics(const v1::GetMetricsRequest& request) const;
  // Has no request_id: a retry after a lost response may fail with ALREADY_EXISTS although
  // the checkpoint was written.
  absl::StatusOr<v1::CreateCheckpointResponse> CreateCheckpoint(
      const v1::CreateCheckpointRequest& request) const;

  // Every item of every page of a list, in server order. Stops at the first error of the
  // server or of `on_item`, and returns it.
  absl::Status ForEachHistoryEvent(
      const v1::ListHistoryRequest& request,
      const std::function<absl::Status(const v1::HistoryEvent&)>& on_item) const;

  // Streams the records `next_record` yields (it fills its argument and returns true, or
  // returns false at the end) and reports the number sent so far to `on_progress` after
  // each one. Not retried: the import is not idempotent as a whole.
  absl::StatusOr<v1::ImportRecordsResponse> ImportRecords(
      const std::function<bool(v1::Record*)>& next_record,
      const std::function<void(int64_t sent)>& on_progress = nullptr) const;

  // Streams every record of the requested kinds to `on_record`. An error from `on_record`
  // cancels the call and is returned.
  absl::Status ExportRecords(const v1::ExportRecordsRequest& request,
                             const std::function<absl::Status(const v1::Record&)>& on_record) const;

  // A stable assignment of every open brief's slots to creators (read-only).
  absl::StatusOr<v1::AllocateMarketResponse> AllocateMarket(
      const v1::AllocateMarketRequest& request) const;

  // The live matching index against the database, and the offer invariants (read-only).
  absl::StatusOr<v1::CheckConsistencyResponse> CheckConsistency(
      const v1::CheckConsistencyRequest& request) const;

  // API keys. CreateApiKey has no request_id (the server must not remember a secret): a
  // retry after a lost response makes a second key, so it is not retried.
  absl::StatusOr<v1::CreateApiKeyResponse> CreateApiKey(
      const v1::CreateApiKeyRequest& request) const;
  absl::StatusOr<v1::ListApiKeysResponse> ListApiKeys(const v1::ListApiKeysRequest& request) const;
  // Every page of ListApiKeys, in key id order.
  absl::Status ForEachApiKey(const v1::ListApiKeysRequest& request,
                             const std::function<absl::Status(const v1::ApiKey&)>& on_item) const;
  absl::StatusOr<v1::RevokeApiKeyResponse> RevokeApiKey(
      const v1::RevokeApiKeyRequest& request) const;

 private:
  const std::unique_ptr<v1::AdminService::StubInterface> stub_;
  const std::string api_key_;
  const absl::Duration call_timeout_;
  const absl::Duration stream_timeout_;
  const UnaryCaller caller_;
};

}  // namespace matchmaker::client

#endif  // MATCHMAKER_CLIENT_LIB_ADMIN_CLIENT_H_
