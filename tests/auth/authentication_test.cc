// Authentication through the real gRPC path: anonymous, malformed, unknown and revoked keys,
// the API key RPCs themselves, the streaming RPCs, and keys surviving a restart.

#include <algorithm>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/service/server_fixture.h"

namespace matchmaker::testing {
namespace {

class AuthenticationTest : public ServerFixture {
 protected:
  // GetStats as the holder of `secret` ("" for no credentials).
  absl::Status GetStatsAs(const std::string& secret) {
    auto admin = v1::AdminService::NewStub(ChannelAs(secret));
    return Call(*admin, &v1::AdminService::Stub::GetStats, v1::GetStatsRequest()).status();
  }
  absl::Status ListBrandsAs(const std::string& secret) {
    auto brands = v1::BrandService::NewStub(ChannelAs(secret));
    return Call(*brands, &v1::BrandService::Stub::ListBrands, v1::ListBrandsRequest()).status();
  }
  // GetBrand "acme" (which does not exist): NOT_FOUND once authenticated as brand/acme.
  absl::Status GetAcmeAs(const std::string& secret) {
    auto brands = v1::BrandService::NewStub(ChannelAs(secret));
    v1::GetBrandRequest request;
    request.set_brand_id("acme");
    return Call(*brands, &v1::BrandService::Stub::GetBrand, request).status();
  }
  absl::StatusOr<v1::ListApiKeysResponse> ListKeys(v1::ListApiKeysRequest request) {
    return Call(*admin_, &v1::AdminService::Stub::ListApiKeys, request);
  }
  absl::StatusOr<v1::RevokeApiKeyResponse> Revoke(const std::string& key_id) {
    v1::RevokeApiKeyRequest request;
    request.set_key_id(key_id);
    return Call(*admin_, &v1::AdminService::Stub::RevokeApiKey, request);
  }
};

TEST_F(AuthenticationTest, BootstrapAdminKeyWorks) { EXPECT_OK(GetStatsAs(admin_secret_)); }

TEST_F(AuthenticationTest, NoCredentialsIsUnauthenticatedWithAHint) {
  const absl::Status status = GetStatsAs("");
  EXPECT_EQ(status.code(), absl::StatusCode::kUnauthenticated);
  EXPECT_NE(status.message().find("missing credentials"), absl::string_view::npos) << status;
  EXPECT_EQ(ListBrandsAs("").code(), absl::StatusCode::kUnauthenticated);
}

TEST_F(AuthenticationTest, BadKeysAllGetTheSameMessage) {
  std::string wrong_secret = admin_secret_;
  wrong_secret.back() = wrong_secret.back() == '0' ? '1' : '0';
  for (const std::string& secret :
       {std::string("garbage"), wrong_secret,
        std::string("mmk_k_0123456789abcdef_") + std::string(64, 'a')}) {
    const absl::Status status = GetStatsAs(secret);
    EXPECT_EQ(status.code(), absl::StatusCode::kUnauthenticated) << secret;
    EXPECT_EQ(status.message(), "invalid API key") << secret;
  }
  // A scheme other than Bearer.
  auto admin = v1::AdminService::NewStub(
      grpc::CreateChannel(server_->address(), grpc::InsecureChannelCredentials()));
  grpc::ClientContext context;
  SetDeadline(context);
  context.AddMetadata("authorization", "Basic " + admin_secret_);
  v1::GetStatsResponse response;
  grpc::Status status = admin->GetStats(&context, v1::GetStatsRequest(), &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(status.error_message(), "invalid API key");
}

TEST_F(AuthenticationTest, CreatedKeysAuthenticateAndRevocationIsImmediate) {
  ASSERT_OK_AND_ASSIGN(v1::CreateApiKeyResponse created, CreateKey("brand/acme"));
  EXPECT_EQ(created.api_key().principal(), "brand/acme");
  EXPECT_EQ(created.secret().find("mmk_" + created.api_key().key_id() + "_"), 0u);
  EXPECT_EQ(GetAcmeAs(created.secret()).code(), absl::StatusCode::kNotFound);
  // Not an admin: the API key RPCs are admin only.
  auto as_brand = v1::AdminService::NewStub(ChannelAs(created.secret()));
  EXPECT_EQ(Call(*as_brand, &v1::AdminService::Stub::ListApiKeys, v1::ListApiKeysRequest())
                .status()
                .code(),
            absl::StatusCode::kPermissionDenied);

  ASSERT_OK_AND_ASSIGN(v1::RevokeApiKeyResponse revoked, Revoke(created.api_key().key_id()));
  EXPECT_TRUE(revoked.api_key().has_revoke_time());
  const absl::Status after = GetAcmeAs(created.secret());
  EXPECT_EQ(after.code(), absl::StatusCode::kUnauthenticated);
  EXPECT_EQ(after.message(), "invalid API key");
  EXPECT_OK(Revoke(created.api_key().key_id()));  // again: a no-op
  EXPECT_EQ(Revoke("k_0000000000000000").status().code(), absl::StatusCode::kNotFound);
}

TEST_F(AuthenticationTest, ListFiltersPagesAndNeverShowsSecrets) {
  for (int i = 0; i < 3; ++i) MustCreateKey("creator/jo");
  const std::string revoked = MustCreateKey("creator/jo");
  ASSERT_OK(Revoke(revoked.substr(4, 18)));

  v1::ListApiKeysRequest request;
  request.set_principal("creator/jo");
  request.set_page_size(2);
  std::vector<std::string> ids;
  for (;;) {
    ASSERT_OK_AND_ASSIGN(v1::ListApiKeysResponse page, ListKeys(request));
    for (const v1::ApiKey& key : page.api_keys()) {
      EXPECT_EQ(key.principal(), "creator/jo");
      EXPECT_FALSE(key.has_revoke_time());
      ids.push_back(key.key_id());
    }
    if (page.next_page_token().empty()) break;
    request.set_page_token(page.next_page_token());
  }
  EXPECT_EQ(ids.size(), 3u);
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));

  v1::ListApiKeysRequest all;
  all.set_include_revoked(true);
  ASSERT_OK_AND_ASSIGN(v1::ListApiKeysResponse everything, ListKeys(all));
  EXPECT_EQ(everything.api_keys_size(), 5);  // 4 creator keys + the bootstrap admin key
  EXPECT_EQ(everything.DebugString().find(revoked.substr(23)), std::string::npos);
}

TEST_F(AuthenticationTest, InvalidRequestsNameTheField) {
  v1::CreateApiKeyRequest create;
  create.set_principal("root");
  auto created = Call(*admin_, &v1::AdminService::Stub::CreateApiKey, create);
  EXPECT_EQ(created.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ViolatedFields(created.status()), std::vector<std::string>{"principal"});
  create.set_principal("brand/Not Valid");
  EXPECT_EQ(ViolatedFields(Call(*admin_, &v1::AdminService::Stub::CreateApiKey, create).status()),
            std::vector<std::string>{"principal"});
  create.clear_principal();
  EXPECT_EQ(ViolatedFields(Call(*admin_, &v1::AdminService::Stub::CreateApiKey, create).status()),
            std::vector<std::string>{"principal"});
  EXPECT_EQ(ViolatedFields(Revoke("nope").status()), std::vector<std::string>{"key_id"});
  v1::ListApiKeysRequest list;
  list.set_principal("creator/");
  EXPECT_EQ(ViolatedFields(ListKeys(list).status()), std::vector<std::string>{"principal"});
}

TEST_F(AuthenticationTest, StreamsNeedAnAdminKey) {
  const std::string brand_secret = MustCreateKey("brand/acme");
  for (const auto& [secret, code] : std::vector<std::pair<std::string, grpc::StatusCode>>{
           {"", grpc::StatusCode::UNAUTHENTICATED},
           {"garbage", grpc::StatusCode::UNAUTHENTICATED},
           {brand_secret, grpc::StatusCode::PERMISSION_DENIED},
           {admin_secret_, grpc::StatusCode::OK}}) {
    auto admin = v1::AdminService::NewStub(ChannelAs(secret));
    {
      grpc::ClientContext context;
      SetDeadline(context);
      auto reader = admin->ExportRecords(&context, v1::ExportRecordsRequest());
      v1::ExportRecordsResponse response;
      while (reader->Read(&response)) {
      }
      EXPECT_EQ(reader->Finish().error_code(), code) << "export as \"" << secret << "\"";
    }
    {
      grpc::ClientContext context;
      SetDeadline(context);
      v1::ImportRecordsResponse response;
      auto writer = admin->ImportRecords(&context, &response);
      v1::ImportRecordsRequest request;
      *request.mutable_record()->mutable_brand() = MakeBrand("imported");
      writer->Write(request);
      writer->WritesDone();
      EXPECT_EQ(writer->Finish().error_code(), code) << "import as \"" << secret << "\"";
    }
  }
}

TEST_F(AuthenticationTest, KeysSurviveARestart) {
  const std::string brand_secret = MustCreateKey("brand/acme");
  const std::string admin_before = admin_secret_;
  RestartServer();
  EXPECT_EQ(admin_secret_, admin_before);  // the bootstrap key is reused, not replaced
  EXPECT_EQ(GetAcmeAs(brand_secret).code(), absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace matchmaker::testing
