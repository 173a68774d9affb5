#ifndef MATCHMAKER_SERVER_VALIDATION_MATCH_SCORING_RULES_H_
#define MATCHMAKER_SERVER_VALIDATION_MATCH_SCORING_RULES_H_

// Rules for the matching requests' shared MatchScoring (matchmaker/v1/match.proto). Whether a
// weight names a real brand-side factor is the matcher's business (the service checks it).

#include <cstdint>

#include "absl/strings/string_view.h"
#include "matchmaker/v1/match.pb.h"
#include "server/validation/field_violations.h"

namespace matchmaker::validation {

// At most this many brand-weight overrides, each in [0, kMaxFactorWeight].
inline constexpr int kMaxWeightOverrides = 32;
inline constexpr double kMaxFactorWeight = 100.0;
// PlanCampaign limits (0 = the brief's own).
inline constexpr std::int64_t kMaxPlanBudgetCents = 1'000'000'000'000;
inline constexpr std::int64_t kMaxPlanCreators = 10'000;
inline constexpr std::int64_t kMaxPlanReach = 1'000'000'000'000;
inline constexpr std::int64_t kMaxPlanCandidatePool = 100'000;

// fusion a known FusionMethod; brand_weights keys non-empty snake_case names, values finite
// and in [0, kMaxFactorWeight].
void ValidateMatchScoring(const v1::MatchScoring& scoring, absl::string_view path,
                          FieldViolations* violations);

}  // namespace matchmaker::validation

#endif  // MATCHMAKER_SERVER_VALIDATION_MATCH_SCORING_RULES_H_
