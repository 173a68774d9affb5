// The key registry over a real store: create, authenticate, revoke, list, restart, and that
// no secret ever reaches the database files.

#include "server/auth/key_registry.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "absl/time/clock.h"
#include "gtest/gtest.h"
#include "server/auth/api_key_secret.h"
#include "storage/store.h"
#include "tests/auth/registry_fixture.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace matchmaker::auth {
namespace {

class KeyRegistryTest : public RegistryFixture {
 protected:
  CreatedKey MustCreate(const Principal& principal) {
    auto created = registry_->Create(principal, "test", absl::Now());
    EXPECT_OK(created);
    return created.ok() ? *created : CreatedKey();
  }
};

TEST_F(KeyRegistryTest, CreatedKeyAuthenticatesAsItsPrincipal) {
  const CreatedKey key = MustCreate(Principal::Brand("acme"));
  EXPECT_EQ(key.api_key.principal(), "brand/acme");
  EXPECT_TRUE(key.api_key.has_create_time());
  EXPECT_FALSE(key.api_key.has_revoke_time());
  ASSERT_OK_AND_ASSIGN(Principal who, registry_->Authenticate(key.secret));
  EXPECT_EQ(who, Principal::Brand("acme"));
}

TEST_F(KeyRegistryTest, WrongUnknownAndMalformedSecretsGetTheSameAnswer) {
  const CreatedKey key = MustCreate(Principal::Admin());
  std::string wrong = key.secret;
  wrong.back() = wrong.back() == '0' ? '1' : '0';  // right key id, wrong secret
  std::string unknown = key.secret;
  unknown[6] = unknown[6] == '0' ? '1' : '0';  // a key id that does not exist
  for (const std::string& secret : {wrong, unknown, std::string("nonsense"), std::string()}) {
    absl::StatusOr<Principal> who = registry_->Authenticate(secret);
    EXPECT_EQ(who.status().code(), absl::StatusCode::kUnauthenticated) << secret;
    EXPECT_EQ(who.status().message(), "invalid API key") << secret;
  }
}

TEST_F(KeyRegistryTest, RevokeTakesEffectImmediatelyAndIsIdempotent) {
  const CreatedKey key = MustCreate(Principal::Creator("jo"));
  ASSERT_OK(registry_->Authenticate(key.secret));
  ASSERT_OK_AND_ASSIGN(v1::ApiKey revoked, registry_->Revoke(key.api_key.key_id(), absl::Now()));
  EXPECT_TRUE(revoked.has_revoke_time());
  EXPECT_EQ(registry_->Authenticate(key.secret).status().code(),
            absl::StatusCode::kUnauthenticated);
  ASSERT_OK_AND_ASSIGN(v1::ApiKey again,
                       registry_->Revoke(key.api_key.key_id(), absl::Now() + absl::Hours(1)));
  EXPECT_EQ(again.revoke_time().seconds(), revoked.revoke_time().seconds());
  EXPECT_EQ(registry_->Revoke("k_0000000000000000", absl::Now()).status().code(),
            absl::StatusCode::kNotFound);
}

TEST_F(KeyRegistryTest, RestartKeepsKeysAndRevocations) {
  const CreatedKey kept = MustCreate(Principal::Brand("acme"));
  const CreatedKey revoked = MustCreate(Principal::Admin());
  ASSERT_OK(registry_->Revoke(revoked.api_key.key_id(), absl::Now()));
  Reopen();
  ASSERT_OK_AND_ASSIGN(Principal who, registry_->Authenticate(kept.secret));
  EXPECT_EQ(who, Principal::Brand("acme"));
  EXPECT_EQ(registry_->Authenticate(revoked.secret).status().code(),
            absl::StatusCode::kUnauthenticated);
  EXPECT_FALSE(registry_->HasActiveAdmin());
}

TEST_F(KeyRegistryTest, HasActiveAdminFollowsAdminKeysOnly) {
  EXPECT_FALSE(registry_->HasActiveAdmin());
  MustCreate(Principal::Brand("acme"));
  EXPECT_FALSE(registry_->HasActiveAdmin());
  const CreatedKey admin = MustCreate(Principal::Admin());
  EXPECT_TRUE(registry_->HasActiveAdmin());
  ASSERT_OK(registry_->Revoke(admin.api_key.key_id(), absl::Now()));
  EXPECT_FALSE(registry_->HasActiveAdmin());
}

TEST_F(KeyRegistryTest, ListPagesInKeyIdOrderWithAFilter) {
  for (int i = 0; i < 5; ++i) MustCreate(Principal::Brand("acme"));
  MustCreate(Principal::Admin());
  auto is_brand = [](const v1::ApiKey& key) { return key.principal() == "brand/acme"; };
  bool more = false;
  std::vector<v1::ApiKey> first = registry_->List("", is_brand, 3, &more);
  ASSERT_EQ(first.size(), 3u);
  EXPECT_TRUE(more);
  std::vector<v1::ApiKey> rest = registry_->List(first.back().key_id(), is_brand, 3, &more);
  ASSERT_EQ(rest.size(), 2u);
  EXPECT_FALSE(more);
  EXPECT_LT(first[0].key_id(), first[1].key_id());
  EXPECT_LT(first[2].key_id(), rest[0].key_id());
}

TEST_F(KeyRegistryTest, NoSecretInTheDatabaseFiles) {
  std::vector<std::string> secrets;
  for (int i = 0; i < 3; ++i) secrets.push_back(MustCreate(Principal::Admin()).secret);
  // Every stored value, decoded: salt and hash, never the secret.
  ASSERT_OK(store_->ScanApiKeys("", [&](const storage::StoredApiKey& stored) {
    EXPECT_EQ(stored.salt.size(), kSaltBytes);
    EXPECT_EQ(stored.hash.size(), kHashBytes);
    return true;
  }));
  registry_.reset();
  store_.reset();  // closed: the WAL and any flushed files are complete on disk
  int files = 0;
  bool key_id_seen = false;  // the scan reads what was written: the public key id is there
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir_.Sub("db"))) {
    if (!entry.is_regular_file()) continue;
    ++files;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    key_id_seen = key_id_seen || bytes.find(secrets[0].substr(4, 18)) != std::string::npos;
    for (const std::string& secret : secrets) {
      // The random half alone must not appear either (the key id part is public).
      const std::string random_part = secret.substr(secret.rfind('_') + 1);
      EXPECT_EQ(bytes.find(random_part), std::string::npos) << entry.path();
    }
  }
  EXPECT_GT(files, 0);
  EXPECT_TRUE(key_id_seen);
}

}  // namespace
}  // namespace matchmaker::auth
