#include "server/service/expiry_sweeper.h"

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "server/service/server_log.h"

namespace matchmaker::service {

ExpirySweeper::ExpirySweeper(Executor& executor, OfferOperations& offers, absl::Duration period)
    : executor_(executor), offers_(offers), period_(period) {
  ticker_ = std::thread([this] { TickLoop(); });
}

ExpirySweeper::~ExpirySweeper() { Stop(); }

void ExpirySweeper::Stop() {
  {
    absl::MutexLock lock(&mu_);
    stopping_ = true;
    stop_requested_.SignalAll();
  }
  if (ticker_.joinable()) ticker_.join();
}

void ExpirySweeper::TickLoop() {
  absl::MutexLock lock(&mu_);
  while (true) {
    // Sleeps one whole period (through spurious wake-ups) unless Stop comes first.
    const absl::Time next_sweep = absl::Now() + period_;
    bool period_over = false;
    while (!stopping_ && !period_over) {
      period_over = stop_requested_.WaitWithDeadline(&mu_, next_sweep);
    }
    if (stopping_) return;
    if (sweep_running_.exchange(true)) continue;
    if (!executor_.Post([this] { Sweep(); })) {
      sweep_running_ = false;
      return;
    }
  }
}

void ExpirySweeper::Sweep() {
  absl::StatusOr<int> expired = offers_.ExpireDue(absl::Now());
  if (!expired.ok()) {
    LogError(absl::StrCat("expiry sweep failed: ", expired.status().ToString()));
  } else if (*expired > 0) {
    LogInfo(absl::StrCat("expired ", *expired, " offers"));
  }
  sweep_running_ = false;
}

}  // namespace matchmaker::service
