#ifndef MATCHMAKER_SERVER_SERVICE_EXECUTOR_H_
#define MATCHMAKER_SERVER_SERVICE_EXECUTOR_H_

// A fixed pool of worker threads owned by the server. gRPC reactions never block: they post
// the blocking part of a call (validation, RocksDB, business logic) here, and the task
// finishes the RPC.

#include <deque>
#include <functional>
#include <thread>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"

namespace matchmaker::service {

class Executor {
 public:
  // Starts `threads` workers (at least one).
  explicit Executor(int threads);
  // Shuts down (see Shutdown).
  ~Executor();
  Executor(const Executor&) = delete;
  Executor& operator=(const Executor&) = delete;

  // Queues `task`; runs it on some worker, in FIFO order of posting. Returns false, without
  // running it, once Shutdown has begun. Thread-safe.
  [[nodiscard]] bool Post(std::function<void()> task);

  // Refuses new tasks, runs every task already queued, then joins the workers. Idempotent.
  // Must not be called from a worker.
  void Shutdown();

 private:
  void WorkLoop();

  absl::Mutex mu_;
  std::deque<std::function<void()>> queue_ ABSL_GUARDED_BY(mu_);
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  std::vector<std::thread> workers_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_EXECUTOR_H_
