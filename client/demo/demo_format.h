#ifndef MATCHMAKER_CLIENT_DEMO_DEMO_FORMAT_H_
#define MATCHMAKER_CLIENT_DEMO_DEMO_FORMAT_H_

#include <cstdint>
#include <string>

#include "google/protobuf/timestamp.pb.h"

namespace matchmaker::demo {

// Small numeric helpers shared by the generators.

// `value` rounded to `decimals` decimals.
double RoundTo(double value, int decimals);
// `value` rounded down to `decimals` decimals: shares rounded this way never sum above 1.
double FloorTo(double value, int decimals);
// A price rounded to two significant digits ("$1,234.56" -> "$1,200.00"), as people quote.
int64_t RoundPriceCents(double cents);
// "creator-00042" with at least `min_width` digits.
std::string PaddedId(const std::string& prefix, int64_t number, int min_width);
google::protobuf::Timestamp TimestampAt(int64_t unix_seconds);

constexpr int64_t kSecondsPerDay = 86400;

}  // namespace matchmaker::demo

#endif  // MATCHMAKER_CLIENT_DEMO_DEMO_FORMAT_H_
