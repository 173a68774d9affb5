#ifndef MATCHMAKER_SERVER_VALIDATION_CREATOR_VALIDATOR_H_
#define MATCHMAKER_SERVER_VALIDATION_CREATOR_VALIDATOR_H_

// Content rules of a creator portfolio (matchmaker/v1/creator.proto). Output-only fields
// (total_followers, tier, create/update_time, etag, accounts[].engagement_rate,
// aesthetic.embedding_derived) are ignored, never rejected: clients echo records back.

#include "absl/strings/string_view.h"
#include "matchmaker/v1/creator.pb.h"
#include "server/validation/field_violations.h"
#include "server/validation/validation_context.h"

namespace matchmaker::validation {

// Every writable field of `creator`, under `path` (e.g. "creator"). An empty id passes (the
// server generates one); whether an id is required is the caller's rule.
void ValidateCreator(const v1::Creator& creator, const ValidationContext& ctx,
                     absl::string_view path, FieldViolations* violations);

// One account: platform required, counts and averages finite and >= 0, reply_rate in [0, 1].
void ValidatePlatformAccount(const v1::PlatformAccount& account, absl::string_view path,
                             FieldViolations* violations);

}  // namespace matchmaker::validation

#endif  // MATCHMAKER_SERVER_VALIDATION_CREATOR_VALIDATOR_H_
