// Authorizer overloads for BrandService (policy: authorizer.h, docs/authorization.md). A brand
// principal acts only on its own brand, its briefs and their offers; admin on everything;
// creators are refused by BrandOrAdmin.

#include <string>

#include "server/service/authorizer.h"
#include "server/service/status_macros.h"

namespace matchmaker::service {

using auth::Principal;

// --- The brand record: addressed by the caller's own id, so no lookup ---

absl::Status Authorizer::Authorize(const Principal& p, v1::CreateBrandRequest& r) const {
  // An empty id would let the server pick a new brand id that is not the caller's.
  return OwnBrand(p, r.brand().id(), "brand.id");
}

absl::Status Authorizer::Authorize(const Principal& p, v1::GetBrandRequest& r) const {
  return OwnBrand(p, r.brand_id(), "brand_id");
}

absl::Status Authorizer::Authorize(const Principal& p, v1::UpdateBrandRequest& r) const {
  return OwnBrand(p, r.brand().id(), "brand.id");
}

absl::Status Authorizer::Authorize(const Principal& p, v1::ListBrandsRequest& r) const {
  // The directory of every brand is the operator's view.
  return AdminOnly(p, r);
}

absl::Status Authorizer::Authorize(const Principal& p, v1::DeleteBrandRequest& r) const {
  return OwnBrand(p, r.brand_id(), "brand_id");
}

absl::Status Authorizer::Authorize(const Principal& p, v1::ListBrandHistoryRequest& r) const {
  return OwnBrand(p, r.brand_id(), "brand_id");
}

// --- Briefs ---

absl::Status Authorizer::Authorize(const Principal& p, v1::CreateBriefRequest& r) const {
  return OwnBrand(p, r.brief().brand_id(), "brief.brand_id");
}

absl::Status Authorizer::Authorize(const Principal& p, v1::GetBriefRequest& r) const {
  return BrandOwnsBrief(p, r.brief_id());
}

absl::Status Authorizer::Authorize(const Principal& p, v1::UpdateBriefRequest& r) const {
  MM_RETURN_IF_ERROR(BrandOwnsBrief(p, r.brief().id()));
  // brand_id is immutable (the operation refuses a change too), but a brand must not even
  // try to hand its brief to another brand: that is a matter of permission, not of input.
  if (r.brief().brand_id().empty()) return absl::OkStatus();
  return OwnBrand(p, r.brief().brand_id(), "brief.brand_id");
}

absl::Status Authorizer::Authorize(const Principal& p, v1::ListBriefsRequest& r) const {
  const std::string* brand;
  MM_RETURN_IF_ERROR(BrandOrAdmin(p, &brand));
  if (brand == nullptr) return absl::OkStatus();
  if (!r.brand_id().empty()) MM_RETURN_IF_ERROR(OwnBrand(p, r.brand_id(), "brand_id"));
  // A brand listing without a brand filter means its own briefs, never everyone's.
  r.set_brand_id(*brand);
  return absl::OkStatus();
}

absl::Status Authorizer::Authorize(const Principal& p, v1::DeleteBriefRequest& r) const {
  return BrandOwnsBrief(p, r.brief_id());
}

absl::Status Authorizer::Authorize(const Principal& p, v1::ListBriefHistoryRequest& r) const {
  return BrandOwnsBrief(p, r.brief_id());
}

// --- Offers ---

absl::Status Authorizer::Authorize(const Principal& p, v1::SendOfferRequest& r) const {
  return BrandOwnsBrief(p, r.brief_id());
}

absl::Status Authorizer::Authorize(const Principal& p, v1::WithdrawOfferRequest& r) const {
  return OwnsOffer(p, r.offer_id(), /*brand_side=*/true);
}

absl::Status Authorizer::Authorize(const Principal& p, v1::AcceptCounterOfferRequest& r) const {
  return OwnsOffer(p, r.offer_id(), /*brand_side=*/true);
}

absl::Status Authorizer::Authorize(const Principal& p, v1::AcceptApplicationRequest& r) const {
  return OwnsOffer(p, r.offer_id(), /*brand_side=*/true);
}

absl::Status Authorizer::Authorize(const Principal& p, v1::RejectApplicationRequest& r) const {
  return OwnsOffer(p, r.offer_id(), /*brand_side=*/true);
}

absl::Status Authorizer::Authorize(const Principal& p, v1::CompleteOfferRequest& r) const {
  return OwnsOffer(p, r.offer_id(), /*brand_side=*/true);
}

absl::Status Authorizer::Authorize(const Principal& p, v1::CancelOfferRequest& r) const {
  return OwnsOffer(p, r.offer_id(), /*brand_side=*/true);
}

absl::Status Authorizer::Authorize(const Principal& p, v1::GetOfferRequest& r) const {
  return OwnsOffer(p, r.offer_id(), /*brand_side=*/true);
}

absl::Status Authorizer::Authorize(const Principal& p, v1::ListOffersRequest& r) const {
  const std::string* brand;
  MM_RETURN_IF_ERROR(BrandOrAdmin(p, &brand));
  if (brand == nullptr) return absl::OkStatus();
  if (!r.brand_id().empty()) MM_RETURN_IF_ERROR(OwnBrand(p, r.brand_id(), "brand_id"));
  if (!r.brief_id().empty()) MM_RETURN_IF_ERROR(BrandOwnsBrief(p, r.brief_id()));
  // Scope the listing to the caller's brand as well as to the brief: the operation applies
  // both filters together, so a brand never lists an offer that is not its own.
  r.set_brand_id(*brand);
  return absl::OkStatus();
}

// --- Matching ---

absl::Status Authorizer::Authorize(const Principal& p, v1::FindCreatorsRequest& r) const {
  return BrandOwnsBrief(p, r.brief_id());
}

absl::Status Authorizer::Authorize(const Principal& p, v1::ExplainMatchRequest& r) const {
  // The creator side is the public market; the brief must be the caller's.
  return BrandOwnsBrief(p, r.brief_id());
}

absl::Status Authorizer::Authorize(const Principal& p, v1::FindSimilarCreatorsRequest& r) const {
  // Lookalikes over the public creator market: any brand may ask.
  const std::string* brand;
  return BrandOrAdmin(p, &brand);
}

absl::Status Authorizer::Authorize(const Principal& p, v1::PlanCampaignRequest& r) const {
  return BrandOwnsBrief(p, r.brief_id());
}

}  // namespace matchmaker::service
