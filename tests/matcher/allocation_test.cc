#include "tests/matcher/matcher_fixture.h"

namespace matchmaker::matcher::testing {
namespace {

class AllocationTest : public MatcherTest {
 protected:
  void SetUp() override {
    const char* niches[] = {"food/desserts", "food/recipes", "food/reviews", "tech"};
    for (int i = 0; i < 24; ++i) {
      CreatorProfile c = MakeCreator("c" + std::to_string(i), niches[i % 4], 12'000 + 2'500 * i);
      c.max_concurrent_partnerships = 1 + i % 2;
      c.embedding = Axis(i % 3);
      Add(c);
    }
    for (int j = 0; j < 8; ++j) {
      BriefProfile b =
          MakeBrief("b" + std::to_string(j), "acme", niches[j % 4], 40'000 + 5'000 * j);
      b.creators_wanted = 2 + j % 3;
      b.embedding = Axis(j % 3);
      Add(b);
    }
  }
  AllocationRequest Request() {
    AllocationRequest r;
    r.scoring.now = kNow;
    return r;
  }
};

TEST_F(AllocationTest, DeferredAcceptanceIsStableAndWithinCapacity) {
  absl::StatusOr<MarketAllocation> allocation = AllocateMarket(state_, Request());
  ASSERT_TRUE(allocation.ok());
  EXPECT_GT(allocation->assignments.size(), 10u);
  const StabilityReport& report = allocation->report;
  EXPECT_TRUE(report.stable());
  EXPECT_EQ(report.blocking_pairs, 0);
  EXPECT_EQ(report.over_capacity_creators, 0);
  EXPECT_EQ(report.over_filled_briefs, 0);
  EXPECT_EQ(report.unacceptable_assignments, 0);
}

TEST_F(AllocationTest, TheCheckerFindsBlockingPairsAndOverCommitment) {
  absl::StatusOr<MarketAllocation> allocation = AllocateMarket(state_, Request());
  ASSERT_TRUE(allocation.ok());
  // Dropping an assignment frees a slot and capacity that both sides want back.
  std::vector<Assignment> dropped = allocation->assignments;
  dropped.erase(dropped.begin());
  EXPECT_GT(CheckAllocation(state_, Request(), dropped).blocking_pairs, 0);
  // Giving one creator every brief over-commits them.
  std::vector<Assignment> greedy;
  for (int j = 0; j < 8; ++j) greedy.push_back({"b" + std::to_string(j), "c0", 0, 0, 0});
  const StabilityReport report = CheckAllocation(state_, Request(), greedy);
  EXPECT_EQ(report.over_capacity_creators, 1);
  EXPECT_FALSE(report.stable());
}

TEST_F(AllocationTest, ActivePartnershipsUseUpCapacity) {
  state_.ApplyOfferEvent(Event("b0", "c1", OfferState::kUnspecified, OfferState::kProposed));
  state_.ApplyOfferEvent(Event("b0", "c1", OfferState::kProposed, OfferState::kAccepted));
  state_.ApplyOfferEvent(Event("b1", "c1", OfferState::kUnspecified, OfferState::kProposed));
  state_.ApplyOfferEvent(Event("b1", "c1", OfferState::kProposed, OfferState::kAccepted));
  absl::StatusOr<MarketAllocation> allocation = AllocateMarket(state_, Request());
  ASSERT_TRUE(allocation.ok());
  for (const Assignment& a : allocation->assignments) EXPECT_NE(a.creator_id, "c1");
  EXPECT_TRUE(allocation->report.stable());
}

}  // namespace
}  // namespace matchmaker::matcher::testing
