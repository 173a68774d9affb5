#ifndef MATCHMAKER_SERVER_SERVICE_MATCH_TRANSLATION_H_
#define MATCHMAKER_SERVER_SERVICE_MATCH_TRANSLATION_H_

// The one place matching requests and results cross between matchmaker.v1 protos and the
// matcher's plain structs (server/matcher/results.h).

#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "matchmaker/v1/match.pb.h"
#include "server/matcher/matcher.h"

namespace matchmaker::service {

// Fusion and brand-weight overrides, scored as of `now`. INVALID_ARGUMENT for a weight that
// names no brand-side factor.
[[nodiscard]] absl::StatusOr<matcher::ScoringOptions> ScoringFromProto(
    const v1::MatchScoring& scoring, absl::Time now);

v1::FusionMethod FusionToProto(matcher::FusionMethod method);
// `rank` is the 1-based position in the full ranking (0 for none).
v1::Match MatchToProto(const matcher::MatchResult& match, int rank);
v1::ExcludingRule RuleToProto(const matcher::RuleViolation& violation);
v1::SimilarCreator SimilarToProto(const matcher::SimilarCreator& similar);
v1::PlannedCreator PlannedToProto(const matcher::PlannedCreator& planned, int rank);
v1::Assignment AssignmentToProto(const matcher::Assignment& assignment);
v1::StabilityReport ReportToProto(const matcher::StabilityReport& report);

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_MATCH_TRANSLATION_H_
