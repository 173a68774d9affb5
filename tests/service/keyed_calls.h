#ifndef MATCHMAKER_TESTS_SERVICE_KEYED_CALLS_H_
#define MATCHMAKER_TESTS_SERVICE_KEYED_CALLS_H_

// Calls made as a chosen principal: each carries `authorization: Bearer <secret>` metadata
// (none for an empty secret, i.e. anonymously). They use stubs over their own plain channel,
// so nothing the fixture's channel adds (its admin key) rides along.

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "grpcpp/client_context.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "matchmaker/v1/admin_service.grpc.pb.h"
#include "matchmaker/v1/brand_service.grpc.pb.h"
#include "matchmaker/v1/creator_service.grpc.pb.h"
#include "tests/service/server_fixture.h"

namespace matchmaker::testing {

class KeyedStubs {
 public:
  explicit KeyedStubs(const std::string& address)
      : channel_(grpc::CreateChannel(address, grpc::InsecureChannelCredentials())),
        brands_(v1::BrandService::NewStub(channel_)),
        creators_(v1::CreatorService::NewStub(channel_)),
        admin_(v1::AdminService::NewStub(channel_)) {}

  v1::BrandService::Stub& brands() { return *brands_; }
  v1::CreatorService::Stub& creators() { return *creators_; }
  v1::AdminService::Stub& admin() { return *admin_; }

  // A context with a 30 s deadline and, for a non-empty `secret`, the bearer metadata.
  static void Prepare(const std::string& secret, grpc::ClientContext& context) {
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
    if (!secret.empty()) context.AddMetadata("authorization", "Bearer " + secret);
  }

  // One unary call as the principal whose key is `secret`.
  template <typename Stub, typename Request, typename Response>
  static absl::StatusOr<Response> Call(const std::string& secret, Stub& stub,
                                       grpc::Status (Stub::*method)(grpc::ClientContext*,
                                                                    const Request&, Response*),
                                       const Request& request) {
    grpc::ClientContext context;
    Prepare(secret, context);
    Response response;
    grpc::Status status = (stub.*method)(&context, request, &response);
    if (!status.ok()) return FromGrpc(status);
    return response;
  }

  // ExportRecords as `secret`: every record streamed, or the call's failure.
  absl::StatusOr<std::vector<v1::ExportRecordsResponse>> Export(
      const std::string& secret, const v1::ExportRecordsRequest& request) {
    grpc::ClientContext context;
    Prepare(secret, context);
    auto reader = admin_->ExportRecords(&context, request);
    std::vector<v1::ExportRecordsResponse> responses;
    v1::ExportRecordsResponse response;
    while (reader->Read(&response)) responses.push_back(response);
    grpc::Status status = reader->Finish();
    if (!status.ok()) return FromGrpc(status);
    return responses;
  }

  // ImportRecords as `secret`, streaming `requests`.
  absl::StatusOr<v1::ImportRecordsResponse> Import(
      const std::string& secret, const std::vector<v1::ImportRecordsRequest>& requests) {
    grpc::ClientContext context;
    Prepare(secret, context);
    v1::ImportRecordsResponse response;
    auto writer = admin_->ImportRecords(&context, &response);
    for (const v1::ImportRecordsRequest& request : requests) {
      if (!writer->Write(request)) break;
    }
    writer->WritesDone();
    grpc::Status status = writer->Finish();
    if (!status.ok()) return FromGrpc(status);
    return response;
  }

 private:
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<v1::BrandService::Stub> brands_;
  std::unique_ptr<v1::CreatorService::Stub> creators_;
  std::unique_ptr<v1::AdminService::Stub> admin_;
};

}  // namespace matchmaker::testing

#endif  // MATCHMAKER_TESTS_SERVICE_KEYED_CALLS_H_
