#ifndef MATCHMAKER_CLIENT_LIB_STATUS_CONVERSION_H_
#define MATCHMAKER_CLIENT_LIB_STATUS_CONVERSION_H_

#include <optional>

#include "absl/status/status.h"
#include "absl/time/time.h"
#include "google/rpc/error_details.pb.h"
#include "grpcpp/support/status.h"

namespace matchmaker::client {

// Type URL under which a serialized google.rpc.BadRequest travels as an absl::Status payload
// (the same URL the server uses, see docs/DEVELOPMENT.md).
inline constexpr char kBadRequestTypeUrl[] = "type.googleapis.com/google.rpc.BadRequest";
inline constexpr char kRetryInfoTypeUrl[] = "type.googleapis.com/google.rpc.RetryInfo";

// The client side's one grpc -> absl conversion. Code and message are kept; every detail of
// the google.rpc.Status in `status.error_details()` becomes a payload keyed by its type URL,
// so a google.rpc.BadRequest stays decodable with BadRequestOf().
absl::Status FromGrpcStatus(const grpc::Status& status);

// The field violations `status` carries, if any.
std::optional<google::rpc::BadRequest> BadRequestOf(const absl::Status& status);

// The google.rpc.RetryInfo delay `status` carries: the server's word that the call did nothing
// and may be retried after that long (a refusal for load); nullopt when there is none.
std::optional<absl::Duration> RetryDelayOf(const absl::Status& status);

}  // namespace matchmaker::client

#endif  // MATCHMAKER_CLIENT_LIB_STATUS_CONVERSION_H_
