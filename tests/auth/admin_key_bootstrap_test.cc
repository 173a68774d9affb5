// The bootstrap admin key: created once, written 0600, reused across restarts.

#include "server/auth/admin_key_bootstrap.h"

#include <sys/stat.h>

#include <fstream>
#include <memory>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/time/clock.h"
#include "gtest/gtest.h"
#include "server/auth/api_key_secret.h"
#include "storage/store.h"
#include "tests/auth/registry_fixture.h"
#include "tests/testing/status_matchers.h"
#include "tests/testing/temp_dir.h"

namespace matchmaker::auth {
namespace {

std::string ReadSecret(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return std::string(absl::StripAsciiWhitespace(line));
}

mode_t ModeOf(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return 0;
  return info.st_mode & 0777;
}

class AdminKeyBootstrapTest : public RegistryFixture {
 protected:
  std::string key_file() const { return dir_.Sub("keys/admin.key"); }
};

TEST_F(AdminKeyBootstrapTest, FirstStartWritesAnOwnerOnlyFileWithAWorkingAdminKey) {
  ::umask(0);  // even with the most permissive umask, the file is 0600
  ASSERT_OK_AND_ASSIGN(BootstrapResult result,
                       EnsureAdminKey(*registry_, key_file(), /*force=*/false, absl::Now()));
  ::umask(022);
  ASSERT_TRUE(result.created_key_id.has_value());
  EXPECT_EQ(ModeOf(key_file()), 0600u);
  const std::string secret = ReadSecret(key_file());
  ASSERT_OK_AND_ASSIGN(Principal who, registry_->Authenticate(secret));
  EXPECT_TRUE(who.is_admin());
  EXPECT_EQ(KeyIdOfSecret(secret), *result.created_key_id);
}

TEST_F(AdminKeyBootstrapTest, RestartReusesTheActiveKey) {
  ASSERT_OK(EnsureAdminKey(*registry_, key_file(), false, absl::Now()));
  const std::string first = ReadSecret(key_file());
  Reopen();
  ASSERT_OK_AND_ASSIGN(BootstrapResult again,
                       EnsureAdminKey(*registry_, key_file(), false, absl::Now()));
  EXPECT_FALSE(again.created_key_id.has_value());
  EXPECT_EQ(ReadSecret(key_file()), first);
  EXPECT_OK(registry_->Authenticate(first));
}

TEST_F(AdminKeyBootstrapTest, RevokedOrForcedGivesANewKey) {
  ASSERT_OK_AND_ASSIGN(BootstrapResult first,
                       EnsureAdminKey(*registry_, key_file(), false, absl::Now()));
  const std::string first_secret = ReadSecret(key_file());
  ASSERT_OK(registry_->Revoke(*first.created_key_id, absl::Now()));
  ASSERT_OK_AND_ASSIGN(BootstrapResult second,
                       EnsureAdminKey(*registry_, key_file(), false, absl::Now()));
  ASSERT_TRUE(second.created_key_id.has_value());
  const std::string second_secret = ReadSecret(key_file());
  EXPECT_NE(second_secret, first_secret);
  EXPECT_OK(registry_->Authenticate(second_secret));

  ASSERT_OK_AND_ASSIGN(BootstrapResult forced,
                       EnsureAdminKey(*registry_, key_file(), /*force=*/true, absl::Now()));
  ASSERT_TRUE(forced.created_key_id.has_value());
  EXPECT_NE(*forced.created_key_id, *second.created_key_id);
  EXPECT_EQ(ModeOf(key_file()), 0600u);
  // Forcing does not revoke the old key: the operator does that once the new one works.
  EXPECT_OK(registry_->Authenticate(second_secret));
}

TEST_F(AdminKeyBootstrapTest, UnwritableLocationFailsAndLeavesNoUsableKey) {
  const std::string blocker = dir_.Sub("file");
  std::ofstream(blocker) << "x";
  EXPECT_FALSE(EnsureAdminKey(*registry_, blocker + "/admin.key", false, absl::Now()).ok());
  // The key whose secret could not be written was revoked, so the next start tries again.
  EXPECT_FALSE(registry_->HasActiveAdmin());
}

}  // namespace
}  // namespace matchmaker::auth
