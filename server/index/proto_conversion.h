#ifndef MATCHMAKER_SERVER_INDEX_PROTO_CONVERSION_H_
#define MATCHMAKER_SERVER_INDEX_PROTO_CONVERSION_H_

// The one place that reads matchmaker.v1 records for the matcher: proto → plain profiles,
// with normalisation (lower-case niches, categories, tags and languages; upper-case countries).

#include "matchmaker/v1/brand.pb.h"
#include "matchmaker/v1/brief.pb.h"
#include "matchmaker/v1/creator.pb.h"
#include "matchmaker/v1/history.pb.h"
#include "matchmaker/v1/offer.pb.h"
#include "server/matcher/profiles.h"

namespace matchmaker::index {

matcher::CreatorProfile CreatorProfileFromProto(const v1::Creator& creator);
matcher::BrandProfile BrandProfileFromProto(const v1::Brand& brand);
// A brief is open for matching only in BRIEF_STATUS_OPEN.
matcher::BriefProfile BriefProfileFromProto(const v1::Brief& brief);

// One offer transition: `offer` as it stands after the change, `from` its state before
// (OFFER_STATE_UNSPECIFIED for a new offer). The time is the offer's update_time.
matcher::OfferEvent OfferEventFromProto(const v1::Offer& offer, v1::OfferState from);

// Cash plus valued compensation of the terms, in cents: what the creator was offered.
int64_t OfferedValueCents(const v1::OfferTerms& terms);

matcher::UnixSeconds ToUnixSeconds(const google::protobuf::Timestamp& t);

}  // namespace matchmaker::index

#endif  // MATCHMAKER_SERVER_INDEX_PROTO_CONVERSION_H_
