#ifndef MATCHMAKER_SERVER_VALIDATION_RECORD_VALIDATION_H_
#define MATCHMAKER_SERVER_VALIDATION_RECORD_VALIDATION_H_

// Whole-record checks: what a record must satisfy to be created (Create* calls and imports
// share them) and to be written at all (the service re-checks a record after merging an
// update mask into the stored one, since a masked update only validated the fields it named).

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "matchmaker/v1/brand.pb.h"
#include "matchmaker/v1/brief.pb.h"
#include "matchmaker/v1/creator.pb.h"
#include "server/validation/field_violations.h"
#include "server/validation/validation_context.h"

namespace matchmaker::validation {

// Create rules, under `path`: the content rules of ValidateCreator / ValidateBrand /
// ValidateBrief, plus brief.brand_id required. Ids may be empty (the server generates one).
void ValidateCreatorForCreate(const v1::Creator& creator, const ValidationContext& ctx,
                              absl::string_view path, FieldViolations* violations);
void ValidateBrandForCreate(const v1::Brand& brand, const ValidationContext& ctx,
                            absl::string_view path, FieldViolations* violations);
void ValidateBriefForCreate(const v1::Brief& brief, const ValidationContext& ctx,
                            absl::string_view path, FieldViolations* violations);

// The create rules as a Status, with paths under "creator", "brand" or "brief" (as in the
// requests) and the summary "invalid Creator" etc. Call with the merged record before
// writing it; output-only fields are ignored, an empty id passes.
absl::Status ValidateRecordForWrite(const v1::Creator& creator, const ValidationContext& ctx);
absl::Status ValidateRecordForWrite(const v1::Brand& brand, const ValidationContext& ctx);
absl::Status ValidateRecordForWrite(const v1::Brief& brief, const ValidationContext& ctx);

}  // namespace matchmaker::validation

#endif  // MATCHMAKER_SERVER_VALIDATION_RECORD_VALIDATION_H_
