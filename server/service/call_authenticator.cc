#include "server/service/call_authenticator.h"

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace matchmaker::service {
namespace {

constexpr absl::string_view kAuthorization = "authorization";
constexpr absl::string_view kBearer = "bearer ";

}  // namespace

absl::StatusOr<auth::Principal> CallAuthenticator::Authenticate(
    const grpc::ServerContextBase& context) const {
  const auto& metadata = context.client_metadata();
  const auto found = metadata.find(grpc::string_ref(kAuthorization.data(), kAuthorization.size()));
  if (found == metadata.end()) return AuthenticateHeader(nullptr);
  const absl::string_view value(found->second.data(), found->second.size());
  return AuthenticateHeader(&value);
}

absl::StatusOr<auth::Principal> CallAuthenticator::AuthenticateHeader(
    const absl::string_view* authorization) const {
  if (authorization == nullptr) {
    return absl::UnauthenticatedError(
        "missing credentials: send the API key as `authorization: Bearer <key>` metadata");
  }
  // The scheme is case-insensitive (RFC 7235); anything but Bearer is a malformed key.
  absl::string_view value = *authorization;
  if (!absl::StartsWithIgnoreCase(value, kBearer)) {
    return absl::UnauthenticatedError("invalid API key");
  }
  value.remove_prefix(kBearer.size());
  return keys_.Authenticate(absl::StripAsciiWhitespace(value));
}

}  // namespace matchmaker::service
