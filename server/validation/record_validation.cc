#include "server/validation/record_validation.h"

#include "server/validation/brand_validator.h"
#include "server/validation/brief_validator.h"
#include "server/validation/creator_validator.h"
#include "server/validation/field_path.h"
#include "server/validation/field_rules.h"

namespace matchmaker::validation {

void ValidateCreatorForCreate(const v1::Creator& creator, const ValidationContext& ctx,
                              absl::string_view path, FieldViolations* violations) {
  ValidateCreator(creator, ctx, path, violations);
}

void ValidateBrandForCreate(const v1::Brand& brand, const ValidationContext& ctx,
                            absl::string_view path, FieldViolations* violations) {
  ValidateBrand(brand, ctx, path, violations);
}

void ValidateBriefForCreate(const v1::Brief& brief, const ValidationContext& ctx,
                            absl::string_view path, FieldViolations* violations) {
  // A brief without its brand has no owner to check tenancy, competitors or budget against.
  if (brief.brand_id().empty()) violations->Add(FieldPath(path, "brand_id"), "is required");
  ValidateBrief(brief, ctx, path, violations);
}

absl::Status ValidateRecordForWrite(const v1::Creator& creator, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidateCreatorForCreate(creator, ctx, "creator", &violations);
  return violations.ToStatus("invalid Creator");
}

absl::Status ValidateRecordForWrite(const v1::Brand& brand, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidateBrandForCreate(brand, ctx, "brand", &violations);
  return violations.ToStatus("invalid Brand");
}

absl::Status ValidateRecordForWrite(const v1::Brief& brief, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidateBriefForCreate(brief, ctx, "brief", &violations);
  return violations.ToStatus("invalid Brief");
}

}  // namespace matchmaker::validation
