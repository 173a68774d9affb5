#include "client/lib/request_ids.h"

#include <cstdint>

#include "absl/random/random.h"
#include "absl/strings/str_format.h"

namespace matchmaker::client {

std::string NewRequestId() {
  // One generator per thread: absl::BitGen is not thread-safe and is seeded from the OS.
  thread_local absl::BitGen bit_gen;
  uint64_t high = absl::Uniform<uint64_t>(bit_gen);
  uint64_t low = absl::Uniform<uint64_t>(bit_gen);
  return absl::StrFormat("%016x%016x", high, low);
}

void EnsureRequestId(std::string* request_id) {
  if (request_id->empty()) *request_id = NewRequestId();
}

}  // namespace matchmaker::client
