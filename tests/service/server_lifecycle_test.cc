// The server as a whole: health, reflection, deadlines, restart on the same data dir.

#include <chrono>
#include <future>
#include <string>

#include "grpcpp/generic/generic_stub.h"
#include "grpcpp/support/byte_buffer.h"
#include "gtest/gtest.h"
#include "tests/service/server_fixture.h"

namespace matchmaker::testing {
namespace {

std::string ToString(const grpc::ByteBuffer& buffer) {
  std::vector<grpc::Slice> slices;
  if (!buffer.Dump(&slices).ok()) return "";
  std::string out;
  for (const grpc::Slice& slice : slices) {
    out.append(reinterpret_cast<const char*>(slice.begin()), slice.size());
  }
  return out;
}

grpc::ByteBuffer FromString(const std::string& bytes) {
  grpc::Slice slice(bytes);
  return grpc::ByteBuffer(&slice, 1);
}

// Waits for the next completion-queue event and checks it is `tag` and succeeded.
bool Await(grpc::CompletionQueue& queue, void* tag) {
  void* got = nullptr;
  bool ok = false;
  return queue.Next(&got, &ok) && got == tag && ok;
}

class ServerLifecycleTest : public ServerFixture {};

TEST_F(ServerLifecycleTest, StandardHealthServiceReportsServing) {
  grpc::GenericStub stub(channel_);
  grpc::ClientContext context;
  SetDeadline(context);
  grpc::ByteBuffer request = FromString("");  // HealthCheckRequest{service: ""}
  grpc::ByteBuffer response;
  std::promise<grpc::Status> done;
  stub.UnaryCall(&context, "/grpc.health.v1.Health/Check", grpc::StubOptions(), &request, &response,
                 [&](grpc::Status status) { done.set_value(status); });
  grpc::Status status = done.get_future().get();
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(ToString(response), std::string("\x08\x01", 2));  // status: SERVING
}

TEST_F(ServerLifecycleTest, ServerReflectionListsTheMatchmakerServices) {
  grpc::GenericStub stub(channel_);
  grpc::ClientContext context;
  SetDeadline(context);
  grpc::CompletionQueue queue;
  auto call = stub.PrepareCall(
      &context, "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo", &queue);
  int tags[5];
  call->StartCall(&tags[0]);
  ASSERT_TRUE(Await(queue, &tags[0]));
  // ServerReflectionRequest{list_services: ""} (field 7, length-delimited).
  call->Write(FromString(std::string("\x3a\x00", 2)), &tags[1]);
  ASSERT_TRUE(Await(queue, &tags[1]));
  grpc::ByteBuffer response;
  call->Read(&response, &tags[2]);
  ASSERT_TRUE(Await(queue, &tags[2]));
  call->WritesDone(&tags[3]);
  ASSERT_TRUE(Await(queue, &tags[3]));
  grpc::Status status;
  call->Finish(&status, &tags[4]);
  ASSERT_TRUE(Await(queue, &tags[4]));
  EXPECT_TRUE(status.ok()) << status.error_message();
  const std::string services = ToString(response);
  EXPECT_NE(services.find("matchmaker.v1.BrandService"), std::string::npos);
  EXPECT_NE(services.find("matchmaker.v1.CreatorService"), std::string::npos);
  EXPECT_NE(services.find("matchmaker.v1.AdminService"), std::string::npos);
  queue.Shutdown();
  void* ignored_tag;
  bool ignored_ok;
  while (queue.Next(&ignored_tag, &ignored_ok)) {
  }
}

TEST_F(ServerLifecycleTest, ExpiredDeadlineFailsWithDeadlineExceededAndDoesNothing) {
  v1::CreateBrandRequest request;
  *request.mutable_brand() = MakeBrand("late");
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() - std::chrono::seconds(1));
  v1::CreateBrandResponse response;
  grpc::Status status = brands_->CreateBrand(&context, request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::DEADLINE_EXCEEDED);
  EXPECT_EQ(Stats().brands(), 0);
}

TEST_F(ServerLifecycleTest, RestartOnTheSameDataDirFindsEverything) {
  MustCreateBrand(MakeBrand("acme"));
  v1::Brief brief = MustCreateBrief(MakeBrief("bf1", "acme"));
  v1::Creator creator = MustCreateCreator(MakeCreator("jo", 20000));
  v1::Offer offer = MustSendOffer("bf1", "jo");
  ASSERT_OK(AcceptOffer(offer.id()));
  v1::HideBriefRequest hide;
  hide.set_creator_id("jo");
  hide.set_brief_id("bf1");
  ASSERT_OK(Call(*creators_, &v1::CreatorService::Stub::HideBrief, hide));
  v1::CreateBrandRequest remembered;
  *remembered.mutable_brand() = MakeBrand("");
  remembered.set_request_id("create-once");
  ASSERT_OK_AND_ASSIGN(auto first,
                       Call(*brands_, &v1::BrandService::Stub::CreateBrand, remembered));
  const v1::GetStatsResponse before = Stats();

  RestartServer();

  const v1::GetStatsResponse after = Stats();
  EXPECT_EQ(after.creators(), before.creators());
  EXPECT_EQ(after.brands(), before.brands());
  EXPECT_EQ(after.briefs(), before.briefs());
  EXPECT_EQ(after.offers(), before.offers());
  EXPECT_EQ(after.history_events(), before.history_events());
  EXPECT_EQ(MustGetOffer(offer.id()).state(), v1::OFFER_STATE_ACCEPTED);
  v1::GetCreatorRequest get;
  get.set_creator_id("jo");
  ASSERT_OK_AND_ASSIGN(auto read, Call(*creators_, &v1::CreatorService::Stub::GetCreator, get));
  EXPECT_EQ(read.creator().etag(), creator.etag());
  EXPECT_EQ(read.creator().tier(), v1::TIER_MICRO);
  EXPECT_EQ(read.creator().aesthetic().embedding_size(), 64);
  v1::ListOpenBriefsRequest open;
  open.set_creator_id("jo");
  ASSERT_OK_AND_ASSIGN(auto briefs,
                       Call(*creators_, &v1::CreatorService::Stub::ListOpenBriefs, open));
  EXPECT_EQ(briefs.briefs_size(), 0);  // still hidden
  ASSERT_OK_AND_ASSIGN(auto replay,
                       Call(*brands_, &v1::BrandService::Stub::CreateBrand, remembered));
  EXPECT_EQ(replay.brand().id(), first.brand().id());  // request memory survived
  EXPECT_EQ(Stats().brands(), before.brands());
}

class TierConfigTest : public ServerFixture {
 protected:
  void Configure(service::ServerOptions& options) override {
    auto thresholds = service::TierThresholds::Parse("1000,5000,10000");
    ASSERT_TRUE(thresholds.ok());
    options.config.tier_thresholds = *thresholds;
  }
};

TEST_F(TierConfigTest, TiersFollowTheConfiguredThresholds) {
  v1::Creator creator = MustCreateCreator(MakeCreator("jo", 20000));
  EXPECT_EQ(creator.tier(), v1::TIER_MEGA);
  EXPECT_EQ(Stats().tier_thresholds(2), 10000);
}

}  // namespace
}  // namespace matchmaker::testing
