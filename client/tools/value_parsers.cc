#include "client/tools/value_parsers.h"

#include <cmath>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/time/time.h"
#include "client/tools/enum_names.h"

namespace matchmaker::tools {
namespace {

absl::Status Bad(const std::string& flag, const std::string& text, const std::string& expected) {
  return absl::InvalidArgumentError(
      absl::StrCat("--", flag, " \"", text, "\": expected ", expected));
}

template <typename E>
absl::StatusOr<E> EnumOf(const std::string& flag, const std::string& text) {
  absl::StatusOr<E> value = ParseEnum<E>(text);
  if (!value.ok())
    return absl::InvalidArgumentError(absl::StrCat("--", flag, ": ", value.status().message()));
  return value;
}

std::vector<std::string> Parts(const std::string& text, int max_parts) {
  return absl::StrSplit(text, absl::MaxSplits(':', max_parts - 1));
}

}  // namespace

absl::StatusOr<int64_t> ParseInt(const std::string& flag, const std::string& text) {
  int64_t value = 0;
  if (!absl::SimpleAtoi(absl::StrReplaceAll(text, {{",", ""}, {"_", ""}}), &value)) {
    return Bad(flag, text, "an integer");
  }
  return value;
}

absl::StatusOr<double> ParseDouble(const std::string& flag, const std::string& text) {
  double value = 0;
  if (!absl::SimpleAtod(text, &value) || !std::isfinite(value)) return Bad(flag, text, "a number");
  return value;
}

absl::StatusOr<double> ParseFraction(const std::string& flag, const std::string& text) {
  absl::string_view number = text;
  const bool percent = absl::ConsumeSuffix(&number, "%");
  double value = 0;
  if (!absl::SimpleAtod(number, &value) || !std::isfinite(value)) {
    return Bad(flag, text, "a fraction like 0.035 or 3.5%");
  }
  if (percent) value /= 100.0;
  if (value < 0 || value > 1) return Bad(flag, text, "a fraction between 0 and 1 (or 0%-100%)");
  return value;
}

absl::StatusOr<int64_t> ParseMoneyCents(const std::string& flag, const std::string& text) {
  std::string clean = absl::StrReplaceAll(text, {{",", ""}, {"_", ""}, {"$", ""}});
  std::vector<std::string> parts = absl::StrSplit(clean, '.');
  int64_t units = 0;
  int64_t cents = 0;
  const auto all_digits = [](const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
      return absl::ascii_isdigit(static_cast<unsigned char>(c));
    });
  };
  if (parts.size() > 2 || !all_digits(parts[0]) || !absl::SimpleAtoi(parts[0], &units) ||
      (parts.size() == 2 && (parts[1].size() > 2 || !all_digits(parts[1])))) {
    return Bad(flag, text, "an amount like 150 or 150.50 (currency units, not cents)");
  }
  if (parts.size() == 2) {
    // One or two digits, checked above, so this cannot fail.
    if (!absl::SimpleAtoi(parts[1], &cents)) cents = 0;
    if (parts[1].size() == 1) cents *= 10;
  }
  return units * 100 + cents;
}

absl::StatusOr<google::protobuf::Timestamp> ParseTimestamp(const std::string& flag,
                                                           const std::string& text) {
  absl::Time time;
  std::string error;
  if (!absl::ParseTime("%Y-%m-%d", text, absl::UTCTimeZone(), &time, &error) &&
      !absl::ParseTime(absl::RFC3339_full, text, &time, &error)) {
    return Bad(flag, text, "a date like 2026-12-24 or 2026-12-24T18:00:00Z");
  }
  google::protobuf::Timestamp timestamp;
  timestamp.set_seconds(absl::ToUnixSeconds(time));
  return timestamp;
}

absl::StatusOr<v1::NicheWeight> ParseNiche(const std::string& flag, const std::string& text) {
  std::vector<std::string> parts = Parts(text, 2);
  v1::NicheWeight niche;
  niche.set_niche(parts[0]);
  niche.set_weight(1.0);
  if (parts.size() == 2) {
    absl::StatusOr<double> weight = ParseFraction(flag, parts[1]);
    if (!weight.ok()) return Bad(flag, text, "a niche like food/desserts or food/desserts:0.6");
    niche.set_weight(*weight);
  }
  return niche;
}

absl::StatusOr<v1::Deliverable> ParseDeliverable(const std::string& flag, const std::string& text) {
  std::vector<std::string> parts = Parts(text, 3);
  if (parts.size() < 2) return Bad(flag, text, "PLATFORM:KIND[:COUNT], e.g. instagram:post:2");
  v1::Deliverable deliverable;
  absl::StatusOr<v1::Platform> platform = EnumOf<v1::Platform>(flag, parts[0]);
  if (!platform.ok()) return platform.status();
  absl::StatusOr<v1::DeliverableKind> kind = EnumOf<v1::DeliverableKind>(flag, parts[1]);
  if (!kind.ok()) return kind.status();
  deliverable.set_platform(*platform);
  deliverable.set_kind(*kind);
  deliverable.set_count(1);
  if (parts.size() == 3) {
    absl::StatusOr<int64_t> count = ParseInt(flag, parts[2]);
    if (!count.ok()) return count.status();
    deliverable.set_count(static_cast<int32_t>(*count));
  }
  return deliverable;
}

absl::StatusOr<v1::Compensation> ParseCompensation(const std::string& flag,
                                                   const std::string& text) {
  std::vector<std::string> parts = Parts(text, 2);
  v1::Compensation compensation;
  absl::StatusOr<v1::CompensationKind> kind = EnumOf<v1::CompensationKind>(flag, parts[0]);
  if (!kind.ok()) return kind.status();
  compensation.set_kind(*kind);
  if (parts.size() == 2) {
    if (*kind == v1::COMPENSATION_KIND_AFFILIATE_COMMISSION) {
      absl::StatusOr<double> rate = ParseFraction(flag, parts[1]);
      if (!rate.ok()) return rate.status();
      compensation.set_commission_rate(*rate);
    } else {
      absl::StatusOr<int64_t> cents = ParseMoneyCents(flag, parts[1]);
      if (!cents.ok()) return cents.status();
      compensation.set_value_cents(*cents);
    }
  }
  return compensation;
}

absl::StatusOr<v1::PlatformAccount> ParseAccount(const std::string& flag, const std::string& text) {
  std::vector<std::string> parts = absl::StrSplit(text, ':');
  if (parts.size() < 3 || parts.size() > 5) {
    return Bad(flag, text, "PLATFORM:HANDLE:FOLLOWERS[:AVG_LIKES[:AVG_COMMENTS]]");
  }
  v1::PlatformAccount account;
  absl::StatusOr<v1::Platform> platform = EnumOf<v1::Platform>(flag, parts[0]);
  if (!platform.ok()) return platform.status();
  account.set_platform(*platform);
  account.set_handle(parts[1]);
  absl::StatusOr<int64_t> followers = ParseInt(flag, parts[2]);
  if (!followers.ok()) return followers.status();
  account.set_followers(*followers);
  if (parts.size() >= 4) {
    absl::StatusOr<double> likes = ParseDouble(flag, parts[3]);
    if (!likes.ok()) return likes.status();
    account.set_avg_likes(*likes);
  }
  if (parts.size() == 5) {
    absl::StatusOr<double> comments = ParseDouble(flag, parts[4]);
    if (!comments.ok()) return comments.status();
    account.set_avg_comments(*comments);
  }
  return account;
}

absl::StatusOr<v1::RateCardEntry> ParseRate(const std::string& flag, const std::string& text) {
  std::vector<std::string> parts = absl::StrSplit(text, ':');
  if (parts.size() != 3)
    return Bad(flag, text, "PLATFORM:DELIVERABLE:PRICE, e.g. tiktok:short-video:300");
  v1::RateCardEntry entry;
  absl::StatusOr<v1::Platform> platform = EnumOf<v1::Platform>(flag, parts[0]);
  if (!platform.ok()) return platform.status();
  absl::StatusOr<v1::DeliverableKind> kind = EnumOf<v1::DeliverableKind>(flag, parts[1]);
  if (!kind.ok()) return kind.status();
  absl::StatusOr<int64_t> price = ParseMoneyCents(flag, parts[2]);
  if (!price.ok()) return price.status();
  entry.set_platform(*platform);
  entry.set_deliverable(*kind);
  entry.set_price_cents(*price);
  return entry;
}

absl::StatusOr<v1::Location> ParseLocation(const std::string& flag, const std::string& text) {
  std::vector<std::string> parts = absl::StrSplit(text, '/');
  if (parts.empty() || parts.size() > 3 || parts[0].empty()) {
    return Bad(flag, text, "COUNTRY[/CITY] or COUNTRY/REGION/CITY, e.g. US/Austin");
  }
  v1::Location location;
  location.set_country_code(parts[0]);
  if (parts.size() == 2) location.set_city(parts[1]);
  if (parts.size() == 3) {
    location.set_region(parts[1]);
    location.set_city(parts[2]);
  }
  return location;
}

absl::StatusOr<v1::Credential> ParseCredential(const std::string& flag, const std::string& text) {
  std::vector<std::string> parts = Parts(text, 2);
  if (parts.size() != 2) return Bad(flag, text, "FIELD:TITLE, e.g. nutrition:Registered Dietitian");
  v1::Credential credential;
  credential.set_field(parts[0]);
  credential.set_title(parts[1]);
  return credential;
}

}  // namespace matchmaker::tools
