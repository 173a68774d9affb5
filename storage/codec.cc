#include "storage/codec.h"

#include "absl/strings/str_cat.h"

namespace matchmaker::storage {
namespace {

// Checks the version byte and returns the payload behind it.
absl::StatusOr<absl::string_view> Payload(absl::string_view value,
                                          absl::string_view key_description) {
  if (value.empty()) {
    return absl::DataLossError(absl::StrCat("empty value at ", key_description));
  }
  const auto version = static_cast<uint8_t>(value[0]);
  if (version != kValueFormatV1) {
    return absl::DataLossError(
        absl::StrCat("unknown value format version ", version, " at ", key_description));
  }
  return value.substr(1);
}

}  // namespace

std::string EncodeProtoValue(const google::protobuf::MessageLite& message) {
  std::string value(1, static_cast<char>(kValueFormatV1));
  message.AppendToString(&value);
  return value;
}

std::string EncodeBytesValue(absl::string_view bytes) {
  std::string value(1, static_cast<char>(kValueFormatV1));
  value.append(bytes.data(), bytes.size());
  return value;
}

absl::Status DecodeProtoValue(absl::string_view value, absl::string_view key_description,
                              google::protobuf::MessageLite* message) {
  absl::StatusOr<absl::string_view> payload = Payload(value, key_description);
  if (!payload.ok()) return payload.status();
  if (!message->ParseFromArray(payload->data(), static_cast<int>(payload->size()))) {
    return absl::DataLossError(
        absl::StrCat("cannot parse ", message->GetTypeName(), " at ", key_description));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> DecodeBytesValue(absl::string_view value,
                                             absl::string_view key_description) {
  absl::StatusOr<absl::string_view> payload = Payload(value, key_description);
  if (!payload.ok()) return payload.status();
  return std::string(*payload);
}

}  // namespace matchmaker::storage
