#include "server/service/brand_operations.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "server/service/history_event.h"
#include "server/service/id_generator.h"
#include "server/service/idempotent_mutation.h"
#include "server/service/niche_paths.h"
#include "server/service/page_collector.h"
#include "server/service/record_lookup.h"
#include "server/service/record_update.h"
#include "server/service/status_macros.h"
#include "server/validation/record_validation.h"

namespace matchmaker::service {

absl::StatusOr<v1::CreateBrandResponse> BrandOperations::Create(
    const v1::CreateBrandRequest& request) {
  return RunIdempotentMutation<v1::CreateBrandResponse>(
      ctx_, "BrandService.CreateBrand", request.request_id(),
      [&](storage::WriteSet& writes) -> absl::StatusOr<v1::CreateBrandResponse> {
        v1::Brand brand = request.brand();
        brand.clear_etag();
        if (brand.id().empty()) {
          do {
            brand.set_id(NewRecordId(kBrandIdPrefix));
            MM_ASSIGN_OR_RETURN(auto existing, Optional(ctx_.store().GetBrand(brand.id())));
            if (!existing.has_value()) break;
          } while (true);
        } else {
          MM_ASSIGN_OR_RETURN(auto existing, Optional(ctx_.store().GetBrand(brand.id())));
          if (existing.has_value()) {
            return absl::AlreadyExistsError(
                absl::StrCat("brand \"", brand.id(), "\" already exists"));
          }
        }
        const absl::Time now = ctx_.Now();
        StampWrite(now, /*is_new=*/true, brand);
        v1::HistoryEvent event =
            NewEvent(v1::EVENT_TYPE_BRAND_CREATED, BrandActor(brand.id()), now);
        event.set_brand_id(brand.id());
        *event.mutable_brand() = brand;
        writes.Put(brand);
        writes.AppendHistory(std::move(event));
        v1::CreateBrandResponse response;
        *response.mutable_brand() = std::move(brand);
        return response;
      });
}

absl::StatusOr<v1::GetBrandResponse> BrandOperations::Get(const v1::GetBrandRequest& request) {
  MM_ASSIGN_OR_RETURN(v1::Brand brand, Found(ctx_.store().GetBrand(request.brand_id()), "brand",
                                             request.brand_id()));
  v1::GetBrandResponse response;
  *response.mutable_brand() = std::move(brand);
  return response;
}

absl::StatusOr<v1::UpdateBrandResponse> BrandOperations::Update(
    const v1::UpdateBrandRequest& request) {
  return RunIdempotentMutation<v1::UpdateBrandResponse>(
      ctx_, "BrandService.UpdateBrand", request.request_id(),
      [&](storage::WriteSet& writes) -> absl::StatusOr<v1::UpdateBrandResponse> {
        const std::string& id = request.brand().id();
        MM_ASSIGN_OR_RETURN(v1::Brand stored, Found(ctx_.store().GetBrand(id), "brand", id));
        MM_RETURN_IF_ERROR(CheckEtag("brand", request.brand().etag(), stored.etag()));
        v1::Brand merged = stored;
        MergeUpdate(request.brand(), request.update_mask(), merged);
        MM_RETURN_IF_ERROR(validation::ValidateRecordForWrite(merged, ctx_.validation()));
        const absl::Time now = ctx_.Now();
        StampWrite(now, /*is_new=*/false, merged);
        v1::HistoryEvent event = NewEvent(v1::EVENT_TYPE_BRAND_UPDATED, BrandActor(id), now);
        event.set_brand_id(id);
        for (std::string& field : ChangedFields(stored, merged)) event.add_changed_fields(field);
        *event.mutable_brand() = merged;
        writes.Put(merged);
        writes.AppendHistory(std::move(event));
        v1::UpdateBrandResponse response;
        *response.mutable_brand() = std::move(merged);
        return response;
      });
}

absl::StatusOr<v1::ListBrandsResponse> BrandOperations::List(const v1::ListBrandsRequest& request) {
  MM_ASSIGN_OR_RETURN(std::string after, DecodePageToken(request.page_token()));
  PageCollector<v1::Brand> page(EffectivePageSize(request.page_size()));
  MM_RETURN_IF_ERROR(ctx_.store().ScanBrands(after, [&](const v1::Brand& brand) {
    if (!IsSameOrBelow(brand.category(), request.category())) return true;
    return page.Add(brand, brand.id());
  }));
  v1::ListBrandsResponse response;
  for (v1::Brand& brand : page.items()) *response.add_brands() = std::move(brand);
  response.set_next_page_token(page.next_page_token());
  return response;
}

absl::StatusOr<v1::DeleteBrandResponse> BrandOperations::Delete(
    const v1::DeleteBrandRequest& request) {
  return RunIdempotentMutation<v1::DeleteBrandResponse>(
      ctx_, "BrandService.DeleteBrand", request.request_id(),
      [&](storage::WriteSet& writes) -> absl::StatusOr<v1::DeleteBrandResponse> {
        const std::string& id = request.brand_id();
        MM_ASSIGN_OR_RETURN(v1::Brand stored, Found(ctx_.store().GetBrand(id), "brand", id));
        MM_RETURN_IF_ERROR(CheckEtag("brand", request.etag(), stored.etag()));
        std::optional<std::string> a_brief;
        MM_RETURN_IF_ERROR(ctx_.store().ScanBriefsOfBrand(id, "", [&](const v1::Brief& brief) {
          a_brief = brief.id();
          return false;
        }));
        if (a_brief.has_value()) {
          return absl::FailedPreconditionError(absl::StrCat(
              "brand \"", id, "\" still has briefs (e.g. \"", *a_brief, "\"): delete them first"));
        }
        v1::HistoryEvent event = NewEvent(v1::EVENT_TYPE_BRAND_DELETED, BrandActor(id), ctx_.Now());
        event.set_brand_id(id);
        *event.mutable_brand() = std::move(stored);
        writes.DeleteBrand(id);
        writes.AppendHistory(std::move(event));
        return v1::DeleteBrandResponse();
      });
}

}  // namespace matchmaker::service
