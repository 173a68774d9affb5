#ifndef MATCHMAKER_SERVER_MATCHER_RESULTS_H_
#define MATCHMAKER_SERVER_MATCHER_RESULTS_H_

// What the matcher's operations return: plain structs the service translates into responses.

#include <cstdint>
#include <string>
#include <vector>

#include "server/matcher/fusion.h"
#include "server/matcher/hard_rules.h"
#include "server/matcher/pair_scorer.h"

namespace matchmaker::matcher {

// One factor of a one-way fit. `weight` is the normalised weight among the factors that apply
// (so contributions add up to the fit); a factor that does not apply has weight 0.
struct FactorExplanation {
  std::string name;  // BrandFactorName / CreatorFactorName
  double raw = 0;    // the measured value (ratio, followers, cents, days, …)
  double score = 0;  // in [0, 1]
  double weight = 0;
  double contribution = 0;  // weight × score
  std::string explanation;  // one human sentence
};

struct RuleViolation {
  HardRule rule = HardRule::kCount;
  std::string name;  // HardRuleName
  RuleSide side = RuleSide::kBrand;
  std::string explanation;
};

struct MatchResult {
  std::string brief_id;
  std::string creator_id;
  double brand_score = 0;
  double creator_score = 0;
  double mutual_score = 0;
  FusionMethod fusion = FusionMethod::kHarmonicMean;
  double long_term_boost = 1;
  std::vector<FactorExplanation> brand_factors;
  std::vector<FactorExplanation> creator_factors;
  MatchFlags flags;
  MatchEstimates estimates;
  int64_t offered_cents = 0;      // the brief's offer as valued by this creator
  int64_t reservation_cents = 0;  // the creator's (inferred) price
};

struct MatchExplanation {
  MatchResult match;  // scores and factors are computed even when excluded
  bool eligible = false;
  std::vector<RuleViolation> violations;  // every hard rule the pair breaks
};

// Paging and scoring for the ranking operations.
struct RankRequest {
  int offset = 0;
  int limit = 50;
  ScoringOptions scoring;
  // False skips building the per-factor explanations (scores and flags are still filled).
  bool with_factors = true;
};

struct RankedMatches {
  std::vector<MatchResult> results;  // best first
  int64_t total_eligible = 0;        // pairs passing every hard rule (for paging)
  int64_t considered = 0;            // pairs scanned
  int64_t scored = 0;  // eligible pairs fully scored (the rest could not make the page)
};

struct SimilarCreator {
  std::string creator_id;
  double similarity = 0;  // 0.6 aesthetic cosine + 0.25 niche + 0.15 audience size
  double cosine = 0;
  double niche = 0;
  double audience = 0;
};

struct SimilarCreators {
  std::vector<SimilarCreator> results;
  int64_t total = 0;
};

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_RESULTS_H_
