#ifndef MATCHMAKER_SERVER_AUTH_KEY_REGISTRY_H_
#define MATCHMAKER_SERVER_AUTH_KEY_REGISTRY_H_

// Every API key of the database, in memory, so authenticating a call costs one hash lookup
// and one SHA-256, never a RocksDB read. Loaded from the store at start; Create and Revoke
// write the store first (synced) and update memory only when that succeeded, so memory never
// holds a key the database does not. Thread-safe; revocation is visible to the next call.

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "matchmaker/v1/admin_service.pb.h"
#include "server/auth/principal.h"
#include "storage/store.h"

namespace matchmaker::auth {

struct CreatedKey {
  v1::ApiKey api_key;
  std::string secret;  // shown once; never stored
};

class KeyRegistry {
 public:
  // Reads every stored key. DATA_LOSS for a stored key whose principal does not parse.
  [[nodiscard]] static absl::StatusOr<std::unique_ptr<KeyRegistry>> Load(storage::Store& store);

  // A new key for `principal`, created at `now`.
  [[nodiscard]] absl::StatusOr<CreatedKey> Create(const Principal& principal,
                                                  absl::string_view description, absl::Time now);
  // Sets revoke_time (once: revoking a revoked key returns it unchanged). NOT_FOUND if unknown.
  [[nodiscard]] absl::StatusOr<v1::ApiKey> Revoke(absl::string_view key_id, absl::Time now);

  // The principal of an active key whose secret is `secret`; UNAUTHENTICATED "invalid API key"
  // for a malformed, unknown, revoked or wrong secret alike (callers learn nothing more).
  [[nodiscard]] absl::StatusOr<Principal> Authenticate(absl::string_view secret) const;

  // Keys in key id order strictly after `after_key_id`, passing `keep`, at most `limit`
  // (0: all). `*more` tells whether further matching keys exist.
  std::vector<v1::ApiKey> List(absl::string_view after_key_id,
                               const std::function<bool(const v1::ApiKey&)>& keep,
                               std::size_t limit, bool* more) const;

  // Whether any admin key is active (the bootstrap creates one otherwise).
  bool HasActiveAdmin() const;

 private:
  struct Entry {
    storage::StoredApiKey stored;
    Principal principal;
  };

  explicit KeyRegistry(storage::Store& store) : store_(store) {}

  storage::Store& store_;
  // Serializes Create and Revoke (read-modify-write of one key) apart from readers.
  absl::Mutex write_mu_;
  mutable absl::Mutex mu_ ABSL_ACQUIRED_AFTER(write_mu_);
  // Ordered: the listing order is key id order, as in the store. A few thousand keys at most.
  std::map<std::string, Entry, std::less<>> keys_ ABSL_GUARDED_BY(mu_);
};

}  // namespace matchmaker::auth

#endif  // MATCHMAKER_SERVER_AUTH_KEY_REGISTRY_H_
