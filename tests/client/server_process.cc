#include "tests/client/server_process.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"

namespace matchmaker::testing {

ServerProcess::~ServerProcess() {
  if (pid_ > 0) {
    ::kill(pid_, SIGTERM);
    int status = 0;
    // A server that ignores SIGTERM for 10 s is killed: the test must not hang.
    for (int i = 0; i < 100 && ::waitpid(pid_, &status, WNOHANG) == 0; ++i) {
      absl::SleepFor(absl::Milliseconds(100));
      if (i == 99) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, &status, 0);
      }
    }
  }
  if (reader_.joinable()) reader_.join();
}

absl::Status ServerProcess::Start() {
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) return absl::InternalError("pipe failed");
  const std::string listen = "--listen=127.0.0.1:0";
  const std::string data_dir = "--data_dir=" + data_dir_;
  pid_ = ::fork();
  if (pid_ < 0) return absl::InternalError("fork failed");
  if (pid_ == 0) {
    ::dup2(pipe_fds[1], STDOUT_FILENO);
    ::dup2(pipe_fds[1], STDERR_FILENO);
    ::close(pipe_fds[0]);
    ::close(pipe_fds[1]);
    ::execl(binary_.c_str(), binary_.c_str(), listen.c_str(), data_dir.c_str(),
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(pipe_fds[1]);
  reader_ = std::thread([this, fd = pipe_fds[0]] { DrainOutput(fd); });

  const std::string marker = "listening on ";
  const absl::Time deadline = absl::Now() + absl::Seconds(60);
  while (absl::Now() < deadline) {
    {
      absl::MutexLock lock(&mutex_);
      size_t at = log_.find(marker);
      if (at != std::string::npos) {
        size_t end = log_.find_first_of(" \n", at + marker.size());
        if (end != std::string::npos) {
          address_ = log_.substr(at + marker.size(), end - at - marker.size());
          return absl::OkStatus();
        }
      }
    }
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return absl::InternalError(absl::StrCat("server exited early:\n", Log()));
    }
    absl::SleepFor(absl::Milliseconds(20));
  }
  return absl::DeadlineExceededError(absl::StrCat("no \"listening on\" line:\n", Log()));
}

std::string ServerProcess::Log() const {
  absl::MutexLock lock(&mutex_);
  return log_;
}

void ServerProcess::DrainOutput(int fd) {
  // Reading until EOF keeps the server from blocking on a full pipe.
  char buffer[4096];
  ssize_t n;
  while ((n = ::read(fd, buffer, sizeof(buffer))) > 0) {
    absl::MutexLock lock(&mutex_);
    log_.append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
}

std::string ServerProcess::AdminKey() const {
  std::ifstream in(admin_key_file());
  std::string key;
  std::getline(in, key);
  return key;
}

}  // namespace matchmaker::testing
