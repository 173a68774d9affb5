#include "client/tools/enum_names.h"

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"

namespace matchmaker::tools {
namespace {

std::string PrefixOf(const google::protobuf::EnumDescriptor* descriptor) {
  const google::protobuf::EnumValueDescriptor* zero = descriptor->FindValueByNumber(0);
  if (zero == nullptr || !absl::EndsWith(zero->name(), "UNSPECIFIED")) return "";
  return zero->name().substr(0, zero->name().size() - std::string("UNSPECIFIED").size());
}

std::string ShortOf(const google::protobuf::EnumValueDescriptor* value, const std::string& prefix) {
  std::string name = value->name();
  if (absl::StartsWith(name, prefix)) name = name.substr(prefix.size());
  return absl::StrReplaceAll(absl::AsciiStrToLower(name), {{"_", "-"}});
}

}  // namespace

std::string ShortEnumName(const google::protobuf::EnumDescriptor* descriptor, int value) {
  const google::protobuf::EnumValueDescriptor* found = descriptor->FindValueByNumber(value);
  if (found == nullptr) return absl::StrCat(value);
  return ShortOf(found, PrefixOf(descriptor));
}

absl::StatusOr<int> ParseEnumName(const google::protobuf::EnumDescriptor* descriptor,
                                  const std::string& text) {
  const std::string prefix = PrefixOf(descriptor);
  const std::string wanted = absl::StrReplaceAll(absl::AsciiStrToUpper(text), {{"-", "_"}});
  for (int i = 0; i < descriptor->value_count(); ++i) {
    const google::protobuf::EnumValueDescriptor* value = descriptor->value(i);
    if (value->number() == 0) continue;
    if (value->name() == wanted || value->name() == prefix + wanted) return value->number();
  }
  return absl::InvalidArgumentError(absl::StrCat("\"", text, "\" is not a ", descriptor->name(),
                                                 "; expected one of ", EnumChoices(descriptor)));
}

std::string EnumChoices(const google::protobuf::EnumDescriptor* descriptor) {
  const std::string prefix = PrefixOf(descriptor);
  std::vector<std::string> names;
  for (int i = 0; i < descriptor->value_count(); ++i) {
    if (descriptor->value(i)->number() == 0) continue;
    names.push_back(ShortOf(descriptor->value(i), prefix));
  }
  return absl::StrJoin(names, " | ");
}

}  // namespace matchmaker::tools
