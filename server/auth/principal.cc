#include "server/auth/principal.h"

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "server/validation/field_rules.h"
#include "server/validation/field_violations.h"

namespace matchmaker::auth {

std::string Principal::ToString() const {
  switch (kind) {
    case Kind::kAdmin:
      return "admin";
    case Kind::kBrand:
      return absl::StrCat("brand/", id);
    case Kind::kCreator:
      return absl::StrCat("creator/", id);
    case Kind::kAnonymous:
      break;
  }
  return "anonymous";
}

absl::StatusOr<Principal> ParsePrincipal(absl::string_view text) {
  if (text == "admin") return Principal::Admin();
  Principal::Kind kind;
  absl::string_view id = text;
  if (absl::ConsumePrefix(&id, "brand/")) {
    kind = Principal::Kind::kBrand;
  } else if (absl::ConsumePrefix(&id, "creator/")) {
    kind = Principal::Kind::kCreator;
  } else {
    return absl::InvalidArgumentError(absl::StrCat(
        "principal must be admin, brand/<id> or creator/<id>, got \"", text.substr(0, 80), "\""));
  }
  validation::FieldViolations violations;
  if (!validation::CheckId(id, "principal", &violations)) {
    return absl::InvalidArgumentError(
        absl::StrCat("principal id \"", id.substr(0, 80), "\" is not a valid id"));
  }
  return Principal{kind, std::string(id)};
}

}  // namespace matchmaker::auth
