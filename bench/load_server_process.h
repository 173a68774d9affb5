#ifndef MATCHMAKER_BENCH_LOAD_SERVER_PROCESS_H_
#define MATCHMAKER_BENCH_LOAD_SERVER_PROCESS_H_

// A matchmaker_server child process for the load program: started with --listen=127.0.0.1:0,
// its stderr copied to a log file while the "listening on HOST:PORT" line is awaited, its
// memory read from /proc/<pid>/status, and stopped with SIGTERM.

#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace matchmaker::bench {

struct ProcessMemory {
  int64_t vm_rss_kib = 0;  // resident now
  int64_t vm_hwm_kib = 0;  // resident peak so far
};

// VmRSS / VmHWM of `pid`; NOT_FOUND once the process is gone.
absl::StatusOr<ProcessMemory> ReadProcessMemory(pid_t pid);

class ServerProcess {
 public:
  // Starts `binary` with `args` (plus --listen=127.0.0.1:0) and waits for its listening line.
  static absl::StatusOr<std::unique_ptr<ServerProcess>> Start(const std::string& binary,
                                                              std::vector<std::string> args,
                                                              const std::string& log_path);
  // Kills the process if Stop was not called.
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  pid_t pid() const { return pid_; }
  // "127.0.0.1:PORT".
  const std::string& address() const { return address_; }
  // True while the process has not exited.
  bool Alive();
  // SIGTERM, then waits; returns the exit status text ("exit 0", "signal 9", ...).
  std::string Stop();

 private:
  ServerProcess() = default;
  void CopyLog(int fd, const std::string& log_path);

  pid_t pid_ = -1;
  bool reaped_ = false;
  int exit_status_ = 0;
  std::string address_;
  std::thread log_copier_;
};

// Whether `binary --helpfull` lists `flag` (to pass optional flags other engineers add).
bool BinaryHasFlag(const std::string& binary, const std::string& flag);

}  // namespace matchmaker::bench

#endif  // MATCHMAKER_BENCH_LOAD_SERVER_PROCESS_H_
