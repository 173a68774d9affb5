#include "server/validation/request_rules.h"

#include "server/validation/limits.h"

namespace matchmaker::validation {

void CheckNote(absl::string_view note, FieldViolations* violations) {
  CheckText(note, kMaxDescriptionLength, "note", violations);
}

std::vector<std::string> WritableFields(const google::protobuf::Descriptor& resource) {
  std::vector<std::string> fields;
  for (int i = 0; i < resource.field_count(); ++i) {
    const std::string& name = resource.field(i)->name();
    if (NotWritableReason(resource, name) == nullptr) fields.push_back(name);
  }
  return fields;
}

}  // namespace matchmaker::validation
