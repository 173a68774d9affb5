#ifndef MATCHMAKER_SERVER_SERVICE_ETAG_H_
#define MATCHMAKER_SERVER_SERVICE_ETAG_H_

// Etags: opaque strings that change on every write of a record (optimistic concurrency).
// An etag is the hex of a stable hash of the record as written (its update_time included, so
// two writes of the same content still differ); it is stored with the record.

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/message.h"

namespace matchmaker::service {

// The next etag for `record`, computed before its etag field is replaced (so the previous etag
// is hashed in too, and a write that repeats content and timestamp still gets a new etag).
std::string ComputeEtag(const google::protobuf::Message& record);

// OK when `expected` is empty or equals `current`; ABORTED ("re-read and retry") otherwise.
[[nodiscard]] absl::Status CheckEtag(absl::string_view what, absl::string_view expected,
                                     absl::string_view current);

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_ETAG_H_
