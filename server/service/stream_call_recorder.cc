#include "server/service/stream_call_recorder.h"

#include "absl/time/clock.h"
#include "server/service/grpc_status.h"

namespace matchmaker::service {

StreamCallRecorder::StreamCallRecorder(CallObserver& observer, absl::string_view method,
                                       const grpc::ServerContextBase& context)
    : observer_(observer) {
  record_.method = method;
  record_.principal = "anonymous";
  record_.request_id = observer.RequestIdFor(context);
  record_.received = absl::Now();
  record_.started = record_.received;
  observer_.OnCallReceived();
}

void StreamCallRecorder::MarkStarted() {
  // A stream's work runs one step at a time (reactor or one worker task), so no race here.
  if (started_) return;
  started_ = true;
  record_.started = absl::Now();
}

grpc::Status StreamCallRecorder::Done(const absl::Status& status) {
  if (!done_.exchange(true)) {
    record_.status = status;
    observer_.OnCallDone(record_);
  }
  return ToGrpcStatus(status);
}

}  // namespace matchmaker::service
