#include "client/tools/display_format.h"

#include <cstdlib>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/time.h"

namespace matchmaker::tools {

std::string FormatCents(int64_t cents) {
  const bool negative = cents < 0;
  const uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(cents) : cents;
  std::string units = absl::StrCat(magnitude / 100);
  for (int i = static_cast<int>(units.size()) - 3; i > 0; i -= 3) units.insert(i, ",");
  return absl::StrFormat("%s%s.%02d", negative ? "-" : "", units, magnitude % 100);
}

std::string FormatCount(int64_t count) {
  const double value = static_cast<double>(count);
  if (std::llabs(count) >= 1'000'000'000) return absl::StrFormat("%.1fB", value / 1e9);
  if (std::llabs(count) >= 1'000'000) return absl::StrFormat("%.1fM", value / 1e6);
  if (std::llabs(count) >= 10'000) return absl::StrFormat("%.1fk", value / 1e3);
  return absl::StrCat(count);
}

std::string FormatTime(const google::protobuf::Timestamp& timestamp) {
  if (timestamp.seconds() == 0 && timestamp.nanos() == 0) return "-";
  return absl::FormatTime("%Y-%m-%d %H:%M", absl::FromUnixSeconds(timestamp.seconds()),
                          absl::UTCTimeZone());
}

std::string FormatPercent(double fraction) { return absl::StrFormat("%.2f%%", fraction * 100); }

}  // namespace matchmaker::tools
