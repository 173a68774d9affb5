#include "server/service/authorizer.h"

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "server/service/record_lookup.h"
#include "server/service/rpc_method_name.h"

namespace matchmaker::service {
namespace {

using auth::Principal;

// Every refusal names the caller (its own identity) and never a record of someone else.
absl::Status WrongService(const Principal& principal, absl::string_view service) {
  return absl::PermissionDeniedError(
      absl::StrCat(principal.ToString(), " may not call ", service, " methods"));
}

}  // namespace

absl::Status Authorizer::AdminOnly(const Principal& principal,
                                   const google::protobuf::Message& request) {
  if (principal.is_admin()) return absl::OkStatus();
  return absl::PermissionDeniedError(absl::StrCat(principal.ToString(), " may not call ",
                                                  RpcMethodName(request.GetDescriptor()),
                                                  "; it needs admin"));
}

absl::Status Authorizer::BrandOrAdmin(const Principal& principal, const std::string** brand) {
  *brand = nullptr;
  if (principal.is_admin()) return absl::OkStatus();
  if (principal.kind != Principal::Kind::kBrand) return WrongService(principal, "BrandService");
  *brand = &principal.id;
  return absl::OkStatus();
}

absl::Status Authorizer::CreatorOrAdmin(const Principal& principal, const std::string** creator) {
  *creator = nullptr;
  if (principal.is_admin()) return absl::OkStatus();
  if (principal.kind != Principal::Kind::kCreator) {
    return WrongService(principal, "CreatorService");
  }
  *creator = &principal.id;
  return absl::OkStatus();
}

absl::Status Authorizer::OwnBrand(const Principal& principal, absl::string_view id,
                                  absl::string_view field) {
  const std::string* brand;
  if (absl::Status status = BrandOrAdmin(principal, &brand); !status.ok()) return status;
  if (brand == nullptr || *brand == id) return absl::OkStatus();
  return absl::PermissionDeniedError(absl::StrCat(
      field, ": ", principal.ToString(), " may only address its own brand \"", *brand, "\""));
}

absl::Status Authorizer::OwnCreator(const Principal& principal, absl::string_view id,
                                    absl::string_view field) {
  const std::string* creator;
  if (absl::Status status = CreatorOrAdmin(principal, &creator); !status.ok()) return status;
  if (creator == nullptr || *creator == id) return absl::OkStatus();
  return absl::PermissionDeniedError(absl::StrCat(
      field, ": ", principal.ToString(), " may only address its own creator \"", *creator, "\""));
}

absl::Status Authorizer::BrandOwnsBrief(const Principal& principal,
                                        absl::string_view brief_id) const {
  const std::string* brand;
  if (absl::Status status = BrandOrAdmin(principal, &brand); !status.ok()) return status;
  if (brand == nullptr) return absl::OkStatus();
  absl::StatusOr<v1::Brief> brief = ctx_.store().GetBrief(brief_id);
  if (brief.ok() && brief->brand_id() != *brand) {
    // Someone else's brief: the very answer a missing one gets.
    brief = absl::NotFoundError("not this brand's");
  }
  return Found(std::move(brief), "brief", brief_id).status();
}

absl::Status Authorizer::OwnsOffer(const Principal& principal, absl::string_view offer_id,
                                   bool brand_side) const {
  const std::string* owner;
  absl::Status allowed =
      brand_side ? BrandOrAdmin(principal, &owner) : CreatorOrAdmin(principal, &owner);
  if (!allowed.ok()) return allowed;
  if (owner == nullptr) return absl::OkStatus();
  absl::StatusOr<v1::Offer> offer = ctx_.store().GetOffer(offer_id);
  if (offer.ok() && (brand_side ? offer->brand_id() : offer->creator_id()) != *owner) {
    offer = absl::NotFoundError("not this principal's");
  }
  return Found(std::move(offer), "offer", offer_id).status();
}

absl::Status Authorizer::CreatorSeesBrief(const Principal& principal,
                                          absl::string_view brief_id) const {
  if (principal.kind != Principal::Kind::kCreator) return absl::OkStatus();
  absl::StatusOr<v1::Brief> brief = ctx_.store().GetBrief(brief_id);
  if (brief.ok() && brief->status() == v1::BRIEF_STATUS_DRAFT) {
    // A draft is the brand's private work in progress: not published, so not there.
    brief = absl::NotFoundError("unpublished");
  }
  return Found(std::move(brief), "brief", brief_id).status();
}

}  // namespace matchmaker::service
