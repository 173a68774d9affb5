#include "server/service/creator_operations.h"

#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "server/service/derived_fields.h"
#include "server/service/embedding_derivation.h"
#include "server/service/history_event.h"
#include "server/service/id_generator.h"
#include "server/service/idempotent_mutation.h"
#include "server/service/niche_paths.h"
#include "server/service/offer_state_machine.h"
#include "server/service/page_collector.h"
#include "server/service/record_lookup.h"
#include "server/service/record_update.h"
#include "server/service/status_macros.h"
#include "server/validation/record_validation.h"

namespace matchmaker::service {

absl::StatusOr<v1::CreateCreatorResponse> CreatorOperations::Create(
    const v1::CreateCreatorRequest& request) {
  return RunIdempotentMutation<v1::CreateCreatorResponse>(
      ctx_, "CreatorService.CreateCreator", request.request_id(),
      [&](storage::WriteSet& writes) -> absl::StatusOr<v1::CreateCreatorResponse> {
        v1::Creator creator = request.creator();
        creator.clear_etag();
        while (creator.id().empty()) {
          creator.set_id(NewRecordId(kCreatorIdPrefix));
          MM_ASSIGN_OR_RETURN(auto taken, Optional(ctx_.store().GetCreator(creator.id())));
          if (taken.has_value()) creator.clear_id();
        }
        if (!request.creator().id().empty()) {
          MM_ASSIGN_OR_RETURN(auto existing, Optional(ctx_.store().GetCreator(creator.id())));
          if (existing.has_value()) {
            return absl::AlreadyExistsError(
                absl::StrCat("creator \"", creator.id(), "\" already exists"));
          }
        }
        EnsureEmbedding(creator.niches(), ctx_.config().embedding_dim,
                        *creator.mutable_aesthetic());
        FillDerivedFields(ctx_.config().tier_thresholds, creator);
        const absl::Time now = ctx_.Now();
        StampWrite(now, /*is_new=*/true, creator);
        v1::HistoryEvent event =
            NewEvent(v1::EVENT_TYPE_CREATOR_CREATED, CreatorActor(creator.id()), now);
        event.set_creator_id(creator.id());
        *event.mutable_creator() = creator;
        writes.Put(creator);
        writes.AppendHistory(std::move(event));
        v1::CreateCreatorResponse response;
        *response.mutable_creator() = std::move(creator);
        return response;
      });
}

absl::StatusOr<v1::GetCreatorResponse> CreatorOperations::Get(
    const v1::GetCreatorRequest& request) {
  MM_ASSIGN_OR_RETURN(v1::Creator creator, Found(ctx_.store().GetCreator(request.creator_id()),
                                                 "creator", request.creator_id()));
  FillDerivedFields(ctx_.config().tier_thresholds, creator);
  v1::GetCreatorResponse response;
  *response.mutable_creator() = std::move(creator);
  return response;
}

absl::StatusOr<v1::UpdateCreatorResponse> CreatorOperations::Update(
    const v1::UpdateCreatorRequest& request) {
  return RunIdempotentMutation<v1::UpdateCreatorResponse>(
      ctx_, "CreatorService.UpdateCreator", request.request_id(),
      [&](storage::WriteSet& writes) -> absl::StatusOr<v1::UpdateCreatorResponse> {
        const v1::Creator& patch = request.creator();
        const std::string& id = patch.id();
        MM_ASSIGN_OR_RETURN(v1::Creator stored, Found(ctx_.store().GetCreator(id), "creator", id));
        MM_RETURN_IF_ERROR(CheckEtag("creator", patch.etag(), stored.etag()));
        v1::Creator merged = stored;
        MergeUpdate(patch, request.update_mask(), merged);
        MM_RETURN_IF_ERROR(validation::ValidateRecordForWrite(merged, ctx_.validation()));
        const bool embedding_supplied = MaskCovers(request.update_mask(), "aesthetic.embedding") &&
                                        patch.aesthetic().embedding_size() > 0 &&
                                        !patch.aesthetic().embedding_derived();
        if (embedding_supplied) merged.mutable_aesthetic()->set_embedding_derived(false);
        EnsureEmbedding(merged.niches(), ctx_.config().embedding_dim, *merged.mutable_aesthetic());
        FillDerivedFields(ctx_.config().tier_thresholds, merged);
        FillDerivedFields(ctx_.config().tier_thresholds, stored);
        const absl::Time now = ctx_.Now();
        StampWrite(now, /*is_new=*/false, merged);
        v1::HistoryEvent event = NewEvent(v1::EVENT_TYPE_CREATOR_UPDATED, CreatorActor(id), now);
        event.set_creator_id(id);
        for (std::string& field : ChangedFields(stored, merged)) event.add_changed_fields(field);
        *event.mutable_creator() = merged;
        writes.Put(merged);
        writes.AppendHistory(std::move(event));
        v1::UpdateCreatorResponse response;
        *response.mutable_creator() = std::move(merged);
        return response;
      });
}

bool CreatorOperations::MatchesFilters(const v1::ListCreatorsRequest& request,
                                       const v1::Creator& creator) const {
  if (!request.niche().empty()) {
    bool any = false;
    for (const v1::NicheWeight& niche : creator.niches()) {
      any = any || IsSameOrBelow(niche.niche(), request.niche());
    }
    if (!any) return false;
  }
  if (request.platform() != v1::PLATFORM_UNSPECIFIED) {
    bool any = false;
    for (const v1::PlatformAccount& account : creator.accounts()) {
      any = any || account.platform() == request.platform();
    }
    if (!any) return false;
  }
  if (!request.country_code().empty() &&
      creator.location().country_code() != request.country_code()) {
    return false;
  }
  if (creator.total_followers() < request.min_followers()) return false;
  if (request.max_followers() > 0 && creator.total_followers() > request.max_followers()) {
    return false;
  }
  if (request.tier() != v1::TIER_UNSPECIFIED && creator.tier() != request.tier()) return false;
  return true;
}

absl::StatusOr<v1::ListCreatorsResponse> CreatorOperations::List(
    const v1::ListCreatorsRequest& request) {
  MM_ASSIGN_OR_RETURN(std::string after, DecodePageToken(request.page_token()));
  PageCollector<v1::Creator> page(EffectivePageSize(request.page_size()));
  MM_RETURN_IF_ERROR(ctx_.store().ScanCreators(after, [&](const v1::Creator& stored) {
    v1::Creator creator = stored;
    FillDerivedFields(ctx_.config().tier_thresholds, creator);
    if (!MatchesFilters(request, creator)) return true;
    return page.Add(std::move(creator), stored.id());
  }));
  v1::ListCreatorsResponse response;
  for (v1::Creator& creator : page.items()) *response.add_creators() = std::move(creator);
  response.set_next_page_token(page.next_page_token());
  return response;
}

absl::StatusOr<v1::DeleteCreatorResponse> CreatorOperations::Delete(
    const v1::DeleteCreatorRequest& request) {
  return RunIdempotentMutation<v1::DeleteCreatorResponse>(
      ctx_, "CreatorService.DeleteCreator", request.request_id(),
      [&](storage::WriteSet& writes) -> absl::StatusOr<v1::DeleteCreatorResponse> {
        const std::string& id = request.creator_id();
        MM_ASSIGN_OR_RETURN(v1::Creator stored, Found(ctx_.store().GetCreator(id), "creator", id));
        MM_RETURN_IF_ERROR(CheckEtag("creator", request.etag(), stored.etag()));
        MM_RETURN_IF_ERROR(CheckNoLiveOffers("creator", id, [&](const auto& visit) {
          return ctx_.store().ScanOffersOfCreator(id, "", visit);
        }));
        v1::HistoryEvent event =
            NewEvent(v1::EVENT_TYPE_CREATOR_DELETED, CreatorActor(id), ctx_.Now());
        event.set_creator_id(id);
        FillDerivedFields(ctx_.config().tier_thresholds, stored);
        *event.mutable_creator() = std::move(stored);
        writes.DeleteCreator(id);
        writes.AppendHistory(std::move(event));
        return v1::DeleteCreatorResponse();
      });
}

}  // namespace matchmaker::service
