#ifndef MATCHMAKER_SERVER_MATCHER_SIMILAR_CREATORS_H_
#define MATCHMAKER_SERVER_MATCHER_SIMILAR_CREATORS_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "server/matcher/matching_state.h"
#include "server/matcher/results.h"

namespace matchmaker::matcher {

// Lookalikes: live creators most similar to `creator_id` by aesthetic (embedding cosine, 0.6),
// niches (hierarchy-aware, 0.25) and audience size (log distance, 0.15); the creator itself is
// left out. NOT_FOUND for an unknown creator; INVALID_ARGUMENT for negative paging.
absl::StatusOr<SimilarCreators> FindSimilarCreators(const MatchingState& state,
                                                    absl::string_view creator_id, int offset,
                                                    int limit);

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_SIMILAR_CREATORS_H_
