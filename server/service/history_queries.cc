#include "server/service/history_queries.h"

#include <algorithm>
#include <utility>

#include "absl/strings/numbers.h"
#include "server/service/page_token.h"
#include "server/service/status_macros.h"
#include "server/service/time_conversion.h"

namespace matchmaker::service {

absl::StatusOr<HistoryPage> QueryHistory(const storage::Store& store, const HistoryQuery& query) {
  MM_ASSIGN_OR_RETURN(int64_t after, DecodeSequencePageToken(query.page_token));
  const int page_size = EffectivePageSize(query.page_size);
  const bool has_start = query.start_time != nullptr && IsSet(*query.start_time);
  const absl::Time start = has_start ? FromTimestamp(*query.start_time) : absl::InfinitePast();
  HistoryPage page;
  int64_t last_sequence = 0;
  MM_RETURN_IF_ERROR(
      store.ScanHistory(query.subject, query.subject_id, after, [&](const v1::HistoryEvent& event) {
        if (!query.types.empty() &&
            std::find(query.types.begin(), query.types.end(), event.type()) == query.types.end()) {
          return true;
        }
        if (std::find(query.excluded_types.begin(), query.excluded_types.end(), event.type()) !=
            query.excluded_types.end()) {
          return true;
        }
        if (has_start && FromTimestamp(event.event_time()) < start) return true;
        if (static_cast<int>(page.events.size()) >= page_size) {
          page.next_page_token = EncodeSequencePageToken(last_sequence);
          return false;
        }
        int64_t sequence = 0;
        if (!absl::SimpleAtoi(event.id(), &sequence)) sequence = last_sequence + 1;
        last_sequence = sequence;
        page.events.push_back(event);
        return true;
      }));
  return page;
}

std::vector<v1::EventType> CreatorPrivateEventTypes() {
  return {v1::EVENT_TYPE_BRIEF_HIDDEN, v1::EVENT_TYPE_BRIEF_UNHIDDEN};
}

absl::StatusOr<v1::ListHistoryResponse> ListHistory(const storage::Store& store,
                                                    const v1::ListHistoryRequest& request) {
  HistoryQuery query;
  if (!request.creator_id().empty()) {
    query.subject = storage::HistorySubject::kCreator;
    query.subject_id = request.creator_id();
  } else if (!request.brand_id().empty()) {
    query.subject = storage::HistorySubject::kBrand;
    query.subject_id = request.brand_id();
  } else if (!request.brief_id().empty()) {
    query.subject = storage::HistorySubject::kBrief;
    query.subject_id = request.brief_id();
  } else if (!request.offer_id().empty()) {
    query.subject = storage::HistorySubject::kOffer;
    query.subject_id = request.offer_id();
  }
  query.page_size = request.page_size();
  query.page_token = request.page_token();
  for (int type : request.types()) query.types.push_back(static_cast<v1::EventType>(type));
  if (request.has_start_time()) query.start_time = &request.start_time();
  MM_ASSIGN_OR_RETURN(HistoryPage page, QueryHistory(store, query));
  v1::ListHistoryResponse response;
  for (v1::HistoryEvent& event : page.events) *response.add_events() = std::move(event);
  response.set_next_page_token(page.next_page_token);
  return response;
}

}  // namespace matchmaker::service
