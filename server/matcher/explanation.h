#ifndef MATCHMAKER_SERVER_MATCHER_EXPLANATION_H_
#define MATCHMAKER_SERVER_MATCHER_EXPLANATION_H_

#include <vector>

#include "server/matcher/matching_state.h"
#include "server/matcher/pair_scorer.h"
#include "server/matcher/results.h"

namespace matchmaker::matcher {

// Turns an evaluation into the result the caller sees, with a sentence per factor when
// `with_factors`. Built only for returned pairs: this is where strings get allocated.
MatchResult BuildMatchResult(const MatchingState& state, const PairScorer& scorer,
                             CreatorRow creator, const PairEvaluation& evaluation,
                             FusionMethod fusion, bool with_factors);

// One entry per hard rule set in `evaluation.violations`, each with the reason in words.
std::vector<RuleViolation> DescribeViolations(const MatchingState& state, const PairScorer& scorer,
                                              CreatorRow creator, const PairEvaluation& evaluation);

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_EXPLANATION_H_
