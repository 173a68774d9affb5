#ifndef MATCHMAKER_SERVER_SERVICE_ADMIN_OPERATIONS_H_
#define MATCHMAKER_SERVER_SERVICE_ADMIN_OPERATIONS_H_

// Operators' reads and maintenance: any record, statistics, checkpoints.

#include "absl/status/statusor.h"
#include "matchmaker/v1/admin_service.pb.h"
#include "server/service/operation_context.h"

namespace matchmaker::service {

class AdminOperations {
 public:
  explicit AdminOperations(const OperationContext& ctx) : ctx_(ctx) {}

  // NOT_FOUND when absent. Creators come with fresh derived fields.
  [[nodiscard]] absl::StatusOr<v1::GetRecordResponse> GetRecord(
      const v1::GetRecordRequest& request);
  // Counts per kind, open briefs, offers per state (every state, zeros included), history
  // events, and per creator tier: creators and acceptance rate, where accepted counts offers
  // that reached ACCEPTED (including later COMPLETED / CANCELLED) and decided adds DECLINED.
  [[nodiscard]] absl::StatusOr<v1::GetStatsResponse> GetStats();
  // A consistent, openable copy of the database in a new directory.
  [[nodiscard]] absl::StatusOr<v1::CreateCheckpointResponse> CreateCheckpoint(
      const v1::CreateCheckpointRequest& request);

 private:
  const OperationContext& ctx_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_ADMIN_OPERATIONS_H_
