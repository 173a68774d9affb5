#ifndef MATCHMAKER_SERVER_SERVICE_SERVER_LOG_H_
#define MATCHMAKER_SERVER_SERVICE_SERVER_LOG_H_

// Concise one-line logs on stderr (Debian's Abseil has no absl/log):
//   "I 2024-05-01T12:00:00.123Z listening on 127.0.0.1:50051"
// Lines from concurrent threads never interleave.

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace matchmaker::service {

void LogInfo(absl::string_view message);
void LogError(absl::string_view message);

// Logs `status` when it is the server's fault or trouble (INTERNAL, DATA_LOSS, UNKNOWN,
// UNAVAILABLE, RESOURCE_EXHAUSTED); the caller's mistakes are the caller's to report.
void LogIfServerError(absl::string_view what, const absl::Status& status);

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_SERVER_LOG_H_
