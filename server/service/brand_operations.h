#ifndef MATCHMAKER_SERVER_SERVICE_BRAND_OPERATIONS_H_
#define MATCHMAKER_SERVER_SERVICE_BRAND_OPERATIONS_H_

// Brands: create, read, update, list, delete. Requests are assumed validated
// (server/validation); these add the rules that need stored state.

#include "absl/status/statusor.h"
#include "matchmaker/v1/brand_service.pb.h"
#include "server/service/operation_context.h"

namespace matchmaker::service {

class BrandOperations {
 public:
  explicit BrandOperations(const OperationContext& ctx) : ctx_(ctx) {}

  // ALREADY_EXISTS for a taken id; an empty id gets a generated "br-..." one.
  [[nodiscard]] absl::StatusOr<v1::CreateBrandResponse> Create(
      const v1::CreateBrandRequest& request);
  [[nodiscard]] absl::StatusOr<v1::GetBrandResponse> Get(const v1::GetBrandRequest& request);
  // NOT_FOUND, ABORTED on a stale etag, INVALID_ARGUMENT when the merged brand is invalid.
  [[nodiscard]] absl::StatusOr<v1::UpdateBrandResponse> Update(
      const v1::UpdateBrandRequest& request);
  [[nodiscard]] absl::StatusOr<v1::ListBrandsResponse> List(const v1::ListBrandsRequest& request);
  // FAILED_PRECONDITION while the brand has briefs.
  [[nodiscard]] absl::StatusOr<v1::DeleteBrandResponse> Delete(
      const v1::DeleteBrandRequest& request);

 private:
  const OperationContext& ctx_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_BRAND_OPERATIONS_H_
