#ifndef MATCHMAKER_SERVER_SERVICE_BRIEF_OPERATIONS_H_
#define MATCHMAKER_SERVER_SERVICE_BRIEF_OPERATIONS_H_

// Briefs, as their brand manages them: create, read, update, list, delete. Requests are
// assumed validated. A brief created without a status starts as DRAFT.

#include "absl/status/statusor.h"
#include "matchmaker/v1/brand_service.pb.h"
#include "server/service/operation_context.h"

namespace matchmaker::service {

class BriefOperations {
 public:
  explicit BriefOperations(const OperationContext& ctx) : ctx_(ctx) {}

  // NOT_FOUND (naming brief.brand_id) when the brand does not exist; ALREADY_EXISTS for a
  // taken id; an empty id gets a generated "bf-..." one.
  [[nodiscard]] absl::StatusOr<v1::CreateBriefResponse> Create(
      const v1::CreateBriefRequest& request);
  [[nodiscard]] absl::StatusOr<v1::GetBriefResponse> Get(const v1::GetBriefRequest& request);
  // NOT_FOUND, ABORTED on a stale etag, INVALID_ARGUMENT when brand_id would change or the
  // merged brief is invalid.
  [[nodiscard]] absl::StatusOr<v1::UpdateBriefResponse> Update(
      const v1::UpdateBriefRequest& request);
  [[nodiscard]] absl::StatusOr<v1::ListBriefsResponse> List(const v1::ListBriefsRequest& request);
  // FAILED_PRECONDITION while the brief has live offers.
  [[nodiscard]] absl::StatusOr<v1::DeleteBriefResponse> Delete(
      const v1::DeleteBriefRequest& request);

 private:
  const OperationContext& ctx_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_BRIEF_OPERATIONS_H_
