#ifndef MATCHMAKER_SERVER_SERVICE_UNARY_CALL_H_
#define MATCHMAKER_SERVER_SERVICE_UNARY_CALL_H_

// The shape of every unary handler: take the default reactor, post the work to the executor
// (the reaction itself never blocks), and there: admission (deadline / cancellation),
// validation, the operation, and Finish with the converted status.

#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "grpcpp/server_context.h"
#include "grpcpp/support/server_callback.h"
#include "server/service/call_admission.h"
#include "server/service/executor.h"
#include "server/service/grpc_status.h"
#include "server/service/server_log.h"
#include "server/validation/validation_context.h"

namespace matchmaker::service {

// `operation(const Request&) -> absl::StatusOr<Response>`; runs on the executor only when
// `validation::Validate(*request, validation)` passes.
template <typename Request, typename Response, typename Operation>
grpc::ServerUnaryReactor* RunUnary(Executor& executor,
                                   const validation::ValidationContext& validation,
                                   grpc::CallbackServerContext* context, const Request* request,
                                   Response* response, Operation operation) {
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  const bool posted = executor.Post([=, &validation]() mutable {
    absl::Status status = CallAdmission(*context);
    if (status.ok()) status = Validate(*request, validation);
    if (status.ok()) {
      absl::StatusOr<Response> result = operation(*request);
      if (result.ok()) {
        *response = *std::move(result);
      } else {
        status = result.status();
      }
    }
    LogIfServerError(Request::descriptor()->name(), status);
    reactor->Finish(ToGrpcStatus(status));
  });
  if (!posted) {
    reactor->Finish(grpc::Status(grpc::StatusCode::UNAVAILABLE, "server is shutting down"));
  }
  return reactor;
}

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_UNARY_CALL_H_
