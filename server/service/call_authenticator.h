#ifndef MATCHMAKER_SERVER_SERVICE_CALL_AUTHENTICATOR_H_
#define MATCHMAKER_SERVER_SERVICE_CALL_AUTHENTICATOR_H_

// Who a call comes from: reads `authorization: Bearer <key>` metadata and resolves the key
// to its principal. UNAUTHENTICATED for a missing, malformed, unknown or revoked key; the
// message never says which of those it was beyond "missing" vs "invalid".

#include "absl/status/statusor.h"
#include "grpcpp/server_context.h"
#include "server/auth/principal.h"

namespace matchmaker::service {

class CallAuthenticator {
 public:
  // SKELETON: every call is admin until the key registry lands (issue 4, authentication).
  CallAuthenticator() = default;

  [[nodiscard]] absl::StatusOr<auth::Principal> Authenticate(
      const grpc::ServerContextBase& context) const;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_CALL_AUTHENTICATOR_H_
