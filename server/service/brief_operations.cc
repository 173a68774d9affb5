#include "server/service/brief_operations.h"

#include <algorithm>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "server/service/embedding_derivation.h"
#include "server/service/history_event.h"
#include "server/service/id_generator.h"
#include "server/service/idempotent_mutation.h"
#include "server/service/offer_state_machine.h"
#include "server/service/page_collector.h"
#include "server/service/record_lookup.h"
#include "server/service/record_update.h"
#include "server/service/status_macros.h"
#include "server/validation/field_violations.h"
#include "server/validation/record_validation.h"

namespace matchmaker::service {

absl::StatusOr<v1::CreateBriefResponse> BriefOperations::Create(
    const v1::CreateBriefRequest& request) {
  return RunIdempotentMutation<v1::CreateBriefResponse>(
      ctx_, "BrandService.CreateBrief", request.request_id(),
      [&](storage::WriteSet& writes) -> absl::StatusOr<v1::CreateBriefResponse> {
        v1::Brief brief = request.brief();
        brief.clear_etag();
        MM_ASSIGN_OR_RETURN(auto brand, Optional(ctx_.store().GetBrand(brief.brand_id())));
        if (!brand.has_value()) {
          return absl::NotFoundError(
              absl::StrCat("brief.brand_id: brand \"", brief.brand_id(), "\" not found"));
        }
        while (brief.id().empty()) {
          brief.set_id(NewRecordId(kBriefIdPrefix));
          MM_ASSIGN_OR_RETURN(auto taken, Optional(ctx_.store().GetBrief(brief.id())));
          if (taken.has_value()) brief.clear_id();
        }
        if (!request.brief().id().empty()) {
          MM_ASSIGN_OR_RETURN(auto existing, Optional(ctx_.store().GetBrief(brief.id())));
          if (existing.has_value()) {
            return absl::AlreadyExistsError(
                absl::StrCat("brief \"", brief.id(), "\" already exists"));
          }
        }
        if (brief.status() == v1::BRIEF_STATUS_UNSPECIFIED) {
          brief.set_status(v1::BRIEF_STATUS_DRAFT);
        }
        EnsureEmbedding(brief.niches(), ctx_.config().embedding_dim, *brief.mutable_aesthetic());
        const absl::Time now = ctx_.Now();
        StampWrite(now, /*is_new=*/true, brief);
        v1::HistoryEvent event =
            NewEvent(v1::EVENT_TYPE_BRIEF_CREATED, BrandActor(brief.brand_id()), now);
        event.set_brand_id(brief.brand_id());
        event.set_brief_id(brief.id());
        *event.mutable_brief() = brief;
        writes.Put(brief);
        writes.AppendHistory(std::move(event));
        v1::CreateBriefResponse response;
        *response.mutable_brief() = std::move(brief);
        return response;
      });
}

absl::StatusOr<v1::GetBriefResponse> BriefOperations::Get(const v1::GetBriefRequest& request) {
  MM_ASSIGN_OR_RETURN(v1::Brief brief, Found(ctx_.store().GetBrief(request.brief_id()), "brief",
                                             request.brief_id()));
  v1::GetBriefResponse response;
  *response.mutable_brief() = std::move(brief);
  return response;
}

absl::StatusOr<v1::UpdateBriefResponse> BriefOperations::Update(
    const v1::UpdateBriefRequest& request) {
  return RunIdempotentMutation<v1::UpdateBriefResponse>(
      ctx_, "BrandService.UpdateBrief", request.request_id(),
      [&](storage::WriteSet& writes) -> absl::StatusOr<v1::UpdateBriefResponse> {
        const v1::Brief& patch = request.brief();
        const std::string& id = patch.id();
        MM_ASSIGN_OR_RETURN(v1::Brief stored, Found(ctx_.store().GetBrief(id), "brief", id));
        MM_RETURN_IF_ERROR(CheckEtag("brief", patch.etag(), stored.etag()));
        if (!patch.brand_id().empty() && patch.brand_id() != stored.brand_id()) {
          return validation::InvalidArgumentForField(
              "brief.brand_id",
              absl::StrCat("is immutable: the brief belongs to brand \"", stored.brand_id(), "\""));
        }
        v1::Brief merged = stored;
        MergeUpdate(patch, request.update_mask(), merged);
        MM_RETURN_IF_ERROR(validation::ValidateRecordForWrite(merged, ctx_.validation()));
        const bool embedding_supplied = MaskCovers(request.update_mask(), "aesthetic.embedding") &&
                                        patch.aesthetic().embedding_size() > 0 &&
                                        !patch.aesthetic().embedding_derived();
        if (embedding_supplied) merged.mutable_aesthetic()->set_embedding_derived(false);
        EnsureEmbedding(merged.niches(), ctx_.config().embedding_dim, *merged.mutable_aesthetic());
        if (merged.status() == v1::BRIEF_STATUS_UNSPECIFIED) merged.set_status(stored.status());
        const absl::Time now = ctx_.Now();
        StampWrite(now, /*is_new=*/false, merged);
        v1::HistoryEvent event =
            NewEvent(v1::EVENT_TYPE_BRIEF_UPDATED, BrandActor(stored.brand_id()), now);
        event.set_brand_id(stored.brand_id());
        event.set_brief_id(id);
        for (std::string& field : ChangedFields(stored, merged)) event.add_changed_fields(field);
        *event.mutable_brief() = merged;
        writes.Put(merged);
        writes.AppendHistory(std::move(event));
        v1::UpdateBriefResponse response;
        *response.mutable_brief() = std::move(merged);
        return response;
      });
}

absl::StatusOr<v1::ListBriefsResponse> BriefOperations::List(const v1::ListBriefsRequest& request) {
  MM_ASSIGN_OR_RETURN(std::string after, DecodePageToken(request.page_token()));
  PageCollector<v1::Brief> page(EffectivePageSize(request.page_size()));
  auto visit = [&](const v1::Brief& brief) {
    if (!request.statuses().empty() &&
        std::find(request.statuses().begin(), request.statuses().end(), brief.status()) ==
            request.statuses().end()) {
      return true;
    }
    return page.Add(brief, brief.id());
  };
  if (request.brand_id().empty()) {
    MM_RETURN_IF_ERROR(ctx_.store().ScanBriefs(after, visit));
  } else {
    MM_RETURN_IF_ERROR(ctx_.store().ScanBriefsOfBrand(request.brand_id(), after, visit));
  }
  v1::ListBriefsResponse response;
  for (v1::Brief& brief : page.items()) *response.add_briefs() = std::move(brief);
  response.set_next_page_token(page.next_page_token());
  return response;
}

absl::StatusOr<v1::DeleteBriefResponse> BriefOperations::Delete(
    const v1::DeleteBriefRequest& request) {
  return RunIdempotentMutation<v1::DeleteBriefResponse>(
      ctx_, "BrandService.DeleteBrief", request.request_id(),
      [&](storage::WriteSet& writes) -> absl::StatusOr<v1::DeleteBriefResponse> {
        const std::string& id = request.brief_id();
        MM_ASSIGN_OR_RETURN(v1::Brief stored, Found(ctx_.store().GetBrief(id), "brief", id));
        MM_RETURN_IF_ERROR(CheckEtag("brief", request.etag(), stored.etag()));
        MM_RETURN_IF_ERROR(CheckNoLiveOffers("brief", id, [&](const auto& visit) {
          return ctx_.store().ScanOffersOfBrief(id, "", visit);
        }));
        v1::HistoryEvent event =
            NewEvent(v1::EVENT_TYPE_BRIEF_DELETED, BrandActor(stored.brand_id()), ctx_.Now());
        event.set_brand_id(stored.brand_id());
        event.set_brief_id(id);
        *event.mutable_brief() = std::move(stored);
        writes.DeleteBrief(id);
        writes.AppendHistory(std::move(event));
        return v1::DeleteBriefResponse();
      });
}

}  // namespace matchmaker::service
