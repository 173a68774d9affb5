#ifndef MATCHMAKER_SERVER_VALIDATION_COMMON_VALIDATORS_H_
#define MATCHMAKER_SERVER_VALIDATION_COMMON_VALIDATORS_H_

// Validators of the shared sub-messages of matchmaker/v1/common.proto. `path` is the path of
// the message itself (e.g. "creator.location") or of the repeated field holding the list
// (e.g. "brief.niches"); violations are added under it.

#include <string>

#include "absl/strings/string_view.h"
#include "google/protobuf/repeated_field.h"
#include "matchmaker/v1/common.pb.h"
#include "server/validation/field_path.h"
#include "server/validation/field_rules.h"
#include "server/validation/field_violations.h"
#include "server/validation/validation_context.h"

namespace matchmaker::validation {

// country_code is a valid alpha-2 code (required when `country_required`, else when set);
// region and city are short text.
void ValidateLocation(const v1::Location& location, bool country_required, absl::string_view path,
                      FieldViolations* violations);

// At most kMaxNiches; each niche a valid path, named once, with a weight in (0, 1].
void ValidateNiches(const google::protobuf::RepeatedPtrField<v1::NicheWeight>& niches,
                    absl::string_view path, FieldViolations* violations);

// Tags and the embedding: empty, or exactly ctx.embedding_dim finite values.
// embedding_derived is output only and ignored.
void ValidateAesthetic(const v1::Aesthetic& aesthetic, const ValidationContext& ctx,
                       absl::string_view path, FieldViolations* violations);

// Fractions in [0, 1], each list summing to at most 1 (+ kFractionSumTolerance), keys valid
// and not repeated.
void ValidateAudienceProfile(const v1::AudienceProfile& audience, absl::string_view path,
                             FieldViolations* violations);

// kind required; money in [0, kMaxCents]; commission_rate in [0, 1].
void ValidateCompensation(const v1::Compensation& compensation, absl::string_view path,
                          FieldViolations* violations);
void ValidateCompensations(const google::protobuf::RepeatedPtrField<v1::Compensation>& list,
                           absl::string_view path, FieldViolations* violations);

// kind required; platform known (UNSPECIFIED = any); count in [1, kMaxDeliverableCount].
void ValidateDeliverable(const v1::Deliverable& deliverable, absl::string_view path,
                         FieldViolations* violations);
void ValidateDeliverables(const google::protobuf::RepeatedPtrField<v1::Deliverable>& list,
                          absl::string_view path, FieldViolations* violations);

// At most kMaxLanguages BCP-47 tags.
void ValidateLanguages(const google::protobuf::RepeatedPtrField<std::string>& languages,
                       absl::string_view path, FieldViolations* violations);

// A list of at most `max` strings, each checked by `check(value, element_path, violations)`.
template <typename Check>
void ValidateStringList(const google::protobuf::RepeatedPtrField<std::string>& values,
                        std::size_t max, absl::string_view path, FieldViolations* violations,
                        Check check) {
  if (!CheckListSize(values.size(), max, path, violations)) return;
  for (int i = 0; i < values.size(); ++i) check(values[i], IndexPath(path, i), violations);
}

// A list of at most `max` enum values of `type`, none of them *_UNSPECIFIED.
void ValidateEnumList(const google::protobuf::RepeatedField<int>& values,
                      const google::protobuf::EnumDescriptor* type, std::size_t max,
                      absl::string_view path, FieldViolations* violations);

}  // namespace matchmaker::validation

#endif  // MATCHMAKER_SERVER_VALIDATION_COMMON_VALIDATORS_H_
