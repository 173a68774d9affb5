#ifndef MATCHMAKER_SERVER_SERVICE_AUTHORIZER_H_
#define MATCHMAKER_SERVER_SERVICE_AUTHORIZER_H_

// What a principal may do: one Authorize overload per request type, run after validation and
// before the operation. Admin may do everything. A request may be narrowed in place (a brand's
// ListOffers is scoped to its own brand). The policy is written out in docs/authorization.md.
//
// - brand/<B> reaches BrandService only: its own brand record, its own briefs, the offers of
//   its briefs, and matching over its own briefs (plus lookalikes over the public creator
//   market).
// - creator/<C> reaches CreatorService only: its own portfolio, its own offers and
//   applications, and the marketplace of published briefs.
// - AdminService and any request type without an overload here: admin only.
//
// Leaks: a brief or offer that exists but belongs to another tenant is answered exactly as a
// record that does not exist (NOT_FOUND, `<kind> "<id>" not found`, the operations' own
// wording from record_lookup.h), so ids cannot be probed. Requests that name the caller's
// own tenant id (brand_id, creator_id) are checked without any lookup and refused with
// PERMISSION_DENIED naming only the caller and the field. No message carries another
// tenant's data.
//
// The overloads are spread over brand_authorization.cc (BrandService), creator_authorization.cc
// (CreatorService) and authorizer.cc (shared helpers).

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/message.h"
#include "matchmaker/v1/brand_service.pb.h"
#include "matchmaker/v1/creator_service.pb.h"
#include "server/auth/principal.h"
#include "server/service/operation_context.h"

namespace matchmaker::service {

class Authorizer {
 public:
  // `ctx` must outlive this; its store is read for ownership (brief → brand, offer → both).
  explicit Authorizer(const OperationContext& ctx) : ctx_(ctx) {}

  // Fallback for request types without their own overload (AdminService, anything new):
  // admin only.
  template <typename Request>
  [[nodiscard]] absl::Status Authorize(const auth::Principal& principal, Request& request) const {
    return AdminOnly(principal, request);
  }

  // --- BrandService (brand_authorization.cc) ---
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::CreateBrandRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::GetBrandRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::UpdateBrandRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::ListBrandsRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::DeleteBrandRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::CreateBriefRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::GetBriefRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::UpdateBriefRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::ListBriefsRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::DeleteBriefRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::SendOfferRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::WithdrawOfferRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p,
                                       v1::AcceptCounterOfferRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p,
                                       v1::AcceptApplicationRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p,
                                       v1::RejectApplicationRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::CompleteOfferRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::CancelOfferRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::GetOfferRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::ListOffersRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p,
                                       v1::ListBrandHistoryRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p,
                                       v1::ListBriefHistoryRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::FindCreatorsRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::ExplainMatchRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p,
                                       v1::FindSimilarCreatorsRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::PlanCampaignRequest& r) const;

  // --- CreatorService (creator_authorization.cc) ---
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::CreateCreatorRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::GetCreatorRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::UpdateCreatorRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::ListCreatorsRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::DeleteCreatorRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p,
                                       v1::ListOpenBriefsRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::HideBriefRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::UnhideBriefRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::ApplyToBriefRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p,
                                       v1::WithdrawApplicationRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::AcceptOfferRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::DeclineOfferRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p, v1::CounterOfferRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p,
                                       v1::CreatorServiceCancelOfferRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p,
                                       v1::CreatorServiceGetOfferRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p,
                                       v1::ListCreatorOffersRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p,
                                       v1::ListCreatorHistoryRequest& r) const;
  [[nodiscard]] absl::Status Authorize(const auth::Principal& p,
                                       v1::ListSuitableBriefsRequest& r) const;

 private:
  // OK for admin; otherwise PERMISSION_DENIED naming the method `request` is for.
  [[nodiscard]] static absl::Status AdminOnly(const auth::Principal& principal,
                                              const google::protobuf::Message& request);

  // OK for admin and for brand/<id> principals; PERMISSION_DENIED for everyone else (a
  // creator has no business in BrandService). Sets `*brand` to the brand a brand principal
  // acts for, or leaves it null for admin (who is not restricted further).
  [[nodiscard]] static absl::Status BrandOrAdmin(const auth::Principal& principal,
                                                 const std::string** brand);
  [[nodiscard]] static absl::Status CreatorOrAdmin(const auth::Principal& principal,
                                                   const std::string** creator);

  // PERMISSION_DENIED unless `id` (the value of `field` in the request) is the caller's own
  // brand / creator id. No lookup: the answer is the same whether `id` exists or not.
  [[nodiscard]] static absl::Status OwnBrand(const auth::Principal& principal, absl::string_view id,
                                             absl::string_view field);
  [[nodiscard]] static absl::Status OwnCreator(const auth::Principal& principal,
                                               absl::string_view id, absl::string_view field);

  // Admin: OK. Brand B: OK when the stored brief's brand is B; the missing-brief NOT_FOUND
  // otherwise, whether the brief exists or not. Others: PERMISSION_DENIED.
  [[nodiscard]] absl::Status BrandOwnsBrief(const auth::Principal& principal,
                                            absl::string_view brief_id) const;
  // Admin: OK. Brand B / creator C: OK when the stored offer's brand_id is B / creator_id is
  // C; the missing-offer NOT_FOUND otherwise. The caller's service decides which kind may
  // come (`brand_side`): a creator calling a BrandService offer RPC is refused, not probed.
  [[nodiscard]] absl::Status OwnsOffer(const auth::Principal& principal, absl::string_view offer_id,
                                       bool brand_side) const;
  // Creator C addressing a brief in the marketplace (apply, hide, unhide): the brief must be
  // published, i.e. exist and not be a DRAFT; an unpublished brief is answered as missing.
  [[nodiscard]] absl::Status CreatorSeesBrief(const auth::Principal& principal,
                                              absl::string_view brief_id) const;

  const OperationContext& ctx_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_AUTHORIZER_H_
