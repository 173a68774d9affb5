#include "server/service/retry_hint.h"

#include <cstdint>
#include <string>

#include "absl/strings/cord.h"
#include "google/rpc/error_details.pb.h"

namespace matchmaker::service {

absl::Status WithRetryHint(absl::Status status, absl::Duration delay) {
  google::rpc::RetryInfo info;
  const int64_t nanos = absl::ToInt64Nanoseconds(delay);
  info.mutable_retry_delay()->set_seconds(nanos / 1000000000);
  info.mutable_retry_delay()->set_nanos(static_cast<int32_t>(nanos % 1000000000));
  status.SetPayload(kRetryInfoTypeUrl, absl::Cord(info.SerializeAsString()));
  return status;
}

}  // namespace matchmaker::service
