#include "server/service/call_observer.h"

#include "server/service/server_log.h"

namespace matchmaker::service {

std::string CallObserver::RequestIdFor(const grpc::ServerContextBase& context,
                                       const google::protobuf::Message& request) const {
  return "";
}

void CallObserver::OnCallDone(const CallRecord& record) {
  LogIfServerError(record.method, record.status);
}

}  // namespace matchmaker::service
