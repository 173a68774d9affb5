#ifndef MATCHMAKER_STORAGE_CODEC_H_
#define MATCHMAKER_STORAGE_CODEC_H_

// Value encoding: one format-version byte, then the payload (a serialized proto, or raw bytes
// for remembered responses). The version byte lets a later release change the payload and
// still read old values; anything we do not recognise is DATA_LOSS, never a silent default.

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/message_lite.h"

namespace matchmaker::storage {

inline constexpr uint8_t kValueFormatV1 = 1;

[[nodiscard]] std::string EncodeProtoValue(const google::protobuf::MessageLite& message);
[[nodiscard]] std::string EncodeBytesValue(absl::string_view bytes);

// `key_description` (see DescribeKey) names the value in the DATA_LOSS message.
[[nodiscard]] absl::Status DecodeProtoValue(absl::string_view value,
                                            absl::string_view key_description,
                                            google::protobuf::MessageLite* message);
[[nodiscard]] absl::StatusOr<std::string> DecodeBytesValue(absl::string_view value,
                                                           absl::string_view key_description);

}  // namespace matchmaker::storage

#endif  // MATCHMAKER_STORAGE_CODEC_H_
