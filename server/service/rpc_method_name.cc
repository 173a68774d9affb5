#include "server/service/rpc_method_name.h"

#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "matchmaker/v1/admin_service.pb.h"
#include "matchmaker/v1/brand_service.pb.h"
#include "matchmaker/v1/creator_service.pb.h"

namespace matchmaker::service {
namespace {

using MethodNames = absl::flat_hash_map<const google::protobuf::Descriptor*, std::string>;

MethodNames BuildMethodNames() {
  MethodNames names;
  const google::protobuf::FileDescriptor* files[] = {
      v1::GetStatsRequest::descriptor()->file(), v1::CreateBrandRequest::descriptor()->file(),
      v1::CreateCreatorRequest::descriptor()->file()};
  for (const google::protobuf::FileDescriptor* file : files) {
    for (int s = 0; s < file->service_count(); ++s) {
      const google::protobuf::ServiceDescriptor* service = file->service(s);
      for (int m = 0; m < service->method_count(); ++m) {
        const google::protobuf::MethodDescriptor* method = service->method(m);
        names.emplace(method->input_type(),
                      absl::StrCat(service->full_name(), "/", method->name()));
      }
    }
  }
  return names;
}

}  // namespace

absl::string_view RpcMethodName(const google::protobuf::Descriptor* request_type) {
  static const MethodNames* const names = new MethodNames(BuildMethodNames());
  auto it = names->find(request_type);
  if (it == names->end()) return request_type->full_name();
  return it->second;
}

}  // namespace matchmaker::service
