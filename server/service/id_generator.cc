#include "server/service/id_generator.h"

#include <cstdint>

#include "absl/base/thread_annotations.h"
#include "absl/random/random.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/synchronization/mutex.h"

namespace matchmaker::service {
namespace {

uint64_t RandomBits() {
  static absl::Mutex mu(absl::kConstInit);
  static absl::BitGen* bitgen ABSL_GUARDED_BY(mu) = new absl::BitGen();
  absl::MutexLock lock(&mu);
  return absl::Uniform<uint64_t>(*bitgen);
}

}  // namespace

std::string NewRecordId(absl::string_view prefix) {
  return absl::StrCat(prefix, absl::StrFormat("%012x", RandomBits() & 0xffffffffffffULL));
}

std::string NewOfferId(absl::Time now) {
  const int64_t micros = absl::ToUnixMicros(now);
  return absl::StrCat(kOfferIdPrefix, absl::StrFormat("%016x", static_cast<uint64_t>(micros)), "-",
                      absl::StrFormat("%08x", RandomBits() & 0xffffffffULL));
}

}  // namespace matchmaker::service
