#include "server/auth/admin_key_bootstrap.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "server/auth/api_key_secret.h"

namespace matchmaker::auth {
namespace {

absl::Status Errno(absl::string_view what, const std::string& path) {
  return absl::FailedPreconditionError(
      absl::StrCat("cannot ", what, " ", path, ": ", std::strerror(errno)));
}

}  // namespace

absl::Status WriteSecretFile(const std::string& path, absl::string_view contents) {
  const std::filesystem::path target(path);
  std::error_code error;
  if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), error);
  if (error) {
    return absl::FailedPreconditionError(absl::StrCat(
        "cannot create directory ", target.parent_path().string(), ": ", error.message()));
  }
  // A fresh random name with O_EXCL: never follows a planted symlink, never reuses a file
  // someone else created with wider permissions.
  const std::string temp = absl::StrCat(path, ".tmp-", absl::BytesToHexString(RandomBytes(8)));
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return Errno("create", temp);
  absl::Status status;
  // umask can only remove bits, but be explicit: owner read/write, nobody else.
  if (::fchmod(fd, 0600) != 0) status = Errno("chmod", temp);
  absl::string_view rest = contents;
  while (status.ok() && !rest.empty()) {
    const ssize_t written = ::write(fd, rest.data(), rest.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      status = Errno("write", temp);
      break;
    }
    rest.remove_prefix(static_cast<std::size_t>(written));
  }
  if (status.ok() && ::fsync(fd) != 0) status = Errno("sync", temp);
  if (::close(fd) != 0 && status.ok()) status = Errno("close", temp);
  if (status.ok() && ::rename(temp.c_str(), path.c_str()) != 0) status = Errno("rename to", path);
  if (!status.ok()) ::unlink(temp.c_str());
  return status;
}

absl::StatusOr<BootstrapResult> EnsureAdminKey(KeyRegistry& registry, const std::string& path,
                                               bool force, absl::Time now) {
  BootstrapResult result;
  if (!force && registry.HasActiveAdmin()) return result;
  absl::StatusOr<CreatedKey> created =
      registry.Create(Principal::Admin(), "bootstrap admin key (written by the server)", now);
  if (!created.ok()) return created.status();
  if (absl::Status written = WriteSecretFile(path, absl::StrCat(created->secret, "\n"));
      !written.ok()) {
    // Nobody can use a key whose secret was not written: revoke it so the next start retries.
    registry.Revoke(created->api_key.key_id(), now).IgnoreError();
    return written;
  }
  result.created_key_id = created->api_key.key_id();
  return result;
}

}  // namespace matchmaker::auth
