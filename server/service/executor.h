#ifndef MATCHMAKER_SERVER_SERVICE_EXECUTOR_H_
#define MATCHMAKER_SERVER_SERVICE_EXECUTOR_H_

// A fixed pool of worker threads owned by the server. gRPC reactions never block: they post
// the blocking part of a call (validation, RocksDB, business logic) here, and the task
// finishes the RPC.
//
// Overload: a call that arrives while `max_queued_calls` calls already wait is refused at once
// (Admit → RESOURCE_EXHAUSTED) instead of waiting behind work it would time out in anyway; that
// bounds the queue's memory and keeps admitted calls' latency near the work's own cost.

#include <cstddef>
#include <deque>
#include <functional>
#include <thread>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/status/status.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"

namespace matchmaker::service {

class Executor {
 public:
  // The retry hint (retry_hint.h) on Admit's RESOURCE_EXHAUSTED.
  static constexpr absl::Duration kOverloadRetryDelay = absl::Milliseconds(100);

  // Starts `threads` workers (at least one). `max_queued_calls` 0 means no bound.
  explicit Executor(int threads, std::size_t max_queued_calls = 0);
  // Shuts down (see Shutdown).
  ~Executor();
  Executor(const Executor&) = delete;
  Executor& operator=(const Executor&) = delete;

  // Queues `task`; runs it on some worker, in FIFO order of posting. Returns false, without
  // running it, once Shutdown has begun. Thread-safe.
  // For work that continues something already admitted (a stream's next batch, the sweeper):
  // never refused for load.
  [[nodiscard]] bool Post(std::function<void()> task);

  // For the work of a newly arrived call: RESOURCE_EXHAUSTED with a retry hint
  // (kOverloadRetryDelay) when `max_queued_calls` tasks already wait, UNAVAILABLE once Shutdown has
  // begun; otherwise queued as Post does.
  [[nodiscard]] absl::Status Admit(std::function<void()> task);

  // Tasks waiting for a worker now (for metrics).
  std::size_t queued() const;

  // Refuses new tasks, runs every task already queued, then joins the workers. Idempotent.
  // Must not be called from a worker.
  void Shutdown();

 private:
  void WorkLoop();

  const std::size_t max_queued_calls_;
  mutable absl::Mutex mu_;
  // Signalled when a task is queued or Shutdown begins. A CondVar, not Mutex::Await: abseil
  // evaluates an Await condition inside whichever thread unlocks, which a ThreadSanitizer build
  // against Debian's uninstrumented abseil cannot see as protected by mu_ (docs/SANITIZERS.md).
  absl::CondVar work_or_stop_;
  std::deque<std::function<void()>> queue_ ABSL_GUARDED_BY(mu_);
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  std::vector<std::thread> workers_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_EXECUTOR_H_
