#ifndef MATCHMAKER_SERVER_SERVICE_OPERATION_CONTEXT_H_
#define MATCHMAKER_SERVER_SERVICE_OPERATION_CONTEXT_H_

// What every business operation works with: the store, the deployment settings, the clock,
// the one mutex that serializes read-decide-commit sequences, and the in-memory matching index
// that every commit keeps in step (Commit below is the only way operations write).

#include <functional>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "matchmaker/v1/history.pb.h"
#include "server/index/matching_index.h"
#include "server/service/matcher_metrics.h"
#include "server/service/service_config.h"
#include "server/validation/validation_context.h"
#include "storage/store.h"
#include "storage/write_set.h"

namespace matchmaker::service {

class OperationContext {
 public:
  // `store` must outlive this. `clock` defaults to absl::Now (tests may inject another).
  OperationContext(storage::Store* store, ServiceConfig config,
                   std::function<absl::Time()> clock = nullptr)
      : store_(store), config_(std::move(config)), clock_(std::move(clock)) {
    validation_.embedding_dim = config_.embedding_dim;
  }
  OperationContext(const OperationContext&) = delete;
  OperationContext& operator=(const OperationContext&) = delete;

  storage::Store& store() const { return *store_; }
  const ServiceConfig& config() const { return config_; }
  const validation::ValidationContext& validation() const { return validation_; }
  absl::Time Now() const { return clock_ ? clock_() : absl::Now(); }

  // The matching index fed by Commit; null until attached (then matching calls fail with
  // UNAVAILABLE). `index` must outlive this; attach before serving.
  void AttachMatchingIndex(index::MatchingIndex* index) { index_ = index; }
  const index::MatchingIndex* matching_index() const { return index_; }

  // Where matching operations report their stage counts; null (nothing reported) until
  // attached. `metrics` must outlive this; attach before serving.
  void AttachMatcherMetrics(MatcherMetrics* metrics) { matcher_metrics_ = metrics; }
  MatcherMetrics* matcher_metrics() const { return matcher_metrics_; }

  // Commits `writes` (storage::Store::Commit) and, once committed, applies every committed
  // history event to the matching index. Every operation writes through here.
  [[nodiscard]] absl::StatusOr<std::vector<v1::HistoryEvent>> Commit(
      storage::WriteSet writes) const;

  // Held by every mutation from its first read to its Commit, so decisions (etag checks,
  // state transitions, capacity counts, uniqueness) are made on state no one else changes
  // before the write lands. Reads that decide nothing do not take it.
  absl::Mutex& mutation_mutex() const ABSL_LOCK_RETURNED(mutation_mu_) { return mutation_mu_; }

 private:
  storage::Store* const store_;
  const ServiceConfig config_;
  validation::ValidationContext validation_;
  const std::function<absl::Time()> clock_;
  mutable absl::Mutex mutation_mu_;
  index::MatchingIndex* index_ = nullptr;
  MatcherMetrics* matcher_metrics_ = nullptr;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_OPERATION_CONTEXT_H_
