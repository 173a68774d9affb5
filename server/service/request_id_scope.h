#ifndef MATCHMAKER_SERVER_SERVICE_REQUEST_ID_SCOPE_H_
#define MATCHMAKER_SERVER_SERVICE_REQUEST_ID_SCOPE_H_

// A mutation's request_id is the caller's idempotency key, so it belongs to the caller: the
// response remembered for it must be replayed only to the principal that made the request.
// Otherwise another tenant sending the same request_id (guessed, or simply a common client's
// counter) would receive the first tenant's remembered response — their offer, their brief.
// RunUnary therefore prefixes the principal before the operation sees the request.

#include <string>
#include <type_traits>
#include <utility>

#include "absl/strings/str_cat.h"
#include "server/auth/principal.h"

namespace matchmaker::service {

template <typename T, typename = void>
struct HasRequestId : std::false_type {};
template <typename T>
struct HasRequestId<T, std::void_t<decltype(std::declval<T&>().set_request_id(std::string()))>>
    : std::true_type {};

// "brand/acme|<request_id>"; requests without a request_id (or with an empty one) are unchanged.
template <typename Request>
void ScopeRequestIdToPrincipal(const auth::Principal& principal, Request& request) {
  if constexpr (HasRequestId<Request>::value) {
    if (!request.request_id().empty()) {
      request.set_request_id(absl::StrCat(principal.ToString(), "|", request.request_id()));
    }
  }
}

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_REQUEST_ID_SCOPE_H_
