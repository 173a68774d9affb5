#ifndef MATCHMAKER_CLIENT_LIB_ERROR_FORMAT_H_
#define MATCHMAKER_CLIENT_LIB_ERROR_FORMAT_H_

#include <string>

#include "absl/status/status.h"

namespace matchmaker::client {

// An error for humans: "CODE_NAME: message", then one line "  - field: description" per
// field violation the status carries. Ends without a newline. "OK" for an ok status.
std::string FormatError(const absl::Status& status);

}  // namespace matchmaker::client

#endif  // MATCHMAKER_CLIENT_LIB_ERROR_FORMAT_H_
