#ifndef MATCHMAKER_SERVER_SERVICE_RPC_METHOD_NAME_H_
#define MATCHMAKER_SERVER_SERVICE_RPC_METHOD_NAME_H_

// The full gRPC method name whose input is `request_type`, e.g.
// "matchmaker.v1.BrandService/GetBrief": every request type of ours belongs to exactly one
// method, so handlers need not repeat their own names for metrics and logs.

#include "absl/strings/string_view.h"
#include "google/protobuf/descriptor.h"

namespace matchmaker::service {

// Stable for the process's life; the type's full name when no method takes it.
absl::string_view RpcMethodName(const google::protobuf::Descriptor* request_type);

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_RPC_METHOD_NAME_H_
