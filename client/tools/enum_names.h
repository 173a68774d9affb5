#ifndef MATCHMAKER_CLIENT_TOOLS_ENUM_NAMES_H_
#define MATCHMAKER_CLIENT_TOOLS_ENUM_NAMES_H_

#include <string>

#include "absl/status/statusor.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/generated_enum_reflection.h"

namespace matchmaker::tools {

// Enums on the command line go by their short names: PLATFORM_INSTAGRAM is "instagram",
// DECLINE_REASON_NOT_MY_NICHE is "not-my-niche". The prefix is what all values of the enum
// share ("PLATFORM_"), taken from its *_UNSPECIFIED value.

// The short name of `value`, or its number when the enum has no such value.
std::string ShortEnumName(const google::protobuf::EnumDescriptor* descriptor, int value);

// The value named `text`: a short name, any case, '-' or '_', or the full name. Fails with
// INVALID_ARGUMENT listing the accepted names. UNSPECIFIED is not accepted.
absl::StatusOr<int> ParseEnumName(const google::protobuf::EnumDescriptor* descriptor,
                                  const std::string& text);

// "a | b | c": the accepted short names, for help texts.
std::string EnumChoices(const google::protobuf::EnumDescriptor* descriptor);

template <typename E>
std::string ShortName(E value) {
  return ShortEnumName(google::protobuf::GetEnumDescriptor<E>(), static_cast<int>(value));
}

template <typename E>
absl::StatusOr<E> ParseEnum(const std::string& text) {
  absl::StatusOr<int> value = ParseEnumName(google::protobuf::GetEnumDescriptor<E>(), text);
  if (!value.ok()) return value.status();
  return static_cast<E>(*value);
}

template <typename E>
std::string Choices() {
  return EnumChoices(google::protobuf::GetEnumDescriptor<E>());
}

}  // namespace matchmaker::tools

#endif  // MATCHMAKER_CLIENT_TOOLS_ENUM_NAMES_H_
