// The quality harness of issue 3 item 8 (docs/quality.md). A simulated market answers offers by
// hidden preferences; the test sends each brief's top 10 under two rankings, learns from the
// answers, and checks:
//   1. mutual ranking's success rate is at least twice a brand-side-only ranking's;
//   2. after one round of declines with reasons, the second round's success rate rises;
//   3. no returned pair breaks a hard rule (checked independently from the simulator's data);
//   4. AllocateMarket has zero blocking pairs and zero over-capacity (independent checker).
// Run: build/bin/quality_test   (prints the table reproduced in docs/quality.md)

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "gtest/gtest.h"
#include "server/matcher/matcher.h"
#include "tests/quality/simulated_market.h"

namespace matchmaker::quality {
namespace {

using matcher::DeclineReason;
using matcher::OfferState;

constexpr matcher::UnixSeconds kNow = 1'700'000'000;
constexpr int kTopN = 10;

enum class Policy { kMutual, kBrandOnly };

struct RoundResult {
  int sent = 0;
  int accepted = 0;
  int violations = 0;
  int returned = 0;
  std::map<DeclineReason, int> declines;
  double rate() const { return sent > 0 ? static_cast<double>(accepted) / sent : 0; }
};

// One market run: a matcher state and the simulator's truth, moving together.
class Simulation {
 public:
  Simulation(const SimMarket& market, const MarketShape& shape)
      : market_(market), state_(Config(shape)) {
    for (const auto& b : market_.brands) EXPECT_TRUE(state_.UpsertBrand(b).ok());
    for (size_t i = 0; i < market_.creators.size(); ++i) {
      EXPECT_TRUE(state_.UpsertCreator(market_.creators[i].profile).ok());
      creator_index_[market_.creators[i].profile.id] = i;
    }
    for (const auto& b : market_.brands) brands_[b.id] = &b;
  }

  // Sends each brief's top kTopN under `policy`, lets creators answer, and feeds the answers
  // back (with their reasons when `teach_reasons`).
  RoundResult Run(const std::vector<SimBrief>& briefs, Policy policy, bool teach_reasons,
                  matcher::UnixSeconds now) {
    RoundResult result;
    for (const SimBrief& b : briefs) EXPECT_TRUE(state_.UpsertBrief(b.profile).ok());
    matcher::RankRequest request;
    request.scoring.now = now;
    request.with_factors = false;
    request.limit = policy == Policy::kMutual ? kTopN : 100'000;
    std::vector<std::pair<size_t, const SimBrief*>> offers;  // (creator, brief)
    for (const SimBrief& b : briefs) {
      absl::StatusOr<matcher::RankedMatches> ranked =
          matcher::FindCreators(state_, b.profile.id, request);
      EXPECT_TRUE(ranked.ok()) << ranked.status();
      if (!ranked.ok()) continue;
      std::vector<matcher::MatchResult>& results = ranked->results;
      if (policy == Policy::kBrandOnly) {
        std::stable_sort(results.begin(), results.end(), [](const auto& x, const auto& y) {
          return x.brand_score > y.brand_score;
        });
      }
      for (const matcher::MatchResult& r : results) {
        ++result.returned;
        if (BreaksHardRule(b, creator_index_.at(r.creator_id))) ++result.violations;
      }
      // Brands send as they go, so later briefs see the offers already waiting on creators.
      for (size_t k = 0; k < results.size() && k < static_cast<size_t>(kTopN); ++k) {
        offers.push_back({creator_index_.at(results[k].creator_id), &b});
        Send(offers.back().first, b, now);
      }
    }

    // Each creator answers its offers, best first by its own utility, up to its capacity.
    std::map<size_t, std::vector<std::pair<const SimBrief*, quality::Answer>>> inbox;
    for (const auto& [c, b] : offers) {
      Rng whim(Hash(market_.creators[c].profile.id + "|" + b->profile.id));
      inbox[c].push_back({b, Judge(market_.creators[c], *b,
                                   market_.creators[c].hidden.taste_noise * whim.Normal())});
    }
    for (auto& [c, answers] : inbox) {
      std::stable_sort(answers.begin(), answers.end(), [](const auto& x, const auto& y) {
        return x.second.utility > y.second.utility;
      });
      SimCreator& creator = market_.creators[c];
      for (auto& [b, answer] : answers) {
        ++result.sent;
        if (answer.accept && creator.accepted >= creator.hidden.capacity) {
          answer.accept = false;
          answer.reason = DeclineReason::kNoCapacity;
        }
        if (answer.accept) {
          ++creator.accepted;
          accepted_.push_back({c, b});
          ++result.accepted;
        } else {
          ++result.declines[answer.reason];
          declined_.insert({c, b->profile.id});
        }
        Reply(c, *b, answer, teach_reasons, now);
      }
    }
    return result;
  }

  // The round's campaigns run their course: accepted work completes with a measured outcome
  // (which the matcher learns from) and the creators' capacity is free again.
  void CompleteAcceptedWork(matcher::UnixSeconds now) {
    for (const auto& [c, b] : accepted_) {
      matcher::OfferEvent e = Event(c, *b, OfferState::kAccepted, OfferState::kCompleted, now);
      const auto& account = market_.creators[c].profile.accounts[0];
      Rng luck(Hash(b->profile.id + "#" + market_.creators[c].profile.id));
      e.outcome_engagements =
          static_cast<int64_t>((account.avg_likes + account.avg_comments) * luck.Uniform(0.6, 1.4));
      state_.ApplyOfferEvent(e);
      market_.creators[c].accepted = 0;
    }
    accepted_.clear();
  }

  const matcher::MatchingState& state() const { return state_; }
  const SimMarket& market() const { return market_; }

 private:
  static matcher::MatcherConfig Config(const MarketShape& shape) {
    matcher::MatcherConfig config;
    config.embedding_dim = shape.embedding_dim;
    return config;
  }

  static uint64_t Hash(const std::string& s) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char ch : s) h = (h ^ ch) * 1099511628211ull;
    return h;
  }

  matcher::OfferEvent Event(size_t c, const SimBrief& b, OfferState from, OfferState to,
                            matcher::UnixSeconds now) const {
    matcher::OfferEvent e;
    e.creator_id = market_.creators[c].profile.id;
    e.brief_id = b.profile.id;
    e.brand_id = b.profile.brand_id;
    e.from = from;
    e.to = to;
    e.offered_value_cents = b.profile.compensation[0].value_cents;
    e.time = now;
    return e;
  }

  void Send(size_t c, const SimBrief& b, matcher::UnixSeconds now) {
    state_.ApplyOfferEvent(Event(c, b, OfferState::kUnspecified, OfferState::kProposed, now));
  }

  void Reply(size_t c, const SimBrief& b, const quality::Answer& answer, bool teach_reasons,
             matcher::UnixSeconds now) {
    matcher::OfferEvent e =
        Event(c, b, OfferState::kProposed,
              answer.accept ? OfferState::kAccepted : OfferState::kDeclined, now);
    e.decline_reason = teach_reasons ? answer.reason : DeclineReason::kUnspecified;
    state_.ApplyOfferEvent(e);
  }

  // The hard rules, re-derived from the simulator's own records (not the matcher's).
  bool BreaksHardRule(const SimBrief& b, size_t c) const {
    const SimCreator& sim = market_.creators[c];
    const matcher::CreatorProfile& p = sim.profile;
    const matcher::BrandProfile& brand = *brands_.at(b.profile.brand_id);
    for (const std::string& blocked : p.blocked_categories) {
      if (brand.category == blocked || brand.category.rfind(blocked + "/", 0) == 0) return true;
    }
    bool on_platform = false;
    for (const auto& a : p.accounts) {
      for (auto platform : b.profile.platforms) on_platform |= a.platform == platform;
    }
    if (!on_platform) return true;
    bool language = false;
    for (const auto& l : p.languages) {
      for (const auto& want : b.profile.languages) language |= l == want;
    }
    if (!language) return true;
    if (p.max_concurrent_partnerships > 0 && sim.accepted >= p.max_concurrent_partnerships)
      return true;
    if (declined_.count({c, b.profile.id})) return true;  // inside the cool-down
    if (b.profile.exclude_competitor_conflicts) {
      for (const auto& s : p.sponsorships) {
        const bool competitor = std::find(brand.competitors.begin(), brand.competitors.end(),
                                          s.brand_id) != brand.competitors.end();
        if (competitor &&
            kNow - s.date <= b.profile.competitor_exclusivity_days * matcher::kSecondsPerDay) {
          return true;
        }
      }
    }
    return false;
  }

  SimMarket market_;
  matcher::MatchingState state_;
  std::map<std::string, size_t> creator_index_;
  std::map<std::string, const matcher::BrandProfile*> brands_;
  std::set<std::pair<size_t, std::string>> declined_;
  std::vector<std::pair<size_t, const SimBrief*>> accepted_;
};

std::string ReasonCounts(const RoundResult& r) {
  std::string out;
  for (const auto& [reason, count] : r.declines) {
    if (!out.empty()) out += ", ";
    out += std::string(matcher::DeclineReasonName(reason)) + " " + std::to_string(count);
  }
  return out;
}

TEST(MarketQualityTest, MutualRankingLearningAndStableAllocation) {
  const MarketShape shape;
  const SimMarket market = GenerateMarket(shape);

  Simulation mutual(market, shape), brand_only(market, shape), untaught(market, shape);
  const matcher::UnixSeconds round_one_time = kNow - matcher::kSecondsPerDay;
  const RoundResult m1 = mutual.Run(market.round_one, Policy::kMutual, true, round_one_time);
  const RoundResult b1 = brand_only.Run(market.round_one, Policy::kBrandOnly, true, round_one_time);
  const RoundResult u1 = untaught.Run(market.round_one, Policy::kMutual, false, round_one_time);
  const matcher::UnixSeconds between_rounds = kNow - matcher::kSecondsPerDay / 2;
  mutual.CompleteAcceptedWork(between_rounds);
  brand_only.CompleteAcceptedWork(between_rounds);
  untaught.CompleteAcceptedWork(between_rounds);
  const RoundResult m2 = mutual.Run(market.round_two, Policy::kMutual, true, kNow);
  const RoundResult b2 = brand_only.Run(market.round_two, Policy::kBrandOnly, true, kNow);
  const RoundResult u2 = untaught.Run(market.round_two, Policy::kMutual, false, kNow);

  matcher::AllocationRequest allocation_request;
  allocation_request.scoring.now = kNow;
  absl::StatusOr<matcher::MarketAllocation> allocation =
      matcher::AllocateMarket(mutual.state(), allocation_request);
  ASSERT_TRUE(allocation.ok()) << allocation.status();
  const matcher::StabilityReport& report = allocation->report;

  std::printf("\n| ranking | round | offers | accepted | success rate | declines by reason |\n");
  std::printf("|---|---|---|---|---|---|\n");
  auto row = [](const char* name, int round, const RoundResult& r) {
    std::printf("| %s | %d | %d | %d | %.1f%% | %s |\n", name, round, r.sent, r.accepted,
                100 * r.rate(), ReasonCounts(r).c_str());
  };
  row("brand-side only", 1, b1);
  row("mutual (harmonic mean)", 1, m1);
  row("brand-side only", 2, b2);
  row("mutual, learning from reasons", 2, m2);
  row("mutual, reasons withheld", 2, u2);
  (void)u1;
  std::printf("\nhard-rule violations among %d returned pairs: %d\n",
              m1.returned + b1.returned + m2.returned + b2.returned + u1.returned + u2.returned,
              m1.violations + b1.violations + m2.violations + b2.violations + u1.violations +
                  u2.violations);
  std::printf(
      "AllocateMarket: %lld assignments over %zu open briefs, %lld acceptable pairs, "
      "%lld blocking pairs, %lld over-capacity creators, %lld over-filled briefs, "
      "%lld unfilled slots\n\n",
      static_cast<long long>(report.assignments), mutual.state().OpenBriefRows().size(),
      static_cast<long long>(report.acceptable_pairs),
      static_cast<long long>(report.blocking_pairs),
      static_cast<long long>(report.over_capacity_creators),
      static_cast<long long>(report.over_filled_briefs),
      static_cast<long long>(report.unfilled_slots));

  // 1. Mutual ranking at least doubles the brand-side-only success rate.
  EXPECT_GE(m1.rate(), 2 * b1.rate());
  // 2. Learning from one round of declines with reasons raises the success rate.
  EXPECT_GT(m2.rate(), m1.rate());
  // 3. No returned pair breaks a hard rule.
  EXPECT_EQ(
      m1.violations + b1.violations + m2.violations + b2.violations + u1.violations + u2.violations,
      0);
  // 4. The allocation is stable and within capacity, by the independent checker...
  EXPECT_EQ(report.blocking_pairs, 0);
  EXPECT_EQ(report.over_capacity_creators, 0);
  EXPECT_EQ(report.over_filled_briefs, 0);
  EXPECT_EQ(report.unacceptable_assignments, 0);
  EXPECT_GT(report.assignments, 0);
  // ...and by the simulator's own capacities.
  absl::flat_hash_map<std::string, int> assigned;
  for (const matcher::Assignment& a : allocation->assignments) ++assigned[a.creator_id];
  for (const SimCreator& c : mutual.market().creators) {
    auto it = assigned.find(c.profile.id);
    if (it != assigned.end()) {
      EXPECT_LE(it->second + c.accepted, c.hidden.capacity) << c.profile.id;
    }
  }
}

}  // namespace
}  // namespace matchmaker::quality
