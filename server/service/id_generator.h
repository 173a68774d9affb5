#ifndef MATCHMAKER_SERVER_SERVICE_ID_GENERATOR_H_
#define MATCHMAKER_SERVER_SERVICE_ID_GENERATOR_H_

// Server-chosen ids. Record ids are a kind prefix plus 12 random hex digits ("cr-", "br-",
// "bf-"); offer ids sort by creation time: "of-" + 16 hex digits of microseconds since the
// epoch (fixed width, so string order is time order) + "-" + 8 random hex digits.

#include <string>

#include "absl/strings/string_view.h"
#include "absl/time/time.h"

namespace matchmaker::service {

inline constexpr absl::string_view kCreatorIdPrefix = "cr-";
inline constexpr absl::string_view kBrandIdPrefix = "br-";
inline constexpr absl::string_view kBriefIdPrefix = "bf-";
inline constexpr absl::string_view kOfferIdPrefix = "of-";

// Thread-safe.
std::string NewRecordId(absl::string_view prefix);
std::string NewOfferId(absl::Time now);

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_ID_GENERATOR_H_
