// CheckAllocation: verifies an allocation from first principles. It deliberately shares no
// code with the allocator beyond the pair scorer that defines the preferences themselves.

#include <algorithm>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "server/matcher/market_allocation.h"

namespace matchmaker::matcher {
namespace {

struct Worst {
  bool any = false;
  float fit = 0;
  std::string tie;  // the id that breaks ties (lower id preferred)
};

// True when (fit, id) is strictly preferred to `worst`.
bool Prefers(float fit, const std::string& id, const Worst& worst) {
  if (fit != worst.fit) return fit > worst.fit;
  return id < worst.tie;
}

void Lower(Worst* w, float fit, const std::string& id) {
  if (!w->any || Prefers(w->fit, w->tie, Worst{true, fit, id})) {
    *w = {true, fit, id};
  }
}

}  // namespace

StabilityReport CheckAllocation(const MatchingState& state, const AllocationRequest& request,
                                const std::vector<Assignment>& assignments) {
  StabilityReport report;
  report.assignments = static_cast<int64_t>(assignments.size());
  ScoringOptions scoring = request.scoring;
  scoring.collect_all_violations = false;
  PairScorer scorer(state, scoring);
  const CreatorTable& creators = state.creators();

  auto capacity_of = [&](CreatorRow c) {
    const LearnedState* learned = state.history().learned_or_null(creators.key[c]);
    const int stated = creators.max_concurrent[c];
    return std::max(0, (stated > 0 ? stated : state.config().default_capacity) -
                           (learned != nullptr ? learned->active : 0));
  };

  // Assigned pairs: duplicates, acceptability, counts, and each side's worst partner.
  absl::flat_hash_set<std::pair<std::string, std::string>> assigned;
  absl::flat_hash_map<std::string, int> per_brief, per_creator;
  absl::flat_hash_map<std::string, Worst> brief_worst, creator_worst;
  PairEvaluation eval;
  for (const Assignment& a : assignments) {
    if (!assigned.insert({a.brief_id, a.creator_id}).second) {
      ++report.duplicate_assignments;
      continue;
    }
    ++per_brief[a.brief_id];
    ++per_creator[a.creator_id];
    const BriefRow b = state.FindBrief(a.brief_id);
    const CreatorRow c = state.FindCreator(a.creator_id);
    if (b == kNoRow || c == kNoRow) {
      ++report.unacceptable_assignments;
      continue;
    }
    scorer.SetBrief(b);
    if (!scorer.Evaluate(c, scorer.LookupHistory(c), &eval) || eval.mutual < request.min_mutual) {
      ++report.unacceptable_assignments;
    }
    Lower(&brief_worst[a.brief_id], static_cast<float>(eval.brand_fit), a.creator_id);
    Lower(&creator_worst[a.creator_id], static_cast<float>(eval.creator_fit), a.brief_id);
  }
  for (const auto& [creator_id, count] : per_creator) {
    const CreatorRow c = state.FindCreator(creator_id);
    if (c != kNoRow && count > capacity_of(c)) ++report.over_capacity_creators;
  }

  // Every acceptable unassigned pair: would both sides rather have it?
  for (BriefRow b : state.OpenBriefRows()) {
    const BriefRecord& brief = state.briefs().records[b];
    const int wanted = brief.creators_wanted;
    const int have = per_brief.count(brief.id) ? per_brief[brief.id] : 0;
    if (have > wanted) ++report.over_filled_briefs;
    report.unfilled_slots += std::max(0, wanted - have);
    scorer.SetBrief(b);
    for (CreatorRow c = 0; c < creators.rows(); ++c) {
      if (!creators.live(c)) continue;
      if (!scorer.Evaluate(c, scorer.LookupHistory(c), &eval) || eval.mutual < request.min_mutual) {
        continue;
      }
      const std::string& creator_id = state.CreatorId(c);
      ++report.acceptable_pairs;
      if (assigned.contains({brief.id, creator_id})) continue;
      const int capacity = capacity_of(c);
      if (capacity == 0) continue;
      const bool brief_wants = have < wanted || Prefers(static_cast<float>(eval.brand_fit),
                                                        creator_id, brief_worst[brief.id]);
      if (!brief_wants) continue;
      const int taken = per_creator.count(creator_id) ? per_creator[creator_id] : 0;
      const bool creator_wants = taken < capacity || Prefers(static_cast<float>(eval.creator_fit),
                                                             brief.id, creator_worst[creator_id]);
      if (!creator_wants) continue;
      ++report.blocking_pairs;
      if (report.blocking_examples.size() < 10) {
        report.blocking_examples.push_back({brief.id, creator_id});
      }
    }
  }
  return report;
}

}  // namespace matchmaker::matcher
