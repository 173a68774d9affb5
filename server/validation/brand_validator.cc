#include "server/validation/brand_validator.h"

#include "server/validation/common_validators.h"
#include "server/validation/field_path.h"
#include "server/validation/field_rules.h"
#include "server/validation/limits.h"

namespace matchmaker::validation {
namespace {

// Competitors and values are names (or brand ids): short, non-empty text.
bool CheckName(absl::string_view value, absl::string_view path, FieldViolations* violations) {
  return CheckRequiredText(value, kMaxNameLength, path, violations);
}

}  // namespace

void ValidateBrand(const v1::Brand& brand, const ValidationContext& ctx, absl::string_view path,
                   FieldViolations* violations) {
  CheckOptionalId(brand.id(), FieldPath(path, "id"), violations);
  CheckText(brand.display_name(), kMaxNameLength, FieldPath(path, "display_name"), violations);
  if (!brand.category().empty()) {
    CheckNichePath(brand.category(), FieldPath(path, "category"), violations);
  }
  ValidateStringList(brand.competitors(), kMaxCompetitors, FieldPath(path, "competitors"),
                     violations, CheckName);
  ValidateStringList(brand.values(), kMaxBrandValues, FieldPath(path, "values"), violations,
                     CheckName);
  CheckText(brand.website(), kMaxUrlLength, FieldPath(path, "website"), violations);
  if (brand.has_location()) {
    ValidateLocation(brand.location(), /*country_required=*/false, FieldPath(path, "location"),
                     violations);
  }
  CheckText(brand.description(), kMaxDescriptionLength, FieldPath(path, "description"), violations);
}

}  // namespace matchmaker::validation
