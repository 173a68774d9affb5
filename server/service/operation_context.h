#ifndef MATCHMAKER_SERVER_SERVICE_OPERATION_CONTEXT_H_
#define MATCHMAKER_SERVER_SERVICE_OPERATION_CONTEXT_H_

// What every business operation works with: the store, the deployment settings, the clock,
// and the one mutex that serializes read-decide-commit sequences.

#include <functional>
#include <utility>

#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "server/service/service_config.h"
#include "server/validation/validation_context.h"
#include "storage/store.h"

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
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_OPERATION_CONTEXT_H_
