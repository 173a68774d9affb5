#ifndef MATCHMAKER_SERVER_SERVICE_PAGE_TOKEN_H_
#define MATCHMAKER_SERVER_SERVICE_PAGE_TOKEN_H_

// Paging (docs/DEVELOPMENT.md): page_size default 50, max 1000; tokens are opaque to clients
// (web-safe base64 of the last key returned), and an empty next_page_token means last page.

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace matchmaker::service {

inline constexpr int kDefaultPageSize = 50;
inline constexpr int kMaxPageSize = 1000;

// 0 or negative -> the default; above the maximum -> the maximum.
int EffectivePageSize(int32_t requested);

std::string EncodePageToken(absl::string_view last_key);
// The last key of the previous page ("" for an empty token); INVALID_ARGUMENT for a token
// this server did not make.
[[nodiscard]] absl::StatusOr<std::string> DecodePageToken(absl::string_view token);

// History pages are keyed by sequence number.
std::string EncodeSequencePageToken(int64_t last_sequence);
[[nodiscard]] absl::StatusOr<int64_t> DecodeSequencePageToken(absl::string_view token);

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_PAGE_TOKEN_H_
