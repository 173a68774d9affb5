#ifndef MATCHMAKER_SERVER_VALIDATION_ADMIN_SERVICE_VALIDATOR_H_
#define MATCHMAKER_SERVER_VALIDATION_ADMIN_SERVICE_VALIDATOR_H_

// One Validate overload per AdminService request (matchmaker/v1/admin_service.proto).
// Same contract as brand_service_validator.h. ImportRecords and ExportRecords are streams:
// validate each ImportRecordsRequest message, and the one ExportRecordsRequest.

#include "absl/status/status.h"
#include "matchmaker/v1/admin_service.pb.h"
#include "server/validation/validation_context.h"

namespace matchmaker::validation {

absl::Status Validate(const v1::GetRecordRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::ListHistoryRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::GetStatsRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::CreateCheckpointRequest& request, const ValidationContext& ctx);
// The record is validated like its Create call, under "record.creator" / "record.brand" /
// "record.brief"; offers are rejected (they carry state-machine history).
absl::Status Validate(const v1::ImportRecordsRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::ExportRecordsRequest& request, const ValidationContext& ctx);

// Matching.
absl::Status Validate(const v1::AllocateMarketRequest& request, const ValidationContext& ctx);

// API keys. principal (required in create, optional filter in list) must be "admin",
// "brand/<id>" or "creator/<id>"; key_id must look like one the server makes ("k_" + 16 hex).
absl::Status Validate(const v1::CreateApiKeyRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::ListApiKeysRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::RevokeApiKeyRequest& request, const ValidationContext& ctx);

// Operations.
absl::Status Validate(const v1::GetMetricsRequest& request, const ValidationContext& ctx);
absl::Status Validate(const v1::CheckConsistencyRequest& request, const ValidationContext& ctx);

}  // namespace matchmaker::validation

#endif  // MATCHMAKER_SERVER_VALIDATION_ADMIN_SERVICE_VALIDATOR_H_
