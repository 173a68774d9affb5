#ifndef MATCHMAKER_SERVER_SERVICE_AUTHORIZER_H_
#define MATCHMAKER_SERVER_SERVICE_AUTHORIZER_H_

// What a principal may do: one Authorize overload per request type, run after validation and
// before the operation. Admin may do everything. A request may be narrowed in place (a brand's
// ListOffers without brand_id is scoped to its own brand).
//
// Leaks: a record that exists but belongs to another tenant is answered exactly as a record
// that does not exist (same code, same message), so ids cannot be probed.

#include "absl/status/status.h"
#include "server/auth/principal.h"
#include "server/service/operation_context.h"

namespace matchmaker::service {

class Authorizer {
 public:
  // `ctx` must outlive this; its store is read for ownership (brief → brand, offer → both).
  explicit Authorizer(const OperationContext& ctx) : ctx_(ctx) {}

  // Fallback for request types without their own overload: admin only.
  template <typename Request>
  [[nodiscard]] absl::Status Authorize(const auth::Principal& principal, Request& request) const {
    return AdminOnly(principal);
  }

 private:
  [[nodiscard]] static absl::Status AdminOnly(const auth::Principal& principal);

  const OperationContext& ctx_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_AUTHORIZER_H_
