#include "server/service/stream_authentication.h"

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace matchmaker::service {

absl::StatusOr<auth::Principal> AuthenticateAdminStream(const CallAuthenticator& authenticator,
                                                        const grpc::ServerContextBase& context,
                                                        absl::string_view method) {
  absl::StatusOr<auth::Principal> caller = authenticator.Authenticate(context);
  if (!caller.ok()) return caller.status();
  if (!caller->is_admin()) {
    return absl::PermissionDeniedError(
        absl::StrCat(caller->ToString(), " may not call ", method, ": admin only"));
  }
  return caller;
}

}  // namespace matchmaker::service
