#ifndef MATCHMAKER_SERVER_VALIDATION_FIELD_VIOLATIONS_H_
#define MATCHMAKER_SERVER_VALIDATION_FIELD_VIOLATIONS_H_

// Field-level errors for bad input. Every INVALID_ARGUMENT the server returns carries a
// google.rpc.BadRequest payload, so clients can point at the offending field instead of
// parsing prose (docs/DEVELOPMENT.md, "Field violations").

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "google/rpc/error_details.pb.h"

namespace matchmaker::validation {

// The payload key of the BadRequest on an absl::Status; the gRPC conversion packs payloads
// under their type URL into google.rpc.Status.details, so this must be the Any type URL.
inline constexpr absl::string_view kBadRequestTypeUrl = "type.googleapis.com/google.rpc.BadRequest";

// Collects every violation of one request, so a client fixes them all in one round trip.
class FieldViolations {
 public:
  // `field` is a path of proto field names with indexes, e.g.
  // "creator.accounts[0].followers"; `description` says why, e.g. "must be >= 0".
  void Add(absl::string_view field, absl::string_view description);

  bool empty() const { return all_.field_violations().empty(); }
  std::size_t size() const { return all_.field_violations_size(); }
  // Every violation added, in order.
  const google::rpc::BadRequest& all() const { return all_; }

  // OK when nothing was added. Otherwise INVALID_ARGUMENT with the message
  // "<summary>: <first field>: <first description> (and N more)" and a BadRequest payload
  // holding the first kMaxFieldViolations violations.
  absl::Status ToStatus(absl::string_view summary) const;

 private:
  google::rpc::BadRequest all_;
};

// INVALID_ARGUMENT for one field, for errors found after validation (e.g. by the service,
// once it knows the stored record). Same shape as FieldViolations::ToStatus.
absl::Status InvalidArgumentForField(absl::string_view field, absl::string_view description);

// The BadRequest carried by `status`, or nullopt when there is none (or it does not parse).
std::optional<google::rpc::BadRequest> BadRequestFromStatus(const absl::Status& status);

}  // namespace matchmaker::validation

#endif  // MATCHMAKER_SERVER_VALIDATION_FIELD_VIOLATIONS_H_
