#ifndef MATCHMAKER_CLIENT_LIB_CALL_METADATA_H_
#define MATCHMAKER_CLIENT_LIB_CALL_METADATA_H_

// The metadata every call carries: `authorization: Bearer <API key>` (when the client has a
// key) and `x-request-id`, which the server logs with the call. A mutation's x-request-id is
// its request_id, so the log line of each retry names the same request; other calls get a
// fresh random id.

#include <string>

#include "absl/strings/string_view.h"
#include "grpcpp/client_context.h"

namespace matchmaker::client {

inline constexpr char kAuthorizationHeader[] = "authorization";
inline constexpr char kRequestIdHeader[] = "x-request-id";

// Adds both headers to `context`; `request_id` empty: a new random one (NewRequestId).
void AddCallMetadata(absl::string_view api_key, absl::string_view request_id,
                     grpc::ClientContext* context);

}  // namespace matchmaker::client

#endif  // MATCHMAKER_CLIENT_LIB_CALL_METADATA_H_
