#ifndef MATCHMAKER_SERVER_SERVICE_CALL_ENVIRONMENT_H_
#define MATCHMAKER_SERVER_SERVICE_CALL_ENVIRONMENT_H_

// What every handler needs around its operation: where to run it, who is calling, whether they
// may, and where the call is counted and logged. Owned by MatchmakerServer; outlives services.

#include "server/service/authorizer.h"
#include "server/service/call_authenticator.h"
#include "server/service/call_observer.h"
#include "server/service/executor.h"
#include "server/service/operation_context.h"

namespace matchmaker::service {

struct CallEnvironment {
  Executor& executor;
  const OperationContext& ctx;
  const CallAuthenticator& authenticator;
  const Authorizer& authorizer;
  CallObserver& observer;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_CALL_ENVIRONMENT_H_
