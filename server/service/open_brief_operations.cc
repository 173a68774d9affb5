#include "server/service/open_brief_operations.h"

#include <string>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "server/service/history_event.h"
#include "server/service/idempotent_mutation.h"
#include "server/service/niche_paths.h"
#include "server/service/page_collector.h"
#include "server/service/record_lookup.h"
#include "server/service/status_macros.h"

namespace matchmaker::service {
namespace {

bool MatchesFilters(const v1::ListOpenBriefsRequest& request, const v1::Brief& brief) {
  if (!request.niche().empty()) {
    bool any = false;
    for (const v1::NicheWeight& niche : brief.niches()) {
      any = any || IsSameOrBelow(niche.niche(), request.niche());
    }
    if (!any) return false;
  }
  if (request.platform() != v1::PLATFORM_UNSPECIFIED && !brief.platforms().empty()) {
    bool any = false;
    for (int platform : brief.platforms()) any = any || platform == request.platform();
    if (!any) return false;
  }
  return true;
}

}  // namespace

absl::StatusOr<v1::ListOpenBriefsResponse> OpenBriefOperations::ListOpenBriefs(
    const v1::ListOpenBriefsRequest& request) {
  MM_RETURN_IF_ERROR(
      Found(ctx_.store().GetCreator(request.creator_id()), "creator", request.creator_id())
          .status());
  MM_ASSIGN_OR_RETURN(std::string after, DecodePageToken(request.page_token()));
  absl::flat_hash_set<std::string> hidden;
  MM_RETURN_IF_ERROR(
      ctx_.store().ScanHiddenBriefIds(request.creator_id(), [&](const std::string& brief_id) {
        hidden.insert(brief_id);
        return true;
      }));
  PageCollector<v1::Brief> page(EffectivePageSize(request.page_size()));
  MM_RETURN_IF_ERROR(ctx_.store().ScanBriefs(after, [&](const v1::Brief& brief) {
    if (brief.status() != v1::BRIEF_STATUS_OPEN || hidden.contains(brief.id()) ||
        !MatchesFilters(request, brief)) {
      return true;
    }
    return page.Add(brief, brief.id());
  }));
  v1::ListOpenBriefsResponse response;
  for (v1::Brief& brief : page.items()) *response.add_briefs() = std::move(brief);
  response.set_next_page_token(page.next_page_token());
  return response;
}

absl::StatusOr<v1::HideBriefResponse> OpenBriefOperations::Hide(
    const v1::HideBriefRequest& request) {
  return RunIdempotentMutation<v1::HideBriefResponse>(
      ctx_, "CreatorService.HideBrief", request.request_id(),
      [&](storage::WriteSet& writes) -> absl::StatusOr<v1::HideBriefResponse> {
        MM_RETURN_IF_ERROR(
            Found(ctx_.store().GetCreator(request.creator_id()), "creator", request.creator_id())
                .status());
        MM_ASSIGN_OR_RETURN(v1::Brief brief, Found(ctx_.store().GetBrief(request.brief_id()),
                                                   "brief", request.brief_id()));
        MM_ASSIGN_OR_RETURN(bool hidden,
                            ctx_.store().IsBriefHidden(request.creator_id(), request.brief_id()));
        if (hidden) return v1::HideBriefResponse();
        v1::HistoryEvent event =
            NewEvent(v1::EVENT_TYPE_BRIEF_HIDDEN, CreatorActor(request.creator_id()), ctx_.Now());
        event.set_creator_id(request.creator_id());
        event.set_brief_id(brief.id());
        event.set_brand_id(brief.brand_id());
        writes.HideBrief(request.creator_id(), request.brief_id());
        writes.AppendHistory(std::move(event));
        return v1::HideBriefResponse();
      });
}

absl::StatusOr<v1::UnhideBriefResponse> OpenBriefOperations::Unhide(
    const v1::UnhideBriefRequest& request) {
  return RunIdempotentMutation<v1::UnhideBriefResponse>(
      ctx_, "CreatorService.UnhideBrief", request.request_id(),
      [&](storage::WriteSet& writes) -> absl::StatusOr<v1::UnhideBriefResponse> {
        MM_RETURN_IF_ERROR(
            Found(ctx_.store().GetCreator(request.creator_id()), "creator", request.creator_id())
                .status());
        MM_ASSIGN_OR_RETURN(v1::Brief brief, Found(ctx_.store().GetBrief(request.brief_id()),
                                                   "brief", request.brief_id()));
        MM_ASSIGN_OR_RETURN(bool hidden,
                            ctx_.store().IsBriefHidden(request.creator_id(), request.brief_id()));
        if (!hidden) return v1::UnhideBriefResponse();
        v1::HistoryEvent event =
            NewEvent(v1::EVENT_TYPE_BRIEF_UNHIDDEN, CreatorActor(request.creator_id()), ctx_.Now());
        event.set_creator_id(request.creator_id());
        event.set_brief_id(brief.id());
        event.set_brand_id(brief.brand_id());
        writes.UnhideBrief(request.creator_id(), request.brief_id());
        writes.AppendHistory(std::move(event));
        return v1::UnhideBriefResponse();
      });
}

}  // namespace matchmaker::service
