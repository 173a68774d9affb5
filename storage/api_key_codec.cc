#include "storage/api_key_codec.h"

#include <cstdint>

#include "absl/strings/str_cat.h"
#include "storage/codec.h"

namespace matchmaker::storage {
namespace {

constexpr std::size_t kMaxPartBytes = 255;

// Reads one length-prefixed part from the front of `rest`; false when it is truncated.
bool TakePart(absl::string_view* rest, std::string* part) {
  if (rest->empty()) return false;
  const auto size = static_cast<uint8_t>((*rest)[0]);
  rest->remove_prefix(1);
  if (size == 0 || rest->size() < size) return false;
  part->assign(rest->data(), size);
  rest->remove_prefix(size);
  return true;
}

}  // namespace

absl::StatusOr<std::string> EncodeApiKeyValue(const StoredApiKey& stored) {
  for (const std::string* part : {&stored.salt, &stored.hash}) {
    if (part->empty() || part->size() > kMaxPartBytes) {
      return absl::InvalidArgumentError(
          absl::StrCat("api key ", stored.key.key_id(), ": salt and hash must be 1-255 bytes"));
    }
  }
  std::string value(1, static_cast<char>(kValueFormatV1));
  value.push_back(static_cast<char>(stored.salt.size()));
  value.append(stored.salt);
  value.push_back(static_cast<char>(stored.hash.size()));
  value.append(stored.hash);
  stored.key.AppendToString(&value);
  return value;
}

absl::StatusOr<StoredApiKey> DecodeApiKeyValue(absl::string_view value,
                                               absl::string_view key_description) {
  absl::StatusOr<std::string> payload = DecodeBytesValue(value, key_description);
  if (!payload.ok()) return payload.status();
  absl::string_view rest = *payload;
  StoredApiKey stored;
  if (!TakePart(&rest, &stored.salt) || !TakePart(&rest, &stored.hash)) {
    return absl::DataLossError(absl::StrCat("truncated api key value at ", key_description));
  }
  if (!stored.key.ParseFromArray(rest.data(), static_cast<int>(rest.size()))) {
    return absl::DataLossError(absl::StrCat("cannot parse api key at ", key_description));
  }
  return stored;
}

}  // namespace matchmaker::storage
