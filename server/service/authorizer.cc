#include "server/service/authorizer.h"

#include "absl/strings/str_cat.h"

namespace matchmaker::service {

absl::Status Authorizer::AdminOnly(const auth::Principal& principal) {
  if (principal.is_admin()) return absl::OkStatus();
  return absl::PermissionDeniedError(
      absl::StrCat(principal.ToString(), " may not call this method; it needs admin"));
}

}  // namespace matchmaker::service
