#include "tests/fuzz/fuzz_methods.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "matchmaker/v1/admin_service.pb.h"
#include "matchmaker/v1/brand_service.pb.h"
#include "matchmaker/v1/creator_service.pb.h"

namespace matchmaker::fuzz {
namespace {

using google::protobuf::MethodDescriptor;
using google::protobuf::ServiceDescriptor;

std::vector<const MethodDescriptor*> CollectMethods() {
  std::vector<const MethodDescriptor*> methods;
  // A message of each service's file: links it in and makes its descriptors available.
  for (const google::protobuf::FileDescriptor* file :
       {v1::GetRecordRequest::descriptor()->file(), v1::CreateBrandRequest::descriptor()->file(),
        v1::CreateCreatorRequest::descriptor()->file()}) {
    for (int s = 0; s < file->service_count(); ++s) {
      const ServiceDescriptor* service = file->service(s);
      for (int i = 0; i < service->method_count(); ++i) methods.push_back(service->method(i));
    }
  }
  std::sort(methods.begin(), methods.end(),
            [](const auto* a, const auto* b) { return a->full_name() < b->full_name(); });
  // The selector is one byte.
  if (methods.size() > 256) {
    std::cerr << "fuzz_methods: more than 256 methods; widen the selector\n";
    std::abort();
  }
  return methods;
}

}  // namespace

const std::vector<const MethodDescriptor*>& FuzzedMethods() {
  static const auto* const methods = new std::vector<const MethodDescriptor*>(CollectMethods());
  return *methods;
}

const MethodDescriptor& SelectMethod(uint8_t selector) {
  const auto& methods = FuzzedMethods();
  return *methods[selector % methods.size()];
}

uint8_t MethodSelector(const MethodDescriptor& method) {
  const auto& methods = FuzzedMethods();
  auto it = std::find(methods.begin(), methods.end(), &method);
  return static_cast<uint8_t>(it - methods.begin());
}

std::string GrpcPath(const MethodDescriptor& method) {
  return "/" + method.service()->full_name() + "/" + method.name();
}

std::vector<absl::string_view> SplitStream(absl::string_view payload) {
  std::vector<absl::string_view> messages;
  while (payload.size() >= 2) {
    std::size_t length = static_cast<uint8_t>(payload[0]) |
                         (static_cast<std::size_t>(static_cast<uint8_t>(payload[1])) << 8);
    payload.remove_prefix(2);
    length = std::min(length, payload.size());
    messages.push_back(payload.substr(0, length));
    payload.remove_prefix(length);
  }
  return messages;
}

std::string JoinStream(const std::vector<std::string>& messages) {
  std::string joined;
  for (const std::string& message : messages) {
    joined.push_back(static_cast<char>(message.size() & 0xff));
    joined.push_back(static_cast<char>((message.size() >> 8) & 0xff));
    joined += message;
  }
  return joined;
}

}  // namespace matchmaker::fuzz
