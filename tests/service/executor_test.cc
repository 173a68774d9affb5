// Executor admission: Admit refuses exactly when max_queued_calls tasks wait, Post never refuses
// for load, shutdown refuses both and still runs what was queued. A gate task holds the only
// worker so the queue's length is known exactly (no timing involved).

#include "server/service/executor.h"

#include <atomic>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/synchronization/mutex.h"
#include "absl/synchronization/notification.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"

namespace matchmaker::service {
namespace {

// Occupies one worker until Release(); WaitStarted() returns once the worker is inside it.
class Gate {
 public:
  std::function<void()> Task() {
    return [this] {
      started_.Notify();
      released_.WaitForNotification();
    };
  }
  void WaitStarted() { started_.WaitForNotification(); }
  void Release() { released_.Notify(); }

 private:
  absl::Notification started_;
  absl::Notification released_;
};

// Records the order tasks ran in.
class RunLog {
 public:
  std::function<void()> Task(int id) {
    return [this, id] {
      absl::MutexLock lock(&mu_);
      ran_.push_back(id);
    };
  }
  std::vector<int> ran() {
    absl::MutexLock lock(&mu_);
    return ran_;
  }

 private:
  absl::Mutex mu_;
  std::vector<int> ran_;
};

TEST(ExecutorTest, AdmitRefusesExactlyWhenTheQueueIsFull) {
  Executor executor(/*threads=*/1, /*max_queued_calls=*/3);
  Gate gate;
  RunLog log;
  ASSERT_TRUE(executor.Post(gate.Task()));
  gate.WaitStarted();
  EXPECT_EQ(executor.queued(), 0u);

  EXPECT_OK(executor.Admit(log.Task(1)));
  EXPECT_OK(executor.Admit(log.Task(2)));
  EXPECT_OK(executor.Admit(log.Task(3)));
  EXPECT_EQ(executor.queued(), 3u);

  const absl::Status refused = executor.Admit(log.Task(4));
  EXPECT_EQ(refused.code(), absl::StatusCode::kResourceExhausted) << refused;
  EXPECT_NE(refused.message().find("3 calls already wait"), std::string::npos) << refused;
  EXPECT_EQ(executor.queued(), 3u);  // the refused task was not queued

  gate.Release();
  executor.Shutdown();
  EXPECT_EQ(log.ran(), (std::vector<int>{1, 2, 3}));  // FIFO; 4 never ran
}

TEST(ExecutorTest, PostIsNeverRefusedForLoad) {
  Executor executor(/*threads=*/1, /*max_queued_calls=*/1);
  Gate gate;
  RunLog log;
  ASSERT_TRUE(executor.Post(gate.Task()));
  gate.WaitStarted();
  EXPECT_OK(executor.Admit(log.Task(1)));
  EXPECT_EQ(executor.Admit(log.Task(2)).code(), absl::StatusCode::kResourceExhausted);
  // Work that continues something already admitted goes past the bound.
  EXPECT_TRUE(executor.Post(log.Task(3)));
  EXPECT_TRUE(executor.Post(log.Task(4)));
  EXPECT_EQ(executor.queued(), 3u);
  gate.Release();
  executor.Shutdown();
  EXPECT_EQ(log.ran(), (std::vector<int>{1, 3, 4}));
}

TEST(ExecutorTest, AdmitsAgainOnceTheQueueDrains) {
  Executor executor(/*threads=*/1, /*max_queued_calls=*/1);
  Gate gate;
  ASSERT_TRUE(executor.Post(gate.Task()));
  gate.WaitStarted();
  absl::Notification first_ran;
  EXPECT_OK(executor.Admit([&] { first_ran.Notify(); }));
  EXPECT_EQ(executor.Admit([] {}).code(), absl::StatusCode::kResourceExhausted);
  gate.Release();
  first_ran.WaitForNotification();

  // The worker is free again; hold it once more so the queue length is exact.
  Gate second_gate;
  ASSERT_TRUE(executor.Post(second_gate.Task()));
  second_gate.WaitStarted();
  absl::Notification second_ran;
  EXPECT_OK(executor.Admit([&] { second_ran.Notify(); }));
  second_gate.Release();
  second_ran.WaitForNotification();
}

TEST(ExecutorTest, ZeroBoundNeverRefuses) {
  Executor executor(/*threads=*/1, /*max_queued_calls=*/0);
  Gate gate;
  std::atomic<int> ran{0};
  ASSERT_TRUE(executor.Post(gate.Task()));
  gate.WaitStarted();
  for (int i = 0; i < 10000; ++i) {
    ASSERT_OK(executor.Admit([&ran] { ran.fetch_add(1); }));
  }
  EXPECT_EQ(executor.queued(), 10000u);
  gate.Release();
  executor.Shutdown();
  EXPECT_EQ(ran.load(), 10000);
}

TEST(ExecutorTest, ShutdownRefusesNewWorkAndRunsWhatWasQueued) {
  Executor executor(/*threads=*/2, /*max_queued_calls=*/0);
  Gate gate_a;
  Gate gate_b;
  std::atomic<int> ran{0};
  ASSERT_TRUE(executor.Post(gate_a.Task()));
  ASSERT_TRUE(executor.Post(gate_b.Task()));
  gate_a.WaitStarted();
  gate_b.WaitStarted();
  int accepted = 0;
  ASSERT_OK(executor.Admit([&ran] { ran.fetch_add(1); }));
  ASSERT_TRUE(executor.Post([&ran] { ran.fetch_add(1); }));
  accepted += 2;

  // Shutdown joins the workers, so it runs on its own thread while the gates hold them. Until
  // it flips to stopping, Admit still queues (those tasks must run too); then it refuses.
  std::thread stopper([&executor] { executor.Shutdown(); });
  absl::Status refused = absl::OkStatus();
  while (refused.ok()) {
    refused = executor.Admit([&ran] { ran.fetch_add(1); });
    if (refused.ok()) ++accepted;
  }
  EXPECT_EQ(refused.code(), absl::StatusCode::kUnavailable) << refused;
  EXPECT_NE(refused.message().find("shutting down"), std::string::npos) << refused;
  EXPECT_FALSE(executor.Post([&ran] { ran.fetch_add(1000000); }));

  gate_a.Release();
  gate_b.Release();
  stopper.join();
  EXPECT_EQ(ran.load(), accepted);  // every accepted task ran, none after the refusal
}

}  // namespace
}  // namespace matchmaker::service
