#ifndef MATCHMAKER_SERVER_MATCHER_PAIR_SCORER_H_
#define MATCHMAKER_SERVER_MATCHER_PAIR_SCORER_H_

#include <array>
#include <cstdint>
#include <optional>

#include "server/matcher/factors.h"
#include "server/matcher/fusion.h"
#include "server/matcher/hard_rules.h"
#include "server/matcher/history_book.h"
#include "server/matcher/matching_state.h"

namespace matchmaker::matcher {

struct MatchFlags {
  bool competitor_conflict = false;  // promoted a competitor inside the exclusivity window
  bool over_budget = false;          // price above the per-creator budget (within tolerance)
  bool engagement_anomaly = false;   // engagement far off the tier-and-platform norm
};

struct MatchEstimates {
  int64_t cost_cents = 0;  // what signing the creator for the brief's deliverables should cost
  int64_t reach = 0;       // followers on the brief's platforms
  double expected_engagements = 0;
};

// History of one pair, looked up by the caller (ranking loops look up only the rows they marked
// as having history; everything else passes the empty default).
struct PairHistory {
  const PairRecord* pair = nullptr;
  const CreatorBrandRecord* with_brand = nullptr;
};

// Everything computed for one (brief, creator) pair: fixed size, no allocation, so ranking can
// evaluate every candidate and build human explanations only for the page it returns.
struct PairEvaluation {
  RuleMask violations = 0;
  // Per factor: score in [0, 1], the measured raw value, and the effective weight (0 when the
  // factor does not apply to this pair).
  std::array<float, kNumBrandFactors> brand_score{};
  std::array<float, kNumBrandFactors> brand_raw{};
  std::array<float, kNumBrandFactors> brand_weight{};
  std::array<float, kNumCreatorFactors> creator_score{};
  std::array<float, kNumCreatorFactors> creator_raw{};
  std::array<float, kNumCreatorFactors> creator_weight{};
  double brand_fit = 0;
  double creator_fit = 0;
  double mutual = 0;
  double long_term_boost = 1;  // multiplier from repeated successful work with the brand
  MatchFlags flags;
  MatchEstimates estimates;
  int64_t offered_cents = 0;        // value of the brief's offer to this creator
  int64_t reservation_cents = 0;    // the creator's price: rate card, minimum fee, learned
  float engagement_ratio = 0;       // engagement / norm on the brief's platforms
  int32_t competitor_days = -1;     // days since the latest competitor sponcon, -1 none
  uint8_t best_niche_relation = 5;  // TaxonomyRelation of the closest niche pair
};

struct ScoringOptions {
  FusionMethod fusion = FusionMethod::kUnspecified;  // kUnspecified: the configured default
  // Brand-side weights for this request; otherwise the brief's own, otherwise the defaults.
  std::optional<BrandWeights> brand_weights;
  UnixSeconds now = 0;
  // Explaining wants every broken rule and every factor; ranking stops at the first rule.
  bool collect_all_violations = false;
};

// Scores pairs of one brief at a time: SetBrief() prepares what depends on the brief alone,
// Evaluate() does the per-creator work. Holds only pointers into the state, which must outlive
// it and not change while it is used. Evaluate is const and allocation-free.
class PairScorer {
 public:
  PairScorer(const MatchingState& state, const ScoringOptions& options);

  void SetBrief(BriefRow row);
  BriefRow brief_row() const { return brief_row_; }
  const BriefRecord& brief() const { return *brief_; }

  // Returns true when the pair breaks no hard rule. On false without
  // collect_all_violations, only `violations` is meaningful.
  bool Evaluate(CreatorRow creator, const PairHistory& history, PairEvaluation* out) const;

  enum class Outcome { kExcluded, kBelowThreshold, kScored };
  // For top-k scans: like Evaluate, but once the brand side is known, stops with
  // kBelowThreshold when the best mutual fit the creator side could still produce is under
  // `threshold` (an eligible pair that cannot make the page). Exact for every fusion but the
  // uninorm, which has no useful bound and is always scored.
  Outcome EvaluateAbove(CreatorRow creator, const PairHistory& history, double threshold,
                        PairEvaluation* out) const;

  // The history of (creator, current brief) and (creator, brief's brand), by hashing.
  PairHistory LookupHistory(CreatorRow creator) const;

 private:
  // Values both sides use, computed once per pair.
  struct Basics {
    double reach = 0;             // followers on the relevant platforms
    double engagement_ratio = 0;  // followers-weighted engagement / norm
    double engagement_rate = 0;
    double posts_per_week = 0;
    double reply_rate = 0;
    double per_post_engagements = 0;
    int platforms_covered = 0;
    bool anomaly = false;
    bool ugc_mode = false;  // UGC creator on a brief that accepts UGC: audience not required
    double cosine = 0;
    double tag_overlap = -1;  // -1: not applicable
    double price = 0;         // the creator's price for this brief's deliverables
    double offered = 0;
    bool any_kind_accepted = true;
  };

  void ComputeBasics(CreatorRow c, Basics* b) const;
  double PriceOf(CreatorRow c, double learned_reservation) const;
  void ScoreBrandSide(CreatorRow c, const Basics& b, const PairHistory& h,
                      PairEvaluation* out) const;
  void ScoreCreatorSide(CreatorRow c, const Basics& b, const PairHistory& h,
                        PairEvaluation* out) const;
  // Brand-side hard rules need Basics; returns the violations found.
  RuleMask CheckCheapRules(CreatorRow c, const PairHistory& h) const;
  float NicheSimilarity(InternId a, InternId b) const;

  const MatchingState& state_;
  const CreatorTable& creators_;
  ScoringOptions options_;
  FusionMethod fusion_;
  int32_t today_;
  BriefRow brief_row_ = kNoRow;
  const BriefRecord* brief_ = nullptr;
  const BrandRecord* brand_ = nullptr;
  const BrandRecordStats* brand_stats_ = nullptr;
  const float* brief_embedding_ = nullptr;
  BrandWeights brand_weights_{};
};

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_PAIR_SCORER_H_
