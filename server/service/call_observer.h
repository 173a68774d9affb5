#ifndef MATCHMAKER_SERVER_SERVICE_CALL_OBSERVER_H_
#define MATCHMAKER_SERVER_SERVICE_CALL_OBSERVER_H_

// What every RPC leaves behind: per-method counts by status code and latency (metrics) and
// one structured log line carrying its request id.

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "google/protobuf/message.h"
#include "grpcpp/server_context.h"

namespace matchmaker::service {

struct CallRecord {
  // "matchmaker.v1.BrandService/GetBrief" (RpcMethodName).
  absl::string_view method;
  // auth::Principal::ToString(); "anonymous" before/without authentication.
  std::string principal;
  // RequestIdFor(): the client's x-request-id, else the request's request_id, else generated.
  std::string request_id;
  // When the call's reaction ran, and when a worker started its work.
  absl::Time received;
  absl::Time started;
  absl::Status status;
};

class CallObserver {
 public:
  CallObserver() = default;
  CallObserver(const CallObserver&) = delete;
  CallObserver& operator=(const CallObserver&) = delete;

  // The id the call is logged under (see CallRecord::request_id).
  std::string RequestIdFor(const grpc::ServerContextBase& context,
                           const google::protobuf::Message& request) const;

  // Thread-safe; called once per finished call (admitted or refused).
  void OnCallDone(const CallRecord& record);
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_CALL_OBSERVER_H_
