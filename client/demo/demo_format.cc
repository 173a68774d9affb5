#include "client/demo/demo_format.h"

#include <cmath>

#include "absl/strings/str_format.h"

namespace matchmaker::demo {

double RoundTo(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
}

double FloorTo(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return std::floor(value * scale) / scale;
}

int64_t RoundPriceCents(double cents) {
  if (cents < 100) return 100;
  const double magnitude = std::pow(10.0, std::floor(std::log10(cents)) - 1);
  return static_cast<int64_t>(std::round(cents / magnitude) * magnitude);
}

std::string PaddedId(const std::string& prefix, int64_t number, int min_width) {
  return absl::StrFormat("%s-%0*d", prefix, min_width, number);
}

google::protobuf::Timestamp TimestampAt(int64_t unix_seconds) {
  google::protobuf::Timestamp timestamp;
  timestamp.set_seconds(unix_seconds);
  return timestamp;
}

}  // namespace matchmaker::demo
