#ifndef MATCHMAKER_TESTS_SERVICE_SERVER_FIXTURE_H_
#define MATCHMAKER_TESTS_SERVICE_SERVER_FIXTURE_H_

// An in-process Matchmaker server on 127.0.0.1:0 over a temp data dir, real stubs over a
// channel, and builders for valid records. Calls come back as absl::StatusOr with the
// BadRequest of the grpc-status-details-bin trailer re-attached as the status payload, so
// tests read field violations exactly as a client would decode them. Every call on the
// fixture's channel carries the bootstrap admin key the server wrote to its admin key file;
// ChannelAs(secret) gives channels for other keys (or none).

#include <chrono>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/time/clock.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "grpcpp/support/client_interceptor.h"
#include "gtest/gtest.h"
#include "matchmaker/v1/admin_service.grpc.pb.h"
#include "matchmaker/v1/brand_service.grpc.pb.h"
#include "matchmaker/v1/creator_service.grpc.pb.h"
#include "server/service/matchmaker_server.h"
#include "server/validation/field_violations.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace matchmaker::testing {

// The absl::Status a client sees for `status`, its error details (BadRequest, RetryInfo) as
// payloads keyed by type URL.
inline absl::Status FromGrpc(const grpc::Status& status) {
  if (status.ok()) return absl::OkStatus();
  absl::Status result(static_cast<absl::StatusCode>(status.error_code()), status.error_message());
  google::rpc::Status details;
  if (!status.error_details().empty() && details.ParseFromString(status.error_details())) {
    for (const google::protobuf::Any& any : details.details()) {
      result.SetPayload(any.type_url(), absl::Cord(any.value()));
    }
  }
  return result;
}

// Field paths of the violations `status` carries.
inline std::vector<std::string> ViolatedFields(const absl::Status& status) {
  std::vector<std::string> fields;
  auto bad_request = validation::BadRequestFromStatus(status);
  if (!bad_request.has_value()) return fields;
  for (const auto& violation : bad_request->field_violations()) {
    fields.push_back(violation.field());
  }
  return fields;
}

// Adds `authorization: Bearer <secret>` to every call of a channel (nothing for "").
class BearerInterceptor : public grpc::experimental::Interceptor {
 public:
  explicit BearerInterceptor(std::string secret) : secret_(std::move(secret)) {}
  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    if (!secret_.empty() &&
        methods->QueryInterceptionHookPoint(
            grpc::experimental::InterceptionHookPoints::PRE_SEND_INITIAL_METADATA)) {
      methods->GetSendInitialMetadata()->emplace("authorization", "Bearer " + secret_);
    }
    methods->Proceed();
  }

 private:
  std::string secret_;
};

class BearerInterceptorFactory : public grpc::experimental::ClientInterceptorFactoryInterface {
 public:
  explicit BearerInterceptorFactory(std::string secret) : secret_(std::move(secret)) {}
  grpc::experimental::Interceptor* CreateClientInterceptor(
      grpc::experimental::ClientRpcInfo* info) override {
    return new BearerInterceptor(secret_);
  }

 private:
  std::string secret_;
};

// A plaintext channel to `address` whose calls carry `secret` ("" for anonymous calls).
inline std::shared_ptr<grpc::Channel> ChannelWithKey(const std::string& address,
                                                     const std::string& secret) {
  std::vector<std::unique_ptr<grpc::experimental::ClientInterceptorFactoryInterface>> factories;
  factories.push_back(std::make_unique<BearerInterceptorFactory>(secret));
  return grpc::experimental::CreateCustomChannelWithInterceptors(
      address, grpc::InsecureChannelCredentials(), grpc::ChannelArguments(), std::move(factories));
}

// The secret in a key file the server wrote (trailing newline removed); "" when unreadable.
inline std::string ReadKeyFile(const std::string& path) {
  std::ifstream in(path);
  std::string secret;
  std::getline(in, secret);
  return std::string(absl::StripAsciiWhitespace(secret));
}

class ServerFixture : public ::testing::Test {
 protected:
  void SetUp() override { StartServer(); }
  void TearDown() override { StopServer(); }

  // Override to change options before each start.
  virtual void Configure(service::ServerOptions& options) {}

  std::string data_dir() const { return dir_.Sub("db"); }

  void StartServer(const std::string& data_dir_override = "") {
    service::ServerOptions options;
    options.listen_address = "127.0.0.1:0";
    options.data_dir = data_dir_override.empty() ? data_dir() : data_dir_override;
    options.worker_threads = 4;
    options.expiry_sweep_period = absl::Hours(1);
    options.access_log = false;  // a JSON line per call would drown test output; see metrics_test
    Configure(options);
    auto server = service::MatchmakerServer::Start(options);
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = *std::move(server);
    admin_secret_ = ReadKeyFile(server_->admin_key_file());
    ASSERT_FALSE(admin_secret_.empty()) << "no admin key in " << server_->admin_key_file();
    channel_ = ChannelWithKey(server_->address(), admin_secret_);
    brands_ = v1::BrandService::NewStub(channel_);
    creators_ = v1::CreatorService::NewStub(channel_);
    admin_ = v1::AdminService::NewStub(channel_);
  }

  void StopServer() {
    brands_.reset();
    creators_.reset();
    admin_.reset();
    channel_.reset();
    if (server_ != nullptr) server_->Shutdown(absl::Now() + absl::Seconds(5));
    server_.reset();
  }

  void RestartServer() {
    StopServer();
    StartServer();
  }

  // A channel to the running server whose calls carry `secret` ("" for anonymous calls).
  std::shared_ptr<grpc::Channel> ChannelAs(const std::string& secret) const {
    return ChannelWithKey(server_->address(), secret);
  }

  // A new API key for `principal` ("admin", "brand/<id>", "creator/<id>"), made by the admin.
  absl::StatusOr<v1::CreateApiKeyResponse> CreateKey(const std::string& principal) {
    v1::CreateApiKeyRequest request;
    request.set_principal(principal);
    request.set_description("test key");
    return Call(*admin_, &v1::AdminService::Stub::CreateApiKey, request);
  }
  // Its secret; records a test failure and returns "" when the key cannot be made.
  std::string MustCreateKey(const std::string& principal) {
    auto created = CreateKey(principal);
    EXPECT_OK(created);
    return created.ok() ? created->secret() : std::string();
  }

  static void SetDeadline(grpc::ClientContext& context) {
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
  }

  // One unary call, e.g. Call(*brands_, &v1::BrandService::Stub::GetBrand, request).
  template <typename Stub, typename Request, typename Response>
  static absl::StatusOr<Response> Call(Stub& stub,
                                       grpc::Status (Stub::*method)(grpc::ClientContext*,
                                                                    const Request&, Response*),
                                       const Request& request) {
    grpc::ClientContext context;
    SetDeadline(context);
    Response response;
    grpc::Status status = (stub.*method)(&context, request, &response);
    if (!status.ok()) return FromGrpc(status);
    return response;
  }

  // --- Record builders (valid by the validation rules) ---
  static v1::Brand MakeBrand(const std::string& id, const std::string& category = "food/snacks") {
    v1::Brand brand;
    brand.set_id(id);
    brand.set_display_name("Brand " + id);
    brand.set_category(category);
    return brand;
  }

  static v1::Creator MakeCreator(const std::string& id, int64_t followers = 50000,
                                 const std::string& niche = "food/desserts") {
    v1::Creator creator;
    creator.set_id(id);
    creator.set_display_name("Creator " + id);
    v1::PlatformAccount* account = creator.add_accounts();
    account->set_platform(v1::PLATFORM_INSTAGRAM);
    account->set_handle("@" + id);
    account->set_followers(followers);
    account->set_avg_likes(followers / 20.0);
    account->set_avg_comments(followers / 100.0);
    v1::NicheWeight* weight = creator.add_niches();
    weight->set_niche(niche);
    weight->set_weight(1.0);
    creator.mutable_aesthetic()->add_tags("pastel");
    creator.mutable_location()->set_country_code("US");
    return creator;
  }

  static v1::Brief MakeBrief(const std::string& id, const std::string& brand_id,
                             v1::BriefStatus status = v1::BRIEF_STATUS_OPEN,
                             int creators_wanted = 0) {
    v1::Brief brief;
    brief.set_id(id);
    brief.set_brand_id(brand_id);
    brief.set_title("Brief " + id);
    brief.set_status(status);
    brief.set_creators_wanted(creators_wanted);
    v1::NicheWeight* weight = brief.add_niches();
    weight->set_niche("food");
    weight->set_weight(1.0);
    return brief;
  }

  // --- Calls that must succeed (they record a test failure otherwise) ---
  v1::Brand MustCreateBrand(const v1::Brand& brand) {
    v1::CreateBrandRequest request;
    *request.mutable_brand() = brand;
    auto response = Call(*brands_, &v1::BrandService::Stub::CreateBrand, request);
    EXPECT_OK(response);
    return response.ok() ? response->brand() : v1::Brand();
  }
  v1::Creator MustCreateCreator(const v1::Creator& creator) {
    v1::CreateCreatorRequest request;
    *request.mutable_creator() = creator;
    auto response = Call(*creators_, &v1::CreatorService::Stub::CreateCreator, request);
    EXPECT_OK(response);
    return response.ok() ? response->creator() : v1::Creator();
  }
  v1::Brief MustCreateBrief(const v1::Brief& brief) {
    v1::CreateBriefRequest request;
    *request.mutable_brief() = brief;
    auto response = Call(*brands_, &v1::BrandService::Stub::CreateBrief, request);
    EXPECT_OK(response);
    return response.ok() ? response->brief() : v1::Brief();
  }
  absl::StatusOr<v1::Offer> SendOffer(const std::string& brief_id, const std::string& creator_id,
                                      int64_t fee_cents = 10000) {
    v1::SendOfferRequest request;
    request.set_brief_id(brief_id);
    request.set_creator_id(creator_id);
    request.mutable_terms()->set_fee_cents(fee_cents);
    auto response = Call(*brands_, &v1::BrandService::Stub::SendOffer, request);
    if (!response.ok()) return response.status();
    return response->offer();
  }
  v1::Offer MustSendOffer(const std::string& brief_id, const std::string& creator_id) {
    auto offer = SendOffer(brief_id, creator_id);
    EXPECT_OK(offer);
    return offer.ok() ? *offer : v1::Offer();
  }
  absl::StatusOr<v1::Offer> Apply(const std::string& brief_id, const std::string& creator_id) {
    v1::ApplyToBriefRequest request;
    request.set_brief_id(brief_id);
    request.set_creator_id(creator_id);
    request.mutable_terms()->set_fee_cents(20000);
    auto response = Call(*creators_, &v1::CreatorService::Stub::ApplyToBrief, request);
    if (!response.ok()) return response.status();
    return response->offer();
  }
  absl::StatusOr<v1::Offer> AcceptOffer(const std::string& offer_id, const std::string& etag = "") {
    v1::AcceptOfferRequest request;
    request.set_offer_id(offer_id);
    request.set_etag(etag);
    auto response = Call(*creators_, &v1::CreatorService::Stub::AcceptOffer, request);
    if (!response.ok()) return response.status();
    return response->offer();
  }
  v1::GetStatsResponse Stats() {
    auto stats = Call(*admin_, &v1::AdminService::Stub::GetStats, v1::GetStatsRequest());
    EXPECT_OK(stats);
    return stats.ok() ? *stats : v1::GetStatsResponse();
  }
  v1::Offer MustGetOffer(const std::string& offer_id) {
    v1::GetOfferRequest request;
    request.set_offer_id(offer_id);
    auto response = Call(*brands_, &v1::BrandService::Stub::GetOffer, request);
    EXPECT_OK(response);
    return response.ok() ? response->offer() : v1::Offer();
  }

  TempDir dir_;
  std::unique_ptr<service::MatchmakerServer> server_;
  // The bootstrap admin key's secret (read from the file the server wrote at start).
  std::string admin_secret_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<v1::BrandService::Stub> brands_;
  std::unique_ptr<v1::CreatorService::Stub> creators_;
  std::unique_ptr<v1::AdminService::Stub> admin_;
};

}  // namespace matchmaker::testing

#endif  // MATCHMAKER_TESTS_SERVICE_SERVER_FIXTURE_H_
