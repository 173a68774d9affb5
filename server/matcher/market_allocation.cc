#include "server/matcher/market_allocation.h"

#include <algorithm>
#include <deque>

namespace matchmaker::matcher {
namespace {

struct Option {
  CreatorRow creator;
  float brand_fit;
  float creator_fit;
  float mutual;
};

}  // namespace

int RemainingCapacity(const MatchingState& state, CreatorRow creator) {
  const LearnedState* learned = state.history().learned_or_null(state.creators().key[creator]);
  const int active = learned != nullptr ? learned->active : 0;
  const int32_t stated = state.creators().max_concurrent[creator];
  const int capacity = stated > 0 ? stated : state.config().default_capacity;
  return std::max(0, capacity - active);
}

absl::StatusOr<MarketAllocation> AllocateMarket(const MatchingState& state,
                                                const AllocationRequest& request) {
  ScoringOptions scoring = request.scoring;
  scoring.collect_all_violations = false;
  PairScorer scorer(state, scoring);
  const CreatorTable& creators = state.creators();
  const std::vector<BriefRow> briefs = state.OpenBriefRows();

  // Each brief's acceptable creators, in its order of preference.
  std::vector<std::vector<Option>> options(briefs.size());
  PairEvaluation eval;
  int64_t pairs_considered = 0;
  int64_t pairs_eligible = 0;
  for (size_t b = 0; b < briefs.size(); ++b) {
    scorer.SetBrief(briefs[b]);
    for (CreatorRow c = 0; c < creators.rows(); ++c) {
      if (!creators.live(c) || RemainingCapacity(state, c) == 0) continue;
      ++pairs_considered;
      if (!scorer.Evaluate(c, scorer.LookupHistory(c), &eval)) continue;
      ++pairs_eligible;
      if (eval.mutual < request.min_mutual) continue;
      options[b].push_back({c, static_cast<float>(eval.brand_fit),
                            static_cast<float>(eval.creator_fit), static_cast<float>(eval.mutual)});
    }
    std::sort(options[b].begin(), options[b].end(), [&](const Option& x, const Option& y) {
      if (x.brand_fit != y.brand_fit) return x.brand_fit > y.brand_fit;
      return state.CreatorId(x.creator) < state.CreatorId(y.creator);
    });
  }

  // Deferred acceptance. held[c]: the briefs creator c tentatively holds, with its fit for them.
  struct Held {
    size_t brief;
    float creator_fit;
    size_t option;
  };
  std::vector<std::vector<Held>> held(creators.rows());
  std::vector<size_t> next(briefs.size(), 0);
  std::vector<int> free_slots(briefs.size());
  std::deque<size_t> proposing;
  for (size_t b = 0; b < briefs.size(); ++b) {
    free_slots[b] = state.briefs().records[briefs[b]].creators_wanted;
    proposing.push_back(b);
  }
  // "creator prefers brief x to brief y" with ties broken by brief id.
  auto creator_prefers = [&](float fx, size_t x, float fy, size_t y) {
    if (fx != fy) return fx > fy;
    return state.briefs().records[briefs[x]].id < state.briefs().records[briefs[y]].id;
  };
  while (!proposing.empty()) {
    const size_t b = proposing.front();
    proposing.pop_front();
    while (free_slots[b] > 0 && next[b] < options[b].size()) {
      const size_t o = next[b]++;
      const Option& option = options[b][o];
      std::vector<Held>& h = held[option.creator];
      const int capacity = RemainingCapacity(state, option.creator);
      if (static_cast<int>(h.size()) < capacity) {
        h.push_back({b, option.creator_fit, o});
        --free_slots[b];
        continue;
      }
      auto worst = std::min_element(h.begin(), h.end(), [&](const Held& x, const Held& y) {
        return creator_prefers(y.creator_fit, y.brief, x.creator_fit, x.brief);
      });
      if (creator_prefers(option.creator_fit, b, worst->creator_fit, worst->brief)) {
        const size_t rejected = worst->brief;
        *worst = {b, option.creator_fit, o};
        --free_slots[b];
        ++free_slots[rejected];
        proposing.push_back(rejected);
      }
    }
  }

  MarketAllocation out;
  out.pairs_considered = pairs_considered;
  out.pairs_eligible = pairs_eligible;
  std::vector<std::vector<size_t>> chosen(briefs.size());
  for (CreatorRow c = 0; c < held.size(); ++c) {
    for (const Held& h : held[c]) chosen[h.brief].push_back(h.option);
  }
  std::vector<size_t> order(briefs.size());
  for (size_t b = 0; b < briefs.size(); ++b) order[b] = b;
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return state.briefs().records[briefs[x]].id < state.briefs().records[briefs[y]].id;
  });
  for (size_t b : order) {
    std::sort(chosen[b].begin(), chosen[b].end());
    for (size_t o : chosen[b]) {
      const Option& option = options[b][o];
      out.assignments.push_back({state.briefs().records[briefs[b]].id,
                                 state.CreatorId(option.creator), option.brand_fit,
                                 option.creator_fit, option.mutual});
    }
  }
  out.report = CheckAllocation(state, request, out.assignments);
  return out;
}

}  // namespace matchmaker::matcher
