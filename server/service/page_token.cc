#include "server/service/page_token.h"

#include "absl/status/status.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "server/validation/field_violations.h"

namespace matchmaker::service {
namespace {

// Distinguishes our tokens from arbitrary base64.
constexpr absl::string_view kTokenPrefix = "mm1:";

absl::Status BadToken() {
  return validation::InvalidArgumentForField("page_token",
                                             "not a page token returned by this server");
}

}  // namespace

int EffectivePageSize(int32_t requested) {
  if (requested <= 0) return kDefaultPageSize;
  if (requested > kMaxPageSize) return kMaxPageSize;
  return requested;
}

std::string EncodePageToken(absl::string_view last_key) {
  return absl::WebSafeBase64Escape(absl::StrCat(kTokenPrefix, last_key));
}

absl::StatusOr<std::string> DecodePageToken(absl::string_view token) {
  if (token.empty()) return std::string();
  std::string decoded;
  if (!absl::WebSafeBase64Unescape(token, &decoded) || !absl::StartsWith(decoded, kTokenPrefix)) {
    return BadToken();
  }
  return decoded.substr(kTokenPrefix.size());
}

std::string EncodeSequencePageToken(int64_t last_sequence) {
  return EncodePageToken(absl::StrCat(last_sequence));
}

absl::StatusOr<int64_t> DecodeSequencePageToken(absl::string_view token) {
  if (token.empty()) return 0;
  absl::StatusOr<std::string> key = DecodePageToken(token);
  if (!key.ok()) return key.status();
  int64_t sequence = 0;
  if (!absl::SimpleAtoi(*key, &sequence) || sequence < 0) return BadToken();
  return sequence;
}

}  // namespace matchmaker::service
