#ifndef MATCHMAKER_SERVER_SERVICE_IDEMPOTENT_MUTATION_H_
#define MATCHMAKER_SERVER_SERVICE_IDEMPOTENT_MUTATION_H_

// Runs one mutation: under the mutation mutex, replays the remembered response of a retried
// request_id, or decides the change (reads + a WriteSet + the response), remembers the
// response under "<Service>.<Method>/<request_id>" in the same WriteSet, and commits it.
// A failed decision is not remembered, so a retry tries again; it changes nothing unless it
// added writes before failing, which are then committed on their own (this is how an expired
// offer is marked EXPIRED by the very call that finds it expired). Deciders that fail for
// any other reason fail before adding writes.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "server/service/operation_context.h"
#include "storage/write_set.h"

namespace matchmaker::service {

// The key a request's response is remembered under.
inline std::string RequestKey(absl::string_view service_method, absl::string_view request_id) {
  return absl::StrCat(service_method, "/", request_id);
}

// `decide(storage::WriteSet&) -> absl::StatusOr<Response>` runs with the mutation mutex held.
// An empty WriteSet after a successful decision (a no-op) is committed only to remember the
// request.
template <typename Response, typename Decide>
[[nodiscard]] absl::StatusOr<Response> RunIdempotentMutation(const OperationContext& ctx,
                                                             absl::string_view service_method,
                                                             absl::string_view request_id,
                                                             Decide&& decide) {
  absl::MutexLock lock(&ctx.mutation_mutex());
  std::string key;
  if (!request_id.empty()) {
    key = RequestKey(service_method, request_id);
    absl::StatusOr<std::optional<std::string>> remembered = ctx.store().LookupRequest(key);
    if (!remembered.ok()) return remembered.status();
    if (remembered->has_value()) {
      Response response;
      if (!response.ParseFromString(**remembered)) {
        return absl::DataLossError(absl::StrCat("remembered response for ", key, " is corrupt"));
      }
      return response;
    }
  }
  storage::WriteSet writes;
  absl::StatusOr<Response> response = decide(writes);
  if (!response.ok()) {
    if (!writes.empty()) {
      absl::StatusOr<std::vector<v1::HistoryEvent>> committed = ctx.Commit(std::move(writes));
      if (!committed.ok()) return committed.status();
    }
    return response.status();
  }
  if (!key.empty()) writes.RememberRequest(key, response->SerializeAsString());
  if (!writes.empty()) {
    absl::StatusOr<std::vector<v1::HistoryEvent>> committed = ctx.Commit(std::move(writes));
    if (!committed.ok()) return committed.status();
  }
  return response;
}

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_IDEMPOTENT_MUTATION_H_
