#ifndef MATCHMAKER_SERVER_SERVICE_STREAM_CALL_RECORDER_H_
#define MATCHMAKER_SERVER_SERVICE_STREAM_CALL_RECORDER_H_

// What RunUnary does for unary calls, for a streaming reactor: counts the call in flight from
// its arrival, and reports it to the CallObserver exactly once, with the status it finishes
// with (metrics and the access log line).

#include <atomic>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "grpcpp/server_context.h"
#include "grpcpp/support/status.h"
#include "server/service/call_observer.h"

namespace matchmaker::service {

class StreamCallRecorder {
 public:
  // At the call's arrival (the reactor's constructor). `method` must outlive this
  // (RpcMethodName's names do).
  StreamCallRecorder(CallObserver& observer, absl::string_view method,
                     const grpc::ServerContextBase& context);
  StreamCallRecorder(const StreamCallRecorder&) = delete;
  StreamCallRecorder& operator=(const StreamCallRecorder&) = delete;

  // The first time a worker works on the call (later calls change nothing).
  void MarkStarted();
  // Who the call was authenticated as (default "anonymous"). Before Done.
  void set_principal(std::string principal) { record_.principal = std::move(principal); }

  // Reports the call with `status` (the first time only) and returns it converted for Finish.
  grpc::Status Done(const absl::Status& status);

 private:
  CallObserver& observer_;
  CallRecord record_;
  bool started_ = false;
  std::atomic<bool> done_{false};
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_STREAM_CALL_RECORDER_H_
