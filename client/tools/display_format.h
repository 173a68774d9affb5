#ifndef MATCHMAKER_CLIENT_TOOLS_DISPLAY_FORMAT_H_
#define MATCHMAKER_CLIENT_TOOLS_DISPLAY_FORMAT_H_

#include <cstdint>
#include <string>

#include "google/protobuf/timestamp.pb.h"

namespace matchmaker::tools {

// How values look in tables.

// 123456 cents -> "1,234.56"; amounts are in the deployment's single currency.
std::string FormatCents(int64_t cents);
// 1234567 -> "1.2M", 45300 -> "45.3k", 950 -> "950".
std::string FormatCount(int64_t count);
// "2026-12-24 18:00" (UTC); "-" when unset.
std::string FormatTime(const google::protobuf::Timestamp& timestamp);
// 0.0351 -> "3.51%".
std::string FormatPercent(double fraction);

}  // namespace matchmaker::tools

#endif  // MATCHMAKER_CLIENT_TOOLS_DISPLAY_FORMAT_H_
