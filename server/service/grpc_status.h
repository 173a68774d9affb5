#ifndef MATCHMAKER_SERVER_SERVICE_GRPC_STATUS_H_
#define MATCHMAKER_SERVER_SERVICE_GRPC_STATUS_H_

// The one place where absl::Status becomes grpc::Status (see docs/DEVELOPMENT.md).

#include "absl/status/status.h"
#include "grpcpp/support/status.h"

namespace matchmaker::service {

// Same canonical code and message. When `status` carries a google.rpc.BadRequest payload
// (type URL type.googleapis.com/google.rpc.BadRequest), the result's error_details() holds a
// serialized google.rpc.Status {code, message, details: [Any(BadRequest)]}, which gRPC sends
// as the grpc-status-details-bin trailer.
[[nodiscard]] grpc::Status ToGrpcStatus(const absl::Status& status);

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_GRPC_STATUS_H_
