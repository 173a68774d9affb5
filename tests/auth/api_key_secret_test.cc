// Secret format, key id extraction and salted hashing (server/auth/api_key_secret.h).

#include "server/auth/api_key_secret.h"

#include <set>
#include <string>

#include "gtest/gtest.h"

namespace matchmaker::auth {
namespace {

TEST(ApiKeySecretTest, GeneratedSecretEmbedsItsKeyId) {
  const NewSecret made = GenerateSecret();
  EXPECT_EQ(made.key_id.size(), 18u);
  EXPECT_EQ(made.key_id.substr(0, 2), "k_");
  EXPECT_EQ(made.secret.substr(0, 4 + made.key_id.size() + 1), "mmk_" + made.key_id + "_");
  EXPECT_EQ(made.secret.size(), 4u + 18u + 1u + 64u);
  EXPECT_EQ(KeyIdOfSecret(made.secret), made.key_id);
}

TEST(ApiKeySecretTest, SecretsAndKeyIdsAreDistinct) {
  std::set<std::string> ids;
  std::set<std::string> secrets;
  for (int i = 0; i < 200; ++i) {
    const NewSecret made = GenerateSecret();
    ids.insert(made.key_id);
    secrets.insert(made.secret);
  }
  EXPECT_EQ(ids.size(), 200u);
  EXPECT_EQ(secrets.size(), 200u);
}

TEST(ApiKeySecretTest, MalformedSecretsHaveNoKeyId) {
  const std::string good = GenerateSecret().secret;
  EXPECT_FALSE(KeyIdOfSecret("").has_value());
  EXPECT_FALSE(KeyIdOfSecret("mmk_").has_value());
  EXPECT_FALSE(KeyIdOfSecret(good.substr(1)).has_value());
  EXPECT_FALSE(KeyIdOfSecret(good + "0").has_value());
  std::string upper = good;
  upper.back() = 'F';  // upper-case hex is not what the server makes
  EXPECT_FALSE(KeyIdOfSecret(upper).has_value());
  std::string bad_separator = good;
  bad_separator[4 + 18] = '-';
  EXPECT_FALSE(KeyIdOfSecret(bad_separator).has_value());
  std::string bad_prefix = good;
  bad_prefix[0] = 'x';
  EXPECT_FALSE(KeyIdOfSecret(bad_prefix).has_value());
}

TEST(ApiKeySecretTest, HashIsSaltedSha256) {
  // SHA-256("") is well known; with an empty salt and secret it must come out.
  const std::string empty = HashSecret("", "");
  ASSERT_EQ(empty.size(), kHashBytes);
  EXPECT_EQ(static_cast<unsigned char>(empty[0]), 0xe3);
  EXPECT_EQ(static_cast<unsigned char>(empty[31]), 0x55);
  const std::string secret = GenerateSecret().secret;
  EXPECT_EQ(HashSecret("salt-a", secret), HashSecret("salt-a", secret));
  EXPECT_NE(HashSecret("salt-a", secret), HashSecret("salt-b", secret));
}

TEST(ApiKeySecretTest, VerifyAcceptsOnlyTheRightSecret) {
  const std::string salt = RandomBytes(kSaltBytes);
  const std::string secret = GenerateSecret().secret;
  const std::string hash = HashSecret(salt, secret);
  EXPECT_TRUE(VerifySecret(salt, secret, hash));
  EXPECT_FALSE(VerifySecret(salt, GenerateSecret().secret, hash));
  EXPECT_FALSE(VerifySecret(RandomBytes(kSaltBytes), secret, hash));
  EXPECT_FALSE(VerifySecret(salt, secret, hash.substr(1)));
  EXPECT_FALSE(VerifySecret(salt, secret, ""));
}

}  // namespace
}  // namespace matchmaker::auth
