#ifndef MATCHMAKER_SERVER_VALIDATION_BRIEF_VALIDATOR_H_
#define MATCHMAKER_SERVER_VALIDATION_BRIEF_VALIDATOR_H_

// Content rules of a brief (matchmaker/v1/brief.proto). create/update_time, etag and
// aesthetic.embedding_derived are output only and ignored.

#include "absl/strings/string_view.h"
#include "matchmaker/v1/brief.pb.h"
#include "server/validation/field_violations.h"
#include "server/validation/validation_context.h"

namespace matchmaker::validation {

// Every writable field of `brief`, under `path` (e.g. "brief"). Empty id and brand_id pass:
// brand_id is required on create but not repeated in updates, so requiring it is the
// caller's rule.
void ValidateBrief(const v1::Brief& brief, const ValidationContext& ctx, absl::string_view path,
                   FieldViolations* violations);

// total and per-creator maximum in [0, kMaxCents]; per-creator <= total when both are set.
void ValidateBudget(const v1::Budget& budget, absl::string_view path, FieldViolations* violations);
// min, max >= 0; min <= max unless max is 0 (unbounded).
void ValidateFollowerRange(const v1::FollowerRange& range, absl::string_view path,
                           FieldViolations* violations);
void ValidatePostingFrequencyRange(const v1::PostingFrequencyRange& range, absl::string_view path,
                                   FieldViolations* violations);
// Countries, languages, age brackets valid; female fraction bounds in [0, 1], min <= max.
void ValidateAudienceTargeting(const v1::AudienceTargeting& targeting, absl::string_view path,
                               FieldViolations* violations);

}  // namespace matchmaker::validation

#endif  // MATCHMAKER_SERVER_VALIDATION_BRIEF_VALIDATOR_H_
