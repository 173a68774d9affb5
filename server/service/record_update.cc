#include "server/service/record_update.h"

#include <memory>

#include "absl/strings/match.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/util/field_mask_util.h"
#include "google/protobuf/util/message_differencer.h"
#include "server/validation/update_mask.h"

namespace matchmaker::service {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

bool IsWritable(const Descriptor& descriptor, const FieldDescriptor& field) {
  return validation::NotWritableReason(descriptor, field.name()) == nullptr;
}

// Copies one top-level field from `from` to `to` (same type), clearing it when unset in `from`.
void CopyField(const Message& from, const FieldDescriptor& field, Message& to) {
  const Reflection* reflection = to.GetReflection();
  reflection->ClearField(&to, &field);
  const bool present = field.is_repeated() ? from.GetReflection()->FieldSize(from, &field) > 0
                                           : from.GetReflection()->HasField(from, &field);
  if (!present) return;
  // Copy through a scratch message that holds only this field, then merge it in.
  std::unique_ptr<Message> only(from.New());
  only->CopyFrom(from);
  const Descriptor* descriptor = from.GetDescriptor();
  for (int i = 0; i < descriptor->field_count(); ++i) {
    const FieldDescriptor* other = descriptor->field(i);
    if (other != &field) only->GetReflection()->ClearField(only.get(), other);
  }
  to.MergeFrom(*only);
}

}  // namespace

void MergeUpdate(const Message& patch, const google::protobuf::FieldMask& mask, Message& merged) {
  const Descriptor& descriptor = *merged.GetDescriptor();
  if (mask.paths().empty()) {
    for (int i = 0; i < descriptor.field_count(); ++i) {
      const FieldDescriptor& field = *descriptor.field(i);
      if (IsWritable(descriptor, field)) CopyField(patch, field, merged);
    }
    return;
  }
  google::protobuf::util::FieldMaskUtil::MergeOptions options;
  options.set_replace_message_fields(true);
  options.set_replace_repeated_fields(true);
  google::protobuf::util::FieldMaskUtil::MergeMessageTo(patch, mask, options, &merged);
}

bool MaskCovers(const google::protobuf::FieldMask& mask, const std::string& path) {
  if (mask.paths().empty()) return true;
  for (const std::string& masked : mask.paths()) {
    if (masked == path || absl::StartsWith(path, masked + ".")) return true;
  }
  return false;
}

std::vector<std::string> ChangedFields(const Message& before, const Message& after) {
  std::vector<std::string> changed;
  const Descriptor& descriptor = *before.GetDescriptor();
  for (int i = 0; i < descriptor.field_count(); ++i) {
    const FieldDescriptor* field = descriptor.field(i);
    if (!IsWritable(descriptor, *field)) continue;
    google::protobuf::util::MessageDifferencer differencer;
    std::vector<const FieldDescriptor*> only = {field};
    if (!differencer.CompareWithFields(before, after, only, only)) {
      changed.push_back(field->name());
    }
  }
  return changed;
}

}  // namespace matchmaker::service
