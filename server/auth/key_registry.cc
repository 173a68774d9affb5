#include "server/auth/key_registry.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "google/protobuf/timestamp.pb.h"
#include "server/auth/api_key_secret.h"

namespace matchmaker::auth {
namespace {

absl::Status InvalidKey() { return absl::UnauthenticatedError("invalid API key"); }

void SetTimestamp(absl::Time time, google::protobuf::Timestamp* timestamp) {
  const int64_t micros = absl::ToUnixMicros(time);
  timestamp->set_seconds(micros / 1000000);
  timestamp->set_nanos(static_cast<int32_t>(micros % 1000000) * 1000);
}

}  // namespace

absl::StatusOr<std::unique_ptr<KeyRegistry>> KeyRegistry::Load(storage::Store& store) {
  std::unique_ptr<KeyRegistry> registry(new KeyRegistry(store));
  absl::Status parse_error;
  absl::MutexLock lock(&registry->mu_);
  absl::Status scanned = store.ScanApiKeys("", [&](const storage::StoredApiKey& stored) {
    absl::StatusOr<Principal> principal = ParsePrincipal(stored.key.principal());
    if (!principal.ok()) {
      parse_error = absl::DataLossError(
          absl::StrCat("api key ", stored.key.key_id(),
                       " has an invalid principal: ", principal.status().message()));
      return false;
    }
    registry->keys_.emplace(stored.key.key_id(), Entry{stored, *std::move(principal)});
    return true;
  });
  if (!scanned.ok()) return scanned;
  if (!parse_error.ok()) return parse_error;
  return registry;
}

absl::StatusOr<CreatedKey> KeyRegistry::Create(const Principal& principal,
                                               absl::string_view description, absl::Time now) {
  if (principal.kind == Principal::Kind::kAnonymous) {
    return absl::InvalidArgumentError("an API key needs a principal, not anonymous");
  }
  absl::MutexLock write_lock(&write_mu_);
  NewSecret generated = GenerateSecret();
  {
    // 64 random bits make a collision practically impossible; checked anyway, since
    // overwriting a key would silently hand its principal to someone else.
    absl::MutexLock lock(&mu_);
    while (keys_.count(generated.key_id) != 0) generated = GenerateSecret();
  }
  Entry entry;
  entry.principal = principal;
  entry.stored.key.set_key_id(generated.key_id);
  entry.stored.key.set_principal(principal.ToString());
  entry.stored.key.set_description(std::string(description));
  SetTimestamp(now, entry.stored.key.mutable_create_time());
  entry.stored.salt = RandomBytes(kSaltBytes);
  entry.stored.hash = HashSecret(entry.stored.salt, generated.secret);
  if (absl::Status put = store_.PutApiKey(entry.stored); !put.ok()) return put;

  CreatedKey created{entry.stored.key, std::move(generated.secret)};
  absl::MutexLock lock(&mu_);
  keys_.emplace(generated.key_id, std::move(entry));
  return created;
}

absl::StatusOr<v1::ApiKey> KeyRegistry::Revoke(absl::string_view key_id, absl::Time now) {
  absl::MutexLock write_lock(&write_mu_);
  Entry updated;
  {
    absl::MutexLock lock(&mu_);
    auto it = keys_.find(key_id);
    if (it == keys_.end()) {
      return absl::NotFoundError(absl::StrCat("api key \"", key_id, "\" not found"));
    }
    if (it->second.stored.key.has_revoke_time()) return it->second.stored.key;
    updated = it->second;
  }
  SetTimestamp(now, updated.stored.key.mutable_revoke_time());
  if (absl::Status put = store_.PutApiKey(updated.stored); !put.ok()) return put;
  absl::MutexLock lock(&mu_);
  Entry& entry = keys_.find(key_id)->second;  // present: only writers erase, and none does
  entry = std::move(updated);
  return entry.stored.key;
}

absl::StatusOr<Principal> KeyRegistry::Authenticate(absl::string_view secret) const {
  const std::optional<std::string> key_id = KeyIdOfSecret(secret);
  if (!key_id.has_value()) return InvalidKey();
  std::string salt;
  std::string hash;
  Principal principal;
  {
    absl::MutexLock lock(&mu_);
    auto it = keys_.find(*key_id);
    if (it == keys_.end() || it->second.stored.key.has_revoke_time()) return InvalidKey();
    salt = it->second.stored.salt;
    hash = it->second.stored.hash;
    principal = it->second.principal;
  }
  // Hashed outside the lock: concurrent calls do not queue behind each other's SHA-256.
  if (!VerifySecret(salt, secret, hash)) return InvalidKey();
  return principal;
}

std::vector<v1::ApiKey> KeyRegistry::List(absl::string_view after_key_id,
                                          const std::function<bool(const v1::ApiKey&)>& keep,
                                          std::size_t limit, bool* more) const {
  std::vector<v1::ApiKey> keys;
  *more = false;
  absl::MutexLock lock(&mu_);
  for (auto it = keys_.upper_bound(after_key_id); it != keys_.end(); ++it) {
    if (!keep(it->second.stored.key)) continue;
    if (limit != 0 && keys.size() == limit) {
      *more = true;
      break;
    }
    keys.push_back(it->second.stored.key);
  }
  return keys;
}

bool KeyRegistry::HasActiveAdmin() const {
  absl::MutexLock lock(&mu_);
  for (const auto& [id, entry] : keys_) {
    if (entry.principal.is_admin() && !entry.stored.key.has_revoke_time()) return true;
  }
  return false;
}

}  // namespace matchmaker::auth
