#ifndef MATCHMAKER_SERVER_SERVICE_UNARY_CALL_H_
#define MATCHMAKER_SERVER_SERVICE_UNARY_CALL_H_

// The shape of every unary handler: take the default reactor and ask the executor to admit the
// work (the reaction itself never blocks; a full queue refuses the call at once). On a worker:
// admission (deadline / cancellation), authentication, validation, authorization (which may
// narrow the request to the caller's own records), scoping the request_id to the caller
// (request_id_scope.h), the operation, Finish with the converted
// status, and the call's record for metrics and the log.

#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/clock.h"
#include "grpcpp/server_context.h"
#include "grpcpp/support/server_callback.h"
#include "server/auth/principal.h"
#include "server/service/call_admission.h"
#include "server/service/call_environment.h"
#include "server/service/grpc_status.h"
#include "server/service/request_id_scope.h"
#include "server/service/rpc_method_name.h"
#include "server/validation/validation_context.h"

namespace matchmaker::service {

// `operation(const Request&) -> absl::StatusOr<Response>`; runs on the executor only when the
// caller is authenticated, `validation::Validate(request, ...)` passes and the caller may do it.
template <typename Request, typename Response, typename Operation>
grpc::ServerUnaryReactor* RunUnary(const CallEnvironment& env, grpc::CallbackServerContext* context,
                                   const Request* request, Response* response,
                                   Operation operation) {
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  const absl::Time received = absl::Now();
  const absl::string_view method = RpcMethodName(Request::descriptor());
  env.observer.OnCallReceived();  // in flight until its OnCallDone below
  const absl::Status admitted = env.executor.Admit([=, &env]() mutable {
    CallRecord record{method,   "anonymous", env.observer.RequestIdFor(*context, *request),
                      received, absl::Now(), absl::OkStatus()};
    absl::Status status = CallAdmission(*context);
    auth::Principal principal;
    if (status.ok()) {
      absl::StatusOr<auth::Principal> caller = env.authenticator.Authenticate(*context);
      if (caller.ok()) {
        principal = *std::move(caller);
        record.principal = principal.ToString();
      } else {
        status = caller.status();
      }
    }
    if (status.ok()) status = Validate(*request, env.ctx.validation());
    if (status.ok()) {
      Request scoped = *request;
      status = env.authorizer.Authorize(principal, scoped);
      // Once more before the costly part (authorization may have read RocksDB): a call that ran
      // out of time meanwhile is not worth starting. The operation itself runs to its end.
      if (status.ok()) status = CallAdmission(*context);
      if (status.ok()) {
        ScopeRequestIdToPrincipal(principal, scoped);
        absl::StatusOr<Response> result = operation(scoped);
        if (result.ok()) {
          *response = *std::move(result);
        } else {
          status = result.status();
        }
      }
    }
    record.status = status;
    env.observer.OnCallDone(record);
    reactor->Finish(ToGrpcStatus(status));
  });
  if (!admitted.ok()) {
    env.observer.OnCallDone(CallRecord{method, "anonymous",
                                       env.observer.RequestIdFor(*context, *request), received,
                                       absl::Now(), admitted});
    reactor->Finish(ToGrpcStatus(admitted));
  }
  return reactor;
}

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_UNARY_CALL_H_
