#ifndef MATCHMAKER_SERVER_SERVICE_API_KEY_OPERATIONS_H_
#define MATCHMAKER_SERVER_SERVICE_API_KEY_OPERATIONS_H_

// AdminService's API key calls over the key registry. Requests arrive validated (principal
// syntax, paging) and from an admin (the Authorizer's fallback for these request types).

#include "absl/status/statusor.h"
#include "matchmaker/v1/admin_service.pb.h"
#include "server/auth/key_registry.h"
#include "server/service/operation_context.h"

namespace matchmaker::service {

class ApiKeyOperations {
 public:
  // Both must outlive this.
  ApiKeyOperations(const OperationContext& ctx, auth::KeyRegistry& keys) : ctx_(ctx), keys_(keys) {}

  [[nodiscard]] absl::StatusOr<v1::CreateApiKeyResponse> Create(
      const v1::CreateApiKeyRequest& request);
  [[nodiscard]] absl::StatusOr<v1::ListApiKeysResponse> List(
      const v1::ListApiKeysRequest& request) const;
  [[nodiscard]] absl::StatusOr<v1::RevokeApiKeyResponse> Revoke(
      const v1::RevokeApiKeyRequest& request);

 private:
  const OperationContext& ctx_;
  auth::KeyRegistry& keys_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_API_KEY_OPERATIONS_H_
