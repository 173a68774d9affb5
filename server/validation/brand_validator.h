#ifndef MATCHMAKER_SERVER_VALIDATION_BRAND_VALIDATOR_H_
#define MATCHMAKER_SERVER_VALIDATION_BRAND_VALIDATOR_H_

// Content rules of a brand (matchmaker/v1/brand.proto). create/update_time and etag are
// output only and ignored.

#include "absl/strings/string_view.h"
#include "matchmaker/v1/brand.pb.h"
#include "server/validation/field_violations.h"
#include "server/validation/validation_context.h"

namespace matchmaker::validation {

// Every writable field of `brand`, under `path` (e.g. "brand"). An empty id passes.
void ValidateBrand(const v1::Brand& brand, const ValidationContext& ctx, absl::string_view path,
                   FieldViolations* violations);

}  // namespace matchmaker::validation

#endif  // MATCHMAKER_SERVER_VALIDATION_BRAND_VALIDATOR_H_
