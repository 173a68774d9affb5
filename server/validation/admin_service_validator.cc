#include "server/validation/admin_service_validator.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "server/validation/common_validators.h"
#include "server/validation/field_rules.h"
#include "server/validation/limits.h"
#include "server/validation/match_scoring_rules.h"
#include "server/validation/record_validation.h"
#include "server/validation/request_rules.h"

namespace matchmaker::validation {
namespace {

// The checkpoint directory is created by the server process on its own machine: it must be
// unambiguous (absolute) and must not climb out of where the operator pointed (no "..").
void CheckCheckpointDirectory(absl::string_view directory, FieldViolations* violations) {
  constexpr absl::string_view kPath = "directory";
  if (directory.empty()) {
    violations->Add(kPath, "is required");
    return;
  }
  if (directory.size() > kMaxCheckpointPathLength) {
    violations->Add(kPath, absl::StrCat("must be at most ", kMaxCheckpointPathLength,
                                        " characters (got ", directory.size(), ")"));
    return;
  }
  if (directory.front() != '/') {
    violations->Add(kPath, "must be an absolute path (start with '/')");
    return;
  }
  if (directory.find('\0') != absl::string_view::npos) {
    violations->Add(kPath, "must not contain NUL characters");
    return;
  }
  for (absl::string_view segment : absl::StrSplit(directory, '/')) {
    if (segment == "..") {
      violations->Add(kPath, "must not contain \"..\" segments");
      return;
    }
  }
}

// "admin", "brand/<id>" or "creator/<id>" (auth::ParsePrincipal parses the same syntax;
// mm_auth depends on this library, so the rule is restated here rather than called).
void CheckPrincipal(absl::string_view principal, absl::string_view path,
                    FieldViolations* violations) {
  if (principal == "admin") return;
  absl::string_view id = principal;
  if (!absl::ConsumePrefix(&id, "brand/") && !absl::ConsumePrefix(&id, "creator/")) {
    violations->Add(path, "must be admin, brand/<id> or creator/<id>");
    return;
  }
  CheckId(id, path, violations);
}

// Key ids are "k_" + 16 lowercase hex digits (server/auth/api_key_secret.h).
void CheckKeyId(absl::string_view key_id, absl::string_view path, FieldViolations* violations) {
  if (key_id.empty()) {
    violations->Add(path, "is required");
    return;
  }
  bool hex = key_id.size() == 18 && absl::StartsWith(key_id, "k_");
  for (char c : key_id.substr(hex ? 2 : 0)) {
    if (!hex) break;
    hex = absl::ascii_isdigit(c) || (c >= 'a' && c <= 'f');
  }
  if (!hex) violations->Add(path, "must be a key id as listed by ListApiKeys (k_ + 16 hex digits)");
}

}  // namespace

absl::Status Validate(const v1::CreateApiKeyRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  if (request.principal().empty()) {
    violations.Add("principal", "is required (admin, brand/<id> or creator/<id>)");
  } else {
    CheckPrincipal(request.principal(), "principal", &violations);
  }
  CheckText(request.description(), kMaxDescriptionLength, "description", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::ListApiKeysRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidatePaging(request, &violations);
  if (!request.principal().empty()) CheckPrincipal(request.principal(), "principal", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::RevokeApiKeyRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckKeyId(request.key_id(), "key_id", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::GetRecordRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckEnum(v1::RecordKind_descriptor(), request.kind(), /*required=*/true, "kind", &violations);
  CheckId(request.id(), "id", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::ListHistoryRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidatePaging(request, &violations);
  // History is indexed by one subject at a time; a combination has no index to scan.
  const std::pair<const char*, const std::string*> subjects[] = {
      {"creator_id", &request.creator_id()},
      {"brand_id", &request.brand_id()},
      {"brief_id", &request.brief_id()},
      {"offer_id", &request.offer_id()},
  };
  const char* first_set = nullptr;
  for (const auto& [name, value] : subjects) {
    if (value->empty()) continue;
    CheckId(*value, name, &violations);
    if (first_set == nullptr) {
      first_set = name;
    } else {
      violations.Add(name, absl::StrCat("at most one of creator_id, brand_id, brief_id and "
                                        "offer_id may be set (",
                                        first_set, " is set too)"));
    }
  }
  ValidateEnumList(request.types(), v1::EventType_descriptor(), kMaxFilterValues, "types",
                   &violations);
  if (request.has_start_time()) CheckTimestamp(request.start_time(), "start_time", &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::GetStatsRequest& request, const ValidationContext& ctx) {
  return absl::OkStatus();  // No fields.
}

absl::Status Validate(const v1::GetMetricsRequest& request, const ValidationContext& ctx) {
  return absl::OkStatus();  // No fields.
}

absl::Status Validate(const v1::CheckConsistencyRequest& request, const ValidationContext& ctx) {
  return absl::OkStatus();  // No fields.
}

absl::Status Validate(const v1::CreateCheckpointRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  CheckCheckpointDirectory(request.directory(), &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::ImportRecordsRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  const v1::Record& record = request.record();
  switch (record.record_case()) {
    case v1::Record::kCreator:
      ValidateCreatorForCreate(record.creator(), ctx, "record.creator", &violations);
      break;
    case v1::Record::kBrand:
      ValidateBrandForCreate(record.brand(), ctx, "record.brand", &violations);
      break;
    case v1::Record::kBrief:
      ValidateBriefForCreate(record.brief(), ctx, "record.brief", &violations);
      break;
    case v1::Record::kOffer:
      violations.Add("record.offer",
                     "offers cannot be imported (they carry state-machine history)");
      break;
    case v1::Record::RECORD_NOT_SET:
      violations.Add("record", "one of creator, brand or brief is required");
      break;
  }
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::ExportRecordsRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidateEnumList(request.kinds(), v1::RecordKind_descriptor(), kMaxFilterValues, "kinds",
                   &violations);
  return ToRequestStatus(request, violations);
}

absl::Status Validate(const v1::AllocateMarketRequest& request, const ValidationContext& ctx) {
  FieldViolations violations;
  ValidateMatchScoring(request.scoring(), "scoring", &violations);
  CheckFraction(request.min_mutual_score(), "min_mutual_score", &violations);
  return ToRequestStatus(request, violations);
}

}  // namespace matchmaker::validation
