#include "bench/load_server_process.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <future>
#include <memory>
#include <string_view>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace matchmaker::bench {
namespace {

constexpr std::string_view kListening = "listening on ";

std::string DescribeWaitStatus(int status) {
  if (WIFEXITED(status)) return absl::StrCat("exit ", WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return absl::StrCat("signal ", WTERMSIG(status));
  return absl::StrCat("wait status ", status);
}

}  // namespace

absl::StatusOr<ProcessMemory> ReadProcessMemory(pid_t pid) {
  std::ifstream in(absl::StrCat("/proc/", pid, "/status"));
  if (!in) return absl::NotFoundError(absl::StrCat("no /proc/", pid, "/status"));
  ProcessMemory memory;
  std::string line;
  while (std::getline(in, line)) {
    // "VmRSS:\t   12345 kB"
    for (auto [name, field] : {std::pair<absl::string_view, int64_t*>{"VmRSS:", &memory.vm_rss_kib},
                               {"VmHWM:", &memory.vm_hwm_kib}}) {
      absl::string_view rest = line;
      if (!absl::ConsumePrefix(&rest, name)) continue;
      rest = absl::StripAsciiWhitespace(rest);
      absl::ConsumeSuffix(&rest, "kB");
      int64_t value = 0;
      if (absl::SimpleAtoi(absl::StripAsciiWhitespace(rest), &value)) *field = value;
    }
  }
  return memory;
}

absl::StatusOr<std::unique_ptr<ServerProcess>> ServerProcess::Start(const std::string& binary,
                                                                    std::vector<std::string> args,
                                                                    const std::string& log_path) {
  args.insert(args.begin(), binary);
  args.push_back("--listen=127.0.0.1:0");
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) return absl::InternalError("pipe failed");
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  const pid_t pid = fork();
  if (pid < 0) return absl::InternalError("fork failed");
  if (pid == 0) {
    dup2(pipe_fds[1], STDERR_FILENO);
    close(pipe_fds[0]);
    close(pipe_fds[1]);
    execv(binary.c_str(), argv.data());
    perror("execv");
    _exit(127);
  }
  close(pipe_fds[1]);
  auto process = std::unique_ptr<ServerProcess>(new ServerProcess());
  process->pid_ = pid;
  // The copier thread owns the read end: it announces the listening line, then keeps copying
  // (an undrained pipe would block the server's logging).
  auto listening = std::make_shared<std::promise<std::string>>();
  std::future<std::string> address = listening->get_future();
  process->log_copier_ = std::thread([fd = pipe_fds[0], log_path, listening] {
    std::ofstream log(log_path);
    bool announced = false;
    std::string pending;
    char buffer[4096];
    ssize_t n;
    while ((n = read(fd, buffer, sizeof(buffer))) > 0) {
      log.write(buffer, n);
      log.flush();
      if (announced) continue;
      pending.append(buffer, static_cast<std::size_t>(n));
      const std::size_t at = pending.find(kListening);
      if (at == std::string::npos) continue;
      const std::size_t end = pending.find_first_of(" \n", at + kListening.size());
      if (end == std::string::npos) continue;
      listening->set_value(pending.substr(at + kListening.size(), end - at - kListening.size()));
      announced = true;
    }
    if (!announced) listening->set_value("");
    close(fd);
  });
  process->address_ = address.get();
  if (process->address_.empty()) {
    return absl::UnavailableError(
        absl::StrCat("server exited before listening (", process->Stop(), "); see ", log_path));
  }
  return process;
}

ServerProcess::~ServerProcess() {
  if (!reaped_ && pid_ > 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, &exit_status_, 0);
    reaped_ = true;
  }
  if (log_copier_.joinable()) log_copier_.join();
}

bool ServerProcess::Alive() {
  if (reaped_) return false;
  if (waitpid(pid_, &exit_status_, WNOHANG) == pid_) reaped_ = true;
  return !reaped_;
}

std::string ServerProcess::Stop() {
  if (!reaped_) {
    kill(pid_, SIGTERM);
    waitpid(pid_, &exit_status_, 0);
    reaped_ = true;
  }
  if (log_copier_.joinable()) log_copier_.join();
  return DescribeWaitStatus(exit_status_);
}

bool BinaryHasFlag(const std::string& binary, const std::string& flag) {
  FILE* help = popen(absl::StrCat("'", binary, "' --helpfull 2>&1").c_str(), "r");
  if (help == nullptr) return false;
  std::string text;
  char buffer[4096];
  std::size_t n;
  while ((n = fread(buffer, 1, sizeof(buffer), help)) > 0) text.append(buffer, n);
  pclose(help);
  return absl::StrContains(text, absl::StrCat("-", flag, " "));
}

}  // namespace matchmaker::bench
