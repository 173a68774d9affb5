#include "server/validation/update_mask.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "server/validation/field_path.h"

namespace matchmaker::validation {
namespace {

constexpr char kOutputOnly[] = "is output only and cannot be updated";
constexpr char kNamesRecord[] = "cannot be changed: it names the record";
constexpr char kImmutable[] = "is immutable";

struct NotWritable {
  absl::string_view message;  // full name of the declaring message
  absl::string_view field;
  const char* reason;
};

// The output-only and immutable fields of the updatable resources and their sub-messages
// (the proto comments mark them; protoc keeps no such annotation in our vendored subset).
constexpr NotWritable kNotWritable[] = {
    {"matchmaker.v1.Creator", "id", kNamesRecord},
    {"matchmaker.v1.Creator", "total_followers", kOutputOnly},
    {"matchmaker.v1.Creator", "tier", kOutputOnly},
    {"matchmaker.v1.Creator", "create_time", kOutputOnly},
    {"matchmaker.v1.Creator", "update_time", kOutputOnly},
    {"matchmaker.v1.Creator", "etag", kOutputOnly},
    {"matchmaker.v1.PlatformAccount", "engagement_rate", kOutputOnly},
    {"matchmaker.v1.Aesthetic", "embedding_derived", kOutputOnly},
    {"matchmaker.v1.Brand", "id", kNamesRecord},
    {"matchmaker.v1.Brand", "create_time", kOutputOnly},
    {"matchmaker.v1.Brand", "update_time", kOutputOnly},
    {"matchmaker.v1.Brand", "etag", kOutputOnly},
    {"matchmaker.v1.Brief", "id", kNamesRecord},
    // A brief belongs to one brand for life: offers and history are keyed by it.
    {"matchmaker.v1.Brief", "brand_id", kImmutable},
    {"matchmaker.v1.Brief", "create_time", kOutputOnly},
    {"matchmaker.v1.Brief", "update_time", kOutputOnly},
    {"matchmaker.v1.Brief", "etag", kOutputOnly},
};

}  // namespace

const char* NotWritableReason(const google::protobuf::Descriptor& message,
                              absl::string_view field_name) {
  for (const NotWritable& entry : kNotWritable) {
    if (entry.message == message.full_name() && entry.field == field_name) return entry.reason;
  }
  return nullptr;
}

bool CheckMaskPath(const google::protobuf::Descriptor& resource, absl::string_view mask_path,
                   absl::string_view violation_path, FieldViolations* violations) {
  if (mask_path.empty()) {
    violations->Add(violation_path, "must not be empty");
    return false;
  }
  const google::protobuf::Descriptor* message = &resource;
  std::string walked;
  for (absl::string_view segment : absl::StrSplit(mask_path, '.')) {
    if (message == nullptr) {
      violations->Add(violation_path,
                      absl::StrCat("\"", mask_path, "\": \"", walked,
                                   "\" is not a message field, so it has no sub-fields"));
      return false;
    }
    const google::protobuf::FieldDescriptor* field = message->FindFieldByName(std::string(segment));
    walked = walked.empty() ? std::string(segment) : absl::StrCat(walked, ".", segment);
    if (field == nullptr) {
      violations->Add(violation_path, absl::StrCat("\"", mask_path, "\": ", message->name(),
                                                   " has no field \"", segment, "\""));
      return false;
    }
    if (const char* reason = NotWritableReason(*message, segment); reason != nullptr) {
      violations->Add(violation_path, absl::StrCat("\"", walked, "\" ", reason));
      return false;
    }
    if (field->is_repeated()) {
      // Lists are replaced whole; nothing may follow a repeated field in a mask path.
      message = nullptr;
      if (walked.size() < mask_path.size()) {
        violations->Add(violation_path,
                        absl::StrCat("\"", mask_path, "\": \"", walked,
                                     "\" is a list and is replaced whole; name it alone"));
        return false;
      }
    } else {
      message = field->message_type();  // nullptr for scalars
    }
  }
  return true;
}

std::vector<std::string> ValidateUpdateMask(const google::protobuf::FieldMask& mask,
                                            const google::protobuf::Descriptor& resource,
                                            FieldViolations* violations) {
  std::vector<std::string> accepted;
  for (int i = 0; i < mask.paths_size(); ++i) {
    if (CheckMaskPath(resource, mask.paths(i), IndexPath("update_mask.paths", i), violations)) {
      accepted.push_back(mask.paths(i));
    }
  }
  return accepted;
}

bool IsUnderMask(absl::string_view field, const std::vector<std::string>& mask_paths) {
  for (const std::string& mask_path : mask_paths) {
    if (!absl::StartsWith(field, mask_path)) continue;
    if (field.size() == mask_path.size()) return true;
    const char next = field[mask_path.size()];
    if (next == '.' || next == '[') return true;
  }
  return false;
}

void CopyMaskedViolations(const FieldViolations& record_violations, absl::string_view record_path,
                          const std::vector<std::string>& mask_paths, FieldViolations* out) {
  const std::string prefix = absl::StrCat(record_path, ".");
  for (const auto& violation : record_violations.all().field_violations()) {
    absl::string_view field = violation.field();
    if (!absl::ConsumePrefix(&field, prefix)) continue;
    if (IsUnderMask(field, mask_paths)) out->Add(violation.field(), violation.description());
  }
}

}  // namespace matchmaker::validation
