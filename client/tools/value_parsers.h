#ifndef MATCHMAKER_CLIENT_TOOLS_VALUE_PARSERS_H_
#define MATCHMAKER_CLIENT_TOOLS_VALUE_PARSERS_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "google/protobuf/timestamp.pb.h"
#include "matchmaker/v1/brief.pb.h"
#include "matchmaker/v1/common.pb.h"
#include "matchmaker/v1/creator.pb.h"

namespace matchmaker::tools {

// Parsers of flag values. Each fails with INVALID_ARGUMENT naming the flag (`flag` is its
// name without "--") and what was expected.

absl::StatusOr<int64_t> ParseInt(const std::string& flag, const std::string& text);
absl::StatusOr<double> ParseDouble(const std::string& flag, const std::string& text);
// A fraction in [0, 1]: "0.035" or "3.5%".
absl::StatusOr<double> ParseFraction(const std::string& flag, const std::string& text);
// An amount of money in currency units ("150", "150.5", "1,500.25") as integer cents.
absl::StatusOr<int64_t> ParseMoneyCents(const std::string& flag, const std::string& text);
// "2026-12-24" (midnight UTC) or RFC 3339 ("2026-12-24T18:00:00Z").
absl::StatusOr<google::protobuf::Timestamp> ParseTimestamp(const std::string& flag,
                                                           const std::string& text);
// "food/desserts" (weight 1) or "food/desserts:0.6".
absl::StatusOr<v1::NicheWeight> ParseNiche(const std::string& flag, const std::string& text);
// "instagram:post" or "instagram:post:3" (count, default 1).
absl::StatusOr<v1::Deliverable> ParseDeliverable(const std::string& flag, const std::string& text);
// "flat-fee:1500" (value in currency units), "free-product", "affiliate-commission:0.1"
// (commission rate).
absl::StatusOr<v1::Compensation> ParseCompensation(const std::string& flag,
                                                   const std::string& text);
// "instagram:@jo.bakes:12000" or with average likes and comments:
// "instagram:@jo.bakes:12000:800:40".
absl::StatusOr<v1::PlatformAccount> ParseAccount(const std::string& flag, const std::string& text);
// "instagram:post:250" (price in currency units).
absl::StatusOr<v1::RateCardEntry> ParseRate(const std::string& flag, const std::string& text);
// "US", "US/Austin" or "US/Texas/Austin".
absl::StatusOr<v1::Location> ParseLocation(const std::string& flag, const std::string& text);
// "nutrition:Registered Dietitian".
absl::StatusOr<v1::Credential> ParseCredential(const std::string& flag, const std::string& text);

}  // namespace matchmaker::tools

#endif  // MATCHMAKER_CLIENT_TOOLS_VALUE_PARSERS_H_
