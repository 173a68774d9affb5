#include "server/validation/match_scoring_rules.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "server/validation/field_path.h"
#include "server/validation/field_rules.h"

namespace matchmaker::validation {
namespace {

bool IsFactorName(absl::string_view name) {
  if (name.empty() || name.size() > 64) return false;
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

}  // namespace

void ValidateMatchScoring(const v1::MatchScoring& scoring, absl::string_view path,
                          FieldViolations* violations) {
  CheckEnum(v1::FusionMethod_descriptor(), scoring.fusion(), /*required=*/false,
            FieldPath(path, "fusion"), violations);
  const std::string weights_path = FieldPath(path, "brand_weights");
  CheckListSize(scoring.brand_weights_size(), kMaxWeightOverrides, weights_path, violations);
  for (const auto& [name, weight] : scoring.brand_weights()) {
    const std::string entry = absl::StrCat(weights_path, "[\"", name, "\"]");
    if (!IsFactorName(name)) {
      violations->Add(entry, "must be a factor name (snake_case, e.g. \"niche\")");
    }
    CheckNonNegative(weight, kMaxFactorWeight, entry, violations);
  }
}

}  // namespace matchmaker::validation
