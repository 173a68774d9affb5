#ifndef MATCHMAKER_SERVER_MATCHER_RANKING_H_
#define MATCHMAKER_SERVER_MATCHER_RANKING_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "server/matcher/matching_state.h"
#include "server/matcher/results.h"

namespace matchmaker::matcher {

// Brand → creators: every live creator that passes both sides' hard rules for the brief, ranked
// by mutual fit (ties broken deterministically), the page [offset, offset + limit) returned with
// both one-way scores, factors, flags and estimates. An exact scan over the compact columns.
// NOT_FOUND for an unknown brief; INVALID_ARGUMENT for a negative offset or limit.
absl::StatusOr<RankedMatches> FindCreators(const MatchingState& state, absl::string_view brief_id,
                                           const RankRequest& request);

// Creator → briefs: the open briefs that pass both sides' hard rules for the creator, ranked by
// the same mutual fit (creator-side factors explain it). NOT_FOUND for an unknown creator.
absl::StatusOr<RankedMatches> ListSuitableBriefs(const MatchingState& state,
                                                 absl::string_view creator_id,
                                                 const RankRequest& request);

// The full breakdown of one pair, including every hard rule it breaks (scores are computed
// even for an excluded pair). NOT_FOUND when either id is unknown.
absl::StatusOr<MatchExplanation> ExplainMatch(const MatchingState& state,
                                              absl::string_view brief_id,
                                              absl::string_view creator_id,
                                              const ScoringOptions& scoring);

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_RANKING_H_
