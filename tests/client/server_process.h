#ifndef MATCHMAKER_TESTS_CLIENT_SERVER_PROCESS_H_
#define MATCHMAKER_TESTS_CLIENT_SERVER_PROCESS_H_

#include <sys/types.h>

#include <string>
#include <thread>

#include "absl/status/status.h"
#include "absl/synchronization/mutex.h"

namespace matchmaker::testing {

// A matchmaker_server child process on a free port (--listen=127.0.0.1:0) over `data_dir`.
// Start() waits for its "listening on HOST:PORT" line; the destructor stops it with SIGTERM.
class ServerProcess {
 public:
  ServerProcess(std::string binary, std::string data_dir)
      : binary_(std::move(binary)), data_dir_(std::move(data_dir)) {}
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  absl::Status Start();
  // "127.0.0.1:PORT"; valid after Start() succeeded.
  const std::string& address() const { return address_; }
  // Everything the server logged so far, for failure messages.
  std::string Log() const;
  // The bootstrap admin key the server wrote to <data_dir>/admin.key at its first start
  // ("" if it cannot be read). Clients send it as their API key.
  std::string AdminKey() const;
  std::string admin_key_file() const { return data_dir_ + "/admin.key"; }

 private:
  void DrainOutput(int fd);

  const std::string binary_;
  const std::string data_dir_;
  pid_t pid_ = -1;
  std::string address_;
  std::thread reader_;
  mutable absl::Mutex mutex_;
  std::string log_ ABSL_GUARDED_BY(mutex_);
};

}  // namespace matchmaker::testing

#endif  // MATCHMAKER_TESTS_CLIENT_SERVER_PROCESS_H_
