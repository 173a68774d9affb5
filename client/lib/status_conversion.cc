#include "client/lib/status_conversion.h"

#include <string>

#include "absl/strings/cord.h"
#include "google/rpc/status.pb.h"

namespace matchmaker::client {

absl::Status FromGrpcStatus(const grpc::Status& status) {
  if (status.ok()) return absl::OkStatus();
  // grpc::StatusCode and absl::StatusCode share the canonical numbering.
  absl::Status converted(static_cast<absl::StatusCode>(status.error_code()),
                         status.error_message());
  if (status.error_details().empty()) return converted;
  google::rpc::Status details;
  if (!details.ParseFromString(status.error_details())) return converted;
  for (const google::protobuf::Any& detail : details.details()) {
    converted.SetPayload(detail.type_url(), absl::Cord(detail.value()));
  }
  return converted;
}

std::optional<google::rpc::BadRequest> BadRequestOf(const absl::Status& status) {
  auto payload = status.GetPayload(kBadRequestTypeUrl);
  if (!payload.has_value()) return std::nullopt;
  google::rpc::BadRequest bad_request;
  if (!bad_request.ParseFromString(std::string(*payload))) return std::nullopt;
  return bad_request;
}

std::optional<absl::Duration> RetryDelayOf(const absl::Status& status) {
  auto payload = status.GetPayload(kRetryInfoTypeUrl);
  if (!payload.has_value()) return std::nullopt;
  google::rpc::RetryInfo retry_info;
  if (!retry_info.ParseFromString(std::string(*payload))) return std::nullopt;
  return absl::Seconds(retry_info.retry_delay().seconds()) +
         absl::Nanoseconds(retry_info.retry_delay().nanos());
}

}  // namespace matchmaker::client
