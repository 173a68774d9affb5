#include "server/service/server_log.h"

#include <cstdio>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"

namespace matchmaker::service {
namespace {

void WriteLine(char severity, absl::string_view message) {
  const std::string line =
      absl::StrCat(std::string(1, severity), " ",
                   absl::FormatTime("%Y-%m-%dT%H:%M:%E3SZ", absl::Now(), absl::UTCTimeZone()), " ",
                   message, "\n");
  // One fwrite per line: stdio locks the stream, so lines never interleave.
  std::fwrite(line.data(), 1, line.size(), stderr);
  std::fflush(stderr);
}

}  // namespace

void LogInfo(absl::string_view message) { WriteLine('I', message); }
void LogError(absl::string_view message) { WriteLine('E', message); }

void LogIfServerError(absl::string_view what, const absl::Status& status) {
  switch (status.code()) {
    case absl::StatusCode::kInternal:
    case absl::StatusCode::kDataLoss:
    case absl::StatusCode::kUnknown:
    case absl::StatusCode::kUnavailable:
    case absl::StatusCode::kResourceExhausted:
      LogError(absl::StrCat(what, ": ", status.ToString()));
      break;
    default:
      break;
  }
}

}  // namespace matchmaker::service
