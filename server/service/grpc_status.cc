#include "server/service/grpc_status.h"

#include <string>

#include "absl/strings/cord.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "google/rpc/status.pb.h"

namespace matchmaker::service {
namespace {

constexpr absl::string_view kGoogleRpcTypeUrlPrefix = "type.googleapis.com/google.rpc.";

}  // namespace

grpc::Status ToGrpcStatus(const absl::Status& status) {
  if (status.ok()) return grpc::Status::OK;
  // absl and gRPC share the canonical code numbering.
  const auto code = static_cast<grpc::StatusCode>(static_cast<int>(status.code()));
  const std::string message(status.message());
  // The google.rpc error details among the payloads (BadRequest from validation, RetryInfo
  // from load shedding) travel in the standard grpc-status-details-bin; nothing else does.
  google::rpc::Status details;
  status.ForEachPayload([&](absl::string_view type_url, const absl::Cord& payload) {
    if (!absl::StartsWith(type_url, kGoogleRpcTypeUrlPrefix)) return;
    google::protobuf::Any* any = details.add_details();
    any->set_type_url(std::string(type_url));
    any->set_value(std::string(payload));
  });
  if (details.details().empty()) return grpc::Status(code, message);
  details.set_code(static_cast<int>(status.code()));
  details.set_message(message);
  return grpc::Status(code, message, details.SerializeAsString());
}

}  // namespace matchmaker::service
