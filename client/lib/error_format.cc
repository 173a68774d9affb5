#include "client/lib/error_format.h"

#include <optional>

#include "absl/strings/str_cat.h"
#include "client/lib/status_conversion.h"

namespace matchmaker::client {

std::string FormatError(const absl::Status& status) {
  if (status.ok()) return "OK";
  std::string text = absl::StrCat(absl::StatusCodeToString(status.code()), ": ", status.message());
  std::optional<google::rpc::BadRequest> bad_request = BadRequestOf(status);
  if (bad_request.has_value()) {
    for (const auto& violation : bad_request->field_violations()) {
      absl::StrAppend(&text, "\n  - ", violation.field(), ": ", violation.description());
    }
  }
  return text;
}

}  // namespace matchmaker::client
