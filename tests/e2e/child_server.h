#ifndef MATCHMAKER_TESTS_E2E_CHILD_SERVER_H_
#define MATCHMAKER_TESTS_E2E_CHILD_SERVER_H_

// The real matchmaker_server binary as a child process with any flags, which a test can
// SIGKILL (the crash test) or let exit on its own (--restore_only). Unlike
// tests/client/server_process.h it never stops the server gently unless asked: a crash test
// must not give RocksDB a clean shutdown.

#include <sys/types.h>

#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"

namespace matchmaker::testing {

class ChildServer {
 public:
  // `args` are passed after the binary name, e.g. {"--listen=127.0.0.1:0", "--data_dir=/x"}.
  ChildServer(std::string binary, std::vector<std::string> args)
      : binary_(std::move(binary)), args_(std::move(args)) {}
  // SIGKILLs a child that is still running.
  ~ChildServer();
  ChildServer(const ChildServer&) = delete;
  ChildServer& operator=(const ChildServer&) = delete;

  // Starts the child and waits for its "listening on HOST:PORT" line.
  absl::Status Start();
  // Starts the child and waits for it to exit; returns its exit code.
  absl::StatusOr<int> RunToExit(absl::Duration timeout);
  // Sends `signal` and reaps the child.
  void Kill(int signal);
  // "127.0.0.1:PORT"; valid after Start() succeeded.
  const std::string& address() const { return address_; }
  // Everything the child wrote to stdout and stderr so far.
  std::string Log() const;

 private:
  absl::Status Spawn();
  void DrainOutput(int fd);
  void JoinReader();

  const std::string binary_;
  const std::vector<std::string> args_;
  pid_t pid_ = -1;
  std::string address_;
  std::thread reader_;
  mutable absl::Mutex mutex_;
  std::string log_ ABSL_GUARDED_BY(mutex_);
};

}  // namespace matchmaker::testing

#endif  // MATCHMAKER_TESTS_E2E_CHILD_SERVER_H_
