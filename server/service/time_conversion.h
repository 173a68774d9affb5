#ifndef MATCHMAKER_SERVER_SERVICE_TIME_CONVERSION_H_
#define MATCHMAKER_SERVER_SERVICE_TIME_CONVERSION_H_

// google.protobuf.Timestamp <-> absl::Time.

#include <cstdint>

#include "absl/time/time.h"
#include "google/protobuf/timestamp.pb.h"

namespace matchmaker::service {

inline google::protobuf::Timestamp ToTimestamp(absl::Time time) {
  google::protobuf::Timestamp timestamp;
  const int64_t nanos = absl::ToUnixNanos(time);
  int64_t seconds = nanos / 1000000000;
  int64_t remainder = nanos % 1000000000;
  if (remainder < 0) {
    remainder += 1000000000;
    --seconds;
  }
  timestamp.set_seconds(seconds);
  timestamp.set_nanos(static_cast<int32_t>(remainder));
  return timestamp;
}

inline absl::Time FromTimestamp(const google::protobuf::Timestamp& timestamp) {
  return absl::FromUnixSeconds(timestamp.seconds()) + absl::Nanoseconds(timestamp.nanos());
}

// A set timestamp is any non-zero one (proto3 has no presence for the default value).
inline bool IsSet(const google::protobuf::Timestamp& timestamp) {
  return timestamp.seconds() != 0 || timestamp.nanos() != 0;
}

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_TIME_CONVERSION_H_
