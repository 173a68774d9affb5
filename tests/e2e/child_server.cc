#include "tests/e2e/child_server.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"

namespace matchmaker::testing {

ChildServer::~ChildServer() {
  if (pid_ > 0) Kill(SIGKILL);
  JoinReader();
}

absl::Status ChildServer::Spawn() {
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) return absl::InternalError("pipe failed");
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(binary_.c_str()));
  for (const std::string& arg : args_) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  pid_ = ::fork();
  if (pid_ < 0) return absl::InternalError("fork failed");
  if (pid_ == 0) {
    ::dup2(pipe_fds[1], STDOUT_FILENO);
    ::dup2(pipe_fds[1], STDERR_FILENO);
    ::close(pipe_fds[0]);
    ::close(pipe_fds[1]);
    ::execv(binary_.c_str(), argv.data());
    ::_exit(127);
  }
  ::close(pipe_fds[1]);
  reader_ = std::thread([this, fd = pipe_fds[0]] { DrainOutput(fd); });
  return absl::OkStatus();
}

absl::Status ChildServer::Start() {
  if (absl::Status spawned = Spawn(); !spawned.ok()) return spawned;
  const std::string marker = "listening on ";
  const absl::Time deadline = absl::Now() + absl::Seconds(60);
  while (absl::Now() < deadline) {
    {
      absl::MutexLock lock(&mutex_);
      const size_t at = log_.find(marker);
      if (at != std::string::npos) {
        const size_t end = log_.find_first_of(" \n", at + marker.size());
        if (end != std::string::npos) {
          address_ = log_.substr(at + marker.size(), end - at - marker.size());
          return absl::OkStatus();
        }
      }
    }
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      JoinReader();
      return absl::InternalError(absl::StrCat("server exited early:\n", Log()));
    }
    absl::SleepFor(absl::Milliseconds(10));
  }
  return absl::DeadlineExceededError(absl::StrCat("no \"listening on\" line:\n", Log()));
}

absl::StatusOr<int> ChildServer::RunToExit(absl::Duration timeout) {
  if (absl::Status spawned = Spawn(); !spawned.ok()) return spawned;
  const absl::Time deadline = absl::Now() + timeout;
  while (absl::Now() < deadline) {
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      JoinReader();
      if (WIFEXITED(status)) return WEXITSTATUS(status);
      return absl::InternalError(absl::StrCat("server died by a signal:\n", Log()));
    }
    absl::SleepFor(absl::Milliseconds(10));
  }
  Kill(SIGKILL);
  return absl::DeadlineExceededError(absl::StrCat("server did not exit:\n", Log()));
}

void ChildServer::Kill(int signal) {
  if (pid_ <= 0) return;
  ::kill(pid_, signal);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  JoinReader();
}

std::string ChildServer::Log() const {
  absl::MutexLock lock(&mutex_);
  return log_;
}

void ChildServer::JoinReader() {
  if (reader_.joinable()) reader_.join();
}

void ChildServer::DrainOutput(int fd) {
  // Reading until EOF keeps the server from blocking on a full pipe.
  char buffer[4096];
  ssize_t n;
  while ((n = ::read(fd, buffer, sizeof(buffer))) > 0) {
    absl::MutexLock lock(&mutex_);
    log_.append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
}

}  // namespace matchmaker::testing
