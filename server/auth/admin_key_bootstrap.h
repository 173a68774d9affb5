#ifndef MATCHMAKER_SERVER_AUTH_ADMIN_KEY_BOOTSTRAP_H_
#define MATCHMAKER_SERVER_AUTH_ADMIN_KEY_BOOTSTRAP_H_

// First start: a database without an active admin key gets one, and its secret goes to a
// file only the server's user can read (mode 0600), where the CLIs find it. This is how the
// README's first command works with no flags. Later starts reuse the key: no new key while
// one is active (revoke it, or pass force, to get a new one). See docs/security.md.

#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "server/auth/key_registry.h"

namespace matchmaker::auth {

struct BootstrapResult {
  // The key created now; nullopt when an active admin key already existed.
  std::optional<std::string> created_key_id;
};

// Creates an admin key when `registry` has no active one (or always, with `force`) and
// writes its secret plus a newline to `path`. The file is written to a temporary file in
// the same directory, created O_EXCL with mode 0600, synced and renamed over `path`, so a
// reader never sees a partial secret and the secret is never readable by group or others.
[[nodiscard]] absl::StatusOr<BootstrapResult> EnsureAdminKey(KeyRegistry& registry,
                                                             const std::string& path, bool force,
                                                             absl::Time now);

// Writes `contents` to `path` as described above (exposed for tests).
[[nodiscard]] absl::Status WriteSecretFile(const std::string& path, absl::string_view contents);

}  // namespace matchmaker::auth

#endif  // MATCHMAKER_SERVER_AUTH_ADMIN_KEY_BOOTSTRAP_H_
