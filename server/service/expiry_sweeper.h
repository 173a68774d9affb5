#ifndef MATCHMAKER_SERVER_SERVICE_EXPIRY_SWEEPER_H_
#define MATCHMAKER_SERVER_SERVICE_EXPIRY_SWEEPER_H_

// Every `period`, posts one sweep to the executor that marks pending offers past their
// expire_time EXPIRED (OfferOperations::ExpireDue). A sweep still running skips the next
// tick rather than queueing behind itself. Transitions also expire lazily, so the sweeper
// only keeps states and stats tidy between calls.

#include <atomic>
#include <thread>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "server/service/executor.h"
#include "server/service/offer_operations.h"

namespace matchmaker::service {

class ExpirySweeper {
 public:
  // Starts ticking at once; `executor` and `offers` must outlive this.
  ExpirySweeper(Executor& executor, OfferOperations& offers, absl::Duration period);
  // Stops (see Stop).
  ~ExpirySweeper();
  ExpirySweeper(const ExpirySweeper&) = delete;
  ExpirySweeper& operator=(const ExpirySweeper&) = delete;

  // No further ticks; waits for the timer thread. A sweep already posted still runs on the
  // executor (whose Shutdown drains it). Idempotent.
  void Stop();

 private:
  void TickLoop();
  void Sweep();

  Executor& executor_;
  OfferOperations& offers_;
  const absl::Duration period_;
  std::atomic<bool> sweep_running_{false};
  absl::Mutex mu_;
  // Signalled by Stop. A CondVar rather than Mutex::AwaitWithTimeout, for the reason given in
  // executor.h (ThreadSanitizer against an uninstrumented abseil).
  absl::CondVar stop_requested_;
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  std::thread ticker_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_EXPIRY_SWEEPER_H_
