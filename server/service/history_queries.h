#ifndef MATCHMAKER_SERVER_SERVICE_HISTORY_QUERIES_H_
#define MATCHMAKER_SERVER_SERVICE_HISTORY_QUERIES_H_

// Pages of the append-only history, oldest first, for one subject or all of it. History
// outlives its subjects (a deleted brand's history stays readable), so unknown subject ids
// give empty pages, not NOT_FOUND.

#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "google/protobuf/timestamp.pb.h"
#include "matchmaker/v1/admin_service.pb.h"
#include "storage/store.h"

namespace matchmaker::service {

struct HistoryQuery {
  storage::HistorySubject subject = storage::HistorySubject::kAll;
  std::string subject_id;
  int32_t page_size = 0;
  std::string page_token;
  // Only these types; empty means all.
  std::vector<v1::EventType> types;
  // Never these types (applied after `types`).
  std::vector<v1::EventType> excluded_types;
  // Only events at or after this time, when set.
  const google::protobuf::Timestamp* start_time = nullptr;
};

struct HistoryPage {
  std::vector<v1::HistoryEvent> events;
  std::string next_page_token;
};

[[nodiscard]] absl::StatusOr<HistoryPage> QueryHistory(const storage::Store& store,
                                                       const HistoryQuery& query);

// The AdminService form: at most one subject id set (validated), optional types.
[[nodiscard]] absl::StatusOr<v1::ListHistoryResponse> ListHistory(
    const storage::Store& store, const v1::ListHistoryRequest& request);

// Events that are one creator's private business even though they name a brief: a creator
// hiding or unhiding a brief is a preference the brand must not see. The brand-side history
// RPCs leave them out; the creator's own history and the admin history keep them.
[[nodiscard]] std::vector<v1::EventType> CreatorPrivateEventTypes();

// The List{Brand,Brief,Creator}HistoryRequest form: one subject, paging and start_time,
// leaving out `excluded_types`.
template <typename Response, typename Request>
[[nodiscard]] absl::StatusOr<Response> SubjectHistory(
    const storage::Store& store, storage::HistorySubject subject, const std::string& subject_id,
    const Request& request, std::vector<v1::EventType> excluded_types = {}) {
  HistoryQuery query;
  query.subject = subject;
  query.subject_id = subject_id;
  query.excluded_types = std::move(excluded_types);
  query.page_size = request.page_size();
  query.page_token = request.page_token();
  if (request.has_start_time()) query.start_time = &request.start_time();
  absl::StatusOr<HistoryPage> page = QueryHistory(store, query);
  if (!page.ok()) return page.status();
  Response response;
  for (v1::HistoryEvent& event : page->events) *response.add_events() = std::move(event);
  response.set_next_page_token(page->next_page_token);
  return response;
}

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_HISTORY_QUERIES_H_
