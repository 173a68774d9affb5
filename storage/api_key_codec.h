#ifndef MATCHMAKER_STORAGE_API_KEY_CODEC_H_
#define MATCHMAKER_STORAGE_API_KEY_CODEC_H_

// The stored form of an API key (column family api_keys, key = key id): what operators see
// (v1::ApiKey) plus the salt and the salted hash of the secret. The secret itself is never
// stored. Value: the format-version byte, salt length (1 byte), salt, hash length (1 byte),
// hash, then the serialized v1::ApiKey.

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "matchmaker/v1/admin_service.pb.h"

namespace matchmaker::storage {

struct StoredApiKey {
  v1::ApiKey key;
  std::string salt;  // random bytes, at most 255
  std::string hash;  // SHA-256(salt || secret), at most 255 bytes
};

// INVALID_ARGUMENT when salt or hash is empty or longer than 255 bytes.
[[nodiscard]] absl::StatusOr<std::string> EncodeApiKeyValue(const StoredApiKey& stored);
// DATA_LOSS when `value` is not one EncodeApiKeyValue made; `key_description` names it.
[[nodiscard]] absl::StatusOr<StoredApiKey> DecodeApiKeyValue(absl::string_view value,
                                                             absl::string_view key_description);

}  // namespace matchmaker::storage

#endif  // MATCHMAKER_STORAGE_API_KEY_CODEC_H_
