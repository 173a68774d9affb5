#ifndef MATCHMAKER_SERVER_VALIDATION_UPDATE_MASK_H_
#define MATCHMAKER_SERVER_VALIDATION_UPDATE_MASK_H_

// update_mask rules for UpdateCreator / UpdateBrand / UpdateBrief. A mask path names a
// writable field of the resource, found through the message Descriptor so new proto fields
// are picked up without code changes. Paths may descend into singular message fields
// ("budget.total_cents") but not into repeated ones (a list is replaced as a whole).

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/field_mask.pb.h"
#include "server/validation/field_violations.h"

namespace matchmaker::validation {

// Why a field cannot be written, or nullptr when it can. `message` is the message that
// declares the field (e.g. matchmaker.v1.Creator, matchmaker.v1.Aesthetic).
const char* NotWritableReason(const google::protobuf::Descriptor& message,
                              absl::string_view field_name);

// OK-or-violation for one mask path against `resource`. On failure, adds one violation at
// `violation_path` (e.g. "update_mask.paths[2]") and returns false.
bool CheckMaskPath(const google::protobuf::Descriptor& resource, absl::string_view mask_path,
                   absl::string_view violation_path, FieldViolations* violations);

// Checks every path of `mask` (violations at "update_mask.paths[i]") and returns the valid
// ones, in order.
std::vector<std::string> ValidateUpdateMask(const google::protobuf::FieldMask& mask,
                                            const google::protobuf::Descriptor& resource,
                                            FieldViolations* violations);

// Whether a record-relative violation path such as "accounts[0].followers" lies under one of
// `mask_paths` ("accounts"): equal, or continued by '.' or '['.
bool IsUnderMask(absl::string_view field, const std::vector<std::string>& mask_paths);

// Copies the violations of `record_violations` under "`record_path`.<mask path>" into `out`.
// Lets an update be checked with the same record validator as a create, restricted to the
// fields it actually changes.
void CopyMaskedViolations(const FieldViolations& record_violations, absl::string_view record_path,
                          const std::vector<std::string>& mask_paths, FieldViolations* out);

}  // namespace matchmaker::validation

#endif  // MATCHMAKER_SERVER_VALIDATION_UPDATE_MASK_H_
