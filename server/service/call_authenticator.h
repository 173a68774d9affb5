#ifndef MATCHMAKER_SERVER_SERVICE_CALL_AUTHENTICATOR_H_
#define MATCHMAKER_SERVER_SERVICE_CALL_AUTHENTICATOR_H_

// Who a call comes from: reads `authorization: Bearer <key>` metadata and resolves the key
// to its principal. UNAUTHENTICATED for a missing, malformed, unknown or revoked key; the
// message never says which of those it was beyond "missing" vs "invalid".

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "grpcpp/server_context.h"
#include "server/auth/key_registry.h"
#include "server/auth/principal.h"

namespace matchmaker::service {

class CallAuthenticator {
 public:
  // `keys` must outlive this authenticator.
  explicit CallAuthenticator(const auth::KeyRegistry& keys) : keys_(keys) {}

  [[nodiscard]] absl::StatusOr<auth::Principal> Authenticate(
      const grpc::ServerContextBase& context) const;

  // The same for the value of the `authorization` header (nullptr: none was sent).
  [[nodiscard]] absl::StatusOr<auth::Principal> AuthenticateHeader(
      const absl::string_view* authorization) const;

 private:
  const auth::KeyRegistry& keys_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_CALL_AUTHENTICATOR_H_
