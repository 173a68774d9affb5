#ifndef MATCHMAKER_SERVER_SERVICE_RECORD_LOOKUP_H_
#define MATCHMAKER_SERVER_SERVICE_RECORD_LOOKUP_H_

// Point reads with the service's wording, and the stamping every written record gets.

#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "matchmaker/v1/offer.pb.h"
#include "server/service/etag.h"
#include "server/service/offer_state_machine.h"
#include "server/service/time_conversion.h"

namespace matchmaker::service {

// NOT_FOUND from the store becomes `<kind> "<id>" not found`; other errors pass through.
template <typename T>
absl::StatusOr<T> Found(absl::StatusOr<T> record, absl::string_view kind, absl::string_view id) {
  if (record.status().code() == absl::StatusCode::kNotFound) {
    return absl::NotFoundError(absl::StrCat(kind, " \"", id, "\" not found"));
  }
  return record;
}

// nullopt for NOT_FOUND, the record when present, other errors as they are.
template <typename T>
absl::StatusOr<std::optional<T>> Optional(absl::StatusOr<T> record) {
  if (record.ok()) return std::optional<T>(*std::move(record));
  if (record.status().code() == absl::StatusCode::kNotFound) return std::optional<T>();
  return record.status();
}

// FAILED_PRECONDITION naming one live offer that `scan_offers` (a store scan of the record's
// offers, called with a visitor) finds; OK when every offer is settled. A record with live
// offers cannot be deleted without orphaning a negotiation.
template <typename ScanOffers>
absl::Status CheckNoLiveOffers(absl::string_view kind, absl::string_view id,
                               ScanOffers scan_offers) {
  std::optional<v1::Offer> live;
  absl::Status scanned = scan_offers([&](const v1::Offer& offer) {
    if (!IsLiveOfferState(offer.state())) return true;
    live = offer;
    return false;
  });
  if (!scanned.ok()) return scanned;
  if (!live.has_value()) return absl::OkStatus();
  return absl::FailedPreconditionError(
      absl::StrCat(kind, " \"", id, "\" has live offers (e.g. \"", live->id(), "\", ",
                   v1::OfferState_Name(live->state()), "): settle them first"));
}

// Sets create_time (new records), update_time and a fresh etag.
template <typename Record>
void StampWrite(absl::Time now, bool is_new, Record& record) {
  if (is_new) *record.mutable_create_time() = ToTimestamp(now);
  *record.mutable_update_time() = ToTimestamp(now);
  record.set_etag(ComputeEtag(record));
}

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_RECORD_LOOKUP_H_
