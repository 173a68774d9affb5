#include "server/observability/request_id.h"

#include <cstdint>

#include "absl/random/random.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace matchmaker::observability {

bool IsAcceptableRequestId(absl::string_view id) {
  if (id.empty() || id.size() > kMaxRequestIdLength) return false;
  for (char c : id) {
    if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}

std::string SanitizeRequestId(absl::string_view id) {
  std::string out;
  for (char c : id) {
    if (out.size() == kMaxRequestIdLength) break;
    if (c >= 0x21 && c <= 0x7e) out.push_back(c);
  }
  return out;
}

std::string GenerateRequestId() {
  // One generator per thread: absl::BitGen is not thread-safe, and ids are made on workers.
  thread_local absl::BitGen bits;
  return absl::StrFormat("rq-%016x", absl::Uniform<uint64_t>(bits));
}

}  // namespace matchmaker::observability
