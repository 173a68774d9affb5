#include "server/service/operation_context.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "server/service/server_log.h"

namespace matchmaker::service {

absl::StatusOr<std::vector<v1::HistoryEvent>> OperationContext::Commit(
    storage::WriteSet writes) const {
  absl::StatusOr<std::vector<v1::HistoryEvent>> committed = store_->Commit(std::move(writes));
  if (!committed.ok() || index_ == nullptr) return committed;
  for (const v1::HistoryEvent& event : *committed) {
    // The write is durable already: a record the index cannot take is logged, not failed.
    const absl::Status applied = index_->ApplyHistoryEvent(event);
    if (!applied.ok()) {
      LogError(absl::StrCat("matching index skipped history event ", event.id(), ": ",
                            applied.ToString()));
    }
  }
  return committed;
}

}  // namespace matchmaker::service
