#ifndef MATCHMAKER_SERVER_SERVICE_CALL_ADMISSION_H_
#define MATCHMAKER_SERVER_SERVICE_CALL_ADMISSION_H_

// Whether a call's work should still start: a call whose client gave up (cancelled) or whose
// deadline passed while it waited in the executor's queue is finished without doing it.
// RunUnary asks on the worker before anything else and again right before the operation (the
// costly part); an operation that has started runs to its end, because the matcher's scans
// are not interruptible and a half-done mutation must not be abandoned (docs/OVERLOAD.md).

#include <chrono>

#include "absl/status/status.h"
#include "grpcpp/server_context.h"

namespace matchmaker::service {

inline absl::Status CallAdmission(grpc::CallbackServerContext& context) {
  if (context.deadline() <= std::chrono::system_clock::now()) {
    return absl::DeadlineExceededError("deadline passed before the call's work started");
  }
  if (context.IsCancelled()) return absl::CancelledError("call cancelled before its work started");
  return absl::OkStatus();
}

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_CALL_ADMISSION_H_
