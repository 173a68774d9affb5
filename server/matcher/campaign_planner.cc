#include "server/matcher/campaign_planner.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "absl/container/flat_hash_map.h"
#include "server/matcher/ranking.h"

namespace matchmaker::matcher {
namespace {

double ConversionWeight(Tier tier) {
  switch (tier) {
    case Tier::kNano:
    case Tier::kMicro:
      return 1.2;
    case Tier::kMega:
      return 0.8;
    default:
      return 1.0;
  }
}

double OutcomeMeasure(Objective objective, const MatchResult& m, Tier tier) {
  switch (objective) {
    case Objective::kReach:
      return static_cast<double>(m.estimates.reach);
    case Objective::kConversion:
      return m.estimates.expected_engagements * ConversionWeight(tier);
    case Objective::kEngagement:
    case Objective::kUnspecified:
      break;
  }
  return m.estimates.expected_engagements;
}

struct Candidate {
  MatchResult match;
  double value = 0;
  double cost = 0;
  int64_t reach = 0;
  InternId niche = kNoId;
  InternId country = kNoId;
  Tier tier = Tier::kUnspecified;
  bool taken = false;
};

}  // namespace

absl::StatusOr<CampaignPlan> PlanCampaign(const MatchingState& state, absl::string_view brief_id,
                                          const PlanRequest& request) {
  RankRequest rank;
  rank.offset = 0;
  rank.limit = std::max(request.candidate_pool, 1);
  rank.scoring = request.scoring;
  rank.with_factors = true;
  absl::StatusOr<RankedMatches> ranked = FindCreators(state, brief_id, rank);
  if (!ranked.ok()) return ranked.status();
  const BriefRecord& brief = state.briefs().records[state.FindBrief(brief_id)];
  const CreatorTable& t = state.creators();

  const int64_t budget = request.budget_cents > 0 ? request.budget_cents : brief.budget_total_cents;
  const int32_t wanted =
      request.creators_wanted > 0 ? request.creators_wanted : brief.creators_wanted;
  const int64_t reach_cap =
      request.max_total_reach > 0 ? request.max_total_reach : brief.max_total_reach;
  const double diversity = std::clamp(request.diversity, 0.0, 1.0);

  std::vector<Candidate> pool;
  pool.reserve(ranked->results.size());
  for (MatchResult& m : ranked->results) {
    const CreatorRow row = state.FindCreator(m.creator_id);
    Candidate c;
    c.tier = t.tier[row];
    c.value = m.creator_score * OutcomeMeasure(brief.objective, m, c.tier) * m.brand_score;
    c.cost = static_cast<double>(std::max<int64_t>(m.estimates.cost_cents, 1));
    c.reach = m.estimates.reach;
    auto niches = t.niche_pool.Get(t.niches[row]);
    for (const WeightedId& n : niches) {
      if (c.niche == kNoId || n.weight > 0.999f) c.niche = n.id;
    }
    c.country = t.country[row];
    c.match = std::move(m);
    pool.push_back(std::move(c));
  }

  CampaignPlan plan;
  plan.brief_id = std::string(brief_id);
  plan.objective = brief.objective;
  plan.candidates_considered = ranked->considered;
  plan.candidates_eligible = ranked->total_eligible;
  plan.candidates_scored = ranked->scored;
  absl::flat_hash_map<InternId, int> niche_count, country_count;
  std::map<Tier, int> tier_count;
  // The per-slot budget keeps cheap-but-tiny creators from winning on ratio alone.
  const double slot_cost = budget > 0 ? static_cast<double>(budget) / std::max(wanted, 1) : 1.0;
  plan.limited_by = "candidates";
  while (static_cast<int32_t>(plan.creators.size()) < wanted) {
    int best = -1;
    double best_score = 0;
    bool blocked_by_budget = false, blocked_by_reach = false;
    const double chosen = static_cast<double>(plan.creators.size());
    for (size_t i = 0; i < pool.size(); ++i) {
      Candidate& c = pool[i];
      if (c.taken) continue;
      if (budget > 0 && plan.total_cost_cents + c.cost > budget) {
        blocked_by_budget = true;
        continue;
      }
      if (reach_cap > 0 && plan.total_reach + c.reach > reach_cap) {
        blocked_by_reach = true;
        continue;
      }
      double spread = 1;
      if (chosen > 0) {
        spread *= 1 - diversity * 0.5 * niche_count[c.niche] / chosen;
        spread *= 1 - diversity * 0.3 * country_count[c.country] / chosen;
        spread *= 1 - diversity * 0.3 * tier_count[c.tier] / chosen;
      }
      const double score = c.value * spread / std::max(c.cost, slot_cost);
      if (best < 0 || score > best_score) {
        best = static_cast<int>(i);
        best_score = score;
      }
    }
    if (best < 0) {
      plan.limited_by = blocked_by_budget  ? "budget"
                        : blocked_by_reach ? "reach_cap"
                                           : "candidates";
      break;
    }
    Candidate& c = pool[best];
    c.taken = true;
    ++niche_count[c.niche];
    ++country_count[c.country];
    ++tier_count[c.tier];
    plan.total_cost_cents += static_cast<int64_t>(c.cost);
    plan.total_reach += c.reach;
    plan.total_expected_engagements += c.match.estimates.expected_engagements;
    plan.total_expected_outcome += c.value;
    plan.creators.push_back({std::move(c.match), c.match.creator_score, c.value});
  }
  if (static_cast<int32_t>(plan.creators.size()) >= wanted) plan.limited_by = "creators_wanted";
  for (PlannedCreator& p : plan.creators) p.acceptance = p.match.creator_score;
  plan.distinct_niches = static_cast<int>(niche_count.size());
  plan.distinct_countries = static_cast<int>(country_count.size());
  plan.distinct_tiers = static_cast<int>(tier_count.size());
  return plan;
}

}  // namespace matchmaker::matcher
