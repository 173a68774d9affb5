#include "server/service/executor.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "server/service/retry_hint.h"

namespace matchmaker::service {

Executor::Executor(int threads, std::size_t max_queued_calls)
    : max_queued_calls_(max_queued_calls) {
  if (threads < 1) threads = 1;
  workers_.reserve(threads);
  for (int i = 0; i < threads; ++i) workers_.emplace_back([this] { WorkLoop(); });
}

Executor::~Executor() { Shutdown(); }

bool Executor::Post(std::function<void()> task) {
  absl::MutexLock lock(&mu_);
  if (stopping_) return false;
  queue_.push_back(std::move(task));
  work_or_stop_.Signal();
  return true;
}

absl::Status Executor::Admit(std::function<void()> task) {
  absl::MutexLock lock(&mu_);
  if (stopping_) return absl::UnavailableError("server is shutting down");
  if (max_queued_calls_ > 0 && queue_.size() >= max_queued_calls_) {
    // The call never ran, so a retry is safe. The hint is about the time the queue takes to
    // drain at the measured capacity (64 calls at ~700-1,700 calls/s, docs/OVERLOAD.md);
    // clients add their own growing, jittered backoff on top.
    return WithRetryHint(
        absl::ResourceExhaustedError(absl::StrCat("server overloaded: ", queue_.size(),
                                                  " calls already wait for a worker; retry later")),
        kOverloadRetryDelay);
  }
  queue_.push_back(std::move(task));
  work_or_stop_.Signal();
  return absl::OkStatus();
}

std::size_t Executor::queued() const {
  absl::MutexLock lock(&mu_);
  return queue_.size();
}

void Executor::Shutdown() {
  {
    absl::MutexLock lock(&mu_);
    stopping_ = true;
    work_or_stop_.SignalAll();
  }
  for (std::thread& worker : workers_) {
    if (worker.joinable()) worker.join();
  }
}

void Executor::WorkLoop() {
  while (true) {
    std::function<void()> task;
    {
      absl::MutexLock lock(&mu_);
      while (!stopping_ && queue_.empty()) work_or_stop_.Wait(&mu_);
      if (queue_.empty()) return;  // stopping and drained
      task = std::move(queue_.front());
      queue_.pop_front();
    }
    task();
  }
}

}  // namespace matchmaker::service
