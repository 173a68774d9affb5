#ifndef MATCHMAKER_SERVER_SERVICE_STREAM_AUTHENTICATION_H_
#define MATCHMAKER_SERVER_SERVICE_STREAM_AUTHENTICATION_H_

// Authentication for the streaming RPCs (ImportRecords, ExportRecords), which do not go
// through RunUnary: checked in the reactor's constructor, before a single message is read or
// written, so an anonymous client cannot make the server buffer or fetch anything. Cheap
// enough for a reaction: a map lookup and one SHA-256, no I/O.

#include "absl/status/statusor.h"
#include "grpcpp/server_context.h"
#include "server/auth/principal.h"
#include "server/service/call_authenticator.h"

namespace matchmaker::service {

// The caller when it is an admin; UNAUTHENTICATED as CallAuthenticator says, PERMISSION_DENIED
// for any other principal (bulk import and export cover every tenant's records).
[[nodiscard]] absl::StatusOr<auth::Principal> AuthenticateAdminStream(
    const CallAuthenticator& authenticator, const grpc::ServerContextBase& context,
    absl::string_view method);

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_STREAM_AUTHENTICATION_H_
