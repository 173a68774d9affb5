// Authorizer overloads for CreatorService (policy: authorizer.h, docs/authorization.md). A
// creator principal acts only on its own portfolio, its own offers and applications, and
// the marketplace of published briefs; admin on everything; brands are refused by
// CreatorOrAdmin.

#include "server/service/authorizer.h"
#include "server/service/status_macros.h"

namespace matchmaker::service {

using auth::Principal;

// --- The creator record and the creator's own views: addressed by the caller's own id ---

absl::Status Authorizer::Authorize(const Principal& p, v1::CreateCreatorRequest& r) const {
  // An empty id would let the server pick a new creator id that is not the caller's.
  return OwnCreator(p, r.creator().id(), "creator.id");
}

absl::Status Authorizer::Authorize(const Principal& p, v1::GetCreatorRequest& r) const {
  return OwnCreator(p, r.creator_id(), "creator_id");
}

absl::Status Authorizer::Authorize(const Principal& p, v1::UpdateCreatorRequest& r) const {
  return OwnCreator(p, r.creator().id(), "creator.id");
}

absl::Status Authorizer::Authorize(const Principal& p, v1::ListCreatorsRequest& r) const {
  // The directory of every creator with private terms is the operator's view; brands reach
  // the market through matching.
  return AdminOnly(p, r);
}

absl::Status Authorizer::Authorize(const Principal& p, v1::DeleteCreatorRequest& r) const {
  return OwnCreator(p, r.creator_id(), "creator_id");
}

absl::Status Authorizer::Authorize(const Principal& p, v1::ListCreatorOffersRequest& r) const {
  return OwnCreator(p, r.creator_id(), "creator_id");
}

absl::Status Authorizer::Authorize(const Principal& p, v1::ListCreatorHistoryRequest& r) const {
  return OwnCreator(p, r.creator_id(), "creator_id");
}

// --- The marketplace: published briefs of every brand, seen as this creator ---

absl::Status Authorizer::Authorize(const Principal& p, v1::ListOpenBriefsRequest& r) const {
  return OwnCreator(p, r.creator_id(), "creator_id");
}

absl::Status Authorizer::Authorize(const Principal& p, v1::ListSuitableBriefsRequest& r) const {
  return OwnCreator(p, r.creator_id(), "creator_id");
}

absl::Status Authorizer::Authorize(const Principal& p, v1::HideBriefRequest& r) const {
  MM_RETURN_IF_ERROR(OwnCreator(p, r.creator_id(), "creator_id"));
  return CreatorSeesBrief(p, r.brief_id());
}

absl::Status Authorizer::Authorize(const Principal& p, v1::UnhideBriefRequest& r) const {
  MM_RETURN_IF_ERROR(OwnCreator(p, r.creator_id(), "creator_id"));
  return CreatorSeesBrief(p, r.brief_id());
}

absl::Status Authorizer::Authorize(const Principal& p, v1::ApplyToBriefRequest& r) const {
  MM_RETURN_IF_ERROR(OwnCreator(p, r.creator_id(), "creator_id"));
  return CreatorSeesBrief(p, r.brief_id());
}

// --- Offers: only the creator's own ---

absl::Status Authorizer::Authorize(const Principal& p, v1::WithdrawApplicationRequest& r) const {
  return OwnsOffer(p, r.offer_id(), /*brand_side=*/false);
}

absl::Status Authorizer::Authorize(const Principal& p, v1::AcceptOfferRequest& r) const {
  return OwnsOffer(p, r.offer_id(), /*brand_side=*/false);
}

absl::Status Authorizer::Authorize(const Principal& p, v1::DeclineOfferRequest& r) const {
  return OwnsOffer(p, r.offer_id(), /*brand_side=*/false);
}

absl::Status Authorizer::Authorize(const Principal& p, v1::CounterOfferRequest& r) const {
  return OwnsOffer(p, r.offer_id(), /*brand_side=*/false);
}

absl::Status Authorizer::Authorize(const Principal& p,
                                   v1::CreatorServiceCancelOfferRequest& r) const {
  return OwnsOffer(p, r.offer_id(), /*brand_side=*/false);
}

absl::Status Authorizer::Authorize(const Principal& p, v1::CreatorServiceGetOfferRequest& r) const {
  return OwnsOffer(p, r.offer_id(), /*brand_side=*/false);
}

}  // namespace matchmaker::service
