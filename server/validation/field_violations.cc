#include "server/validation/field_violations.h"

#include <string>
#include <utility>

#include "absl/strings/cord.h"
#include "absl/strings/str_cat.h"
#include "absl/types/optional.h"
#include "server/validation/limits.h"

namespace matchmaker::validation {
namespace {

absl::Status WithPayload(std::string message, const google::rpc::BadRequest& bad_request) {
  absl::Status status = absl::InvalidArgumentError(message);
  status.SetPayload(kBadRequestTypeUrl, absl::Cord(bad_request.SerializeAsString()));
  return status;
}

}  // namespace

void FieldViolations::Add(absl::string_view field, absl::string_view description) {
  google::rpc::BadRequest::FieldViolation* violation = all_.add_field_violations();
  violation->set_field(std::string(field));
  violation->set_description(std::string(description));
}

absl::Status FieldViolations::ToStatus(absl::string_view summary) const {
  if (empty()) return absl::OkStatus();
  const google::rpc::BadRequest::FieldViolation& first = all_.field_violations(0);
  std::string message = absl::StrCat(summary, ": ", first.field(), ": ", first.description());
  if (size() > 1) absl::StrAppend(&message, " (and ", size() - 1, " more)");
  if (size() <= kMaxFieldViolations) return WithPayload(std::move(message), all_);
  // The payload travels in a gRPC trailer, and trailers above the peer's metadata limit make
  // the whole call fail: beyond the cap, violations are only counted in the message.
  google::rpc::BadRequest capped;
  capped.mutable_field_violations()->Reserve(kMaxFieldViolations);
  for (std::size_t i = 0; i < kMaxFieldViolations; ++i) {
    *capped.add_field_violations() = all_.field_violations(static_cast<int>(i));
  }
  return WithPayload(std::move(message), capped);
}

absl::Status InvalidArgumentForField(absl::string_view field, absl::string_view description) {
  FieldViolations violations;
  violations.Add(field, description);
  return WithPayload(absl::StrCat(field, ": ", description), violations.all());
}

std::optional<google::rpc::BadRequest> BadRequestFromStatus(const absl::Status& status) {
  auto payload = status.GetPayload(kBadRequestTypeUrl);
  if (!payload.has_value()) return std::nullopt;
  google::rpc::BadRequest bad_request;
  if (!bad_request.ParseFromString(std::string(*payload))) return std::nullopt;
  return bad_request;
}

}  // namespace matchmaker::validation
