#include "tests/matcher/matcher_fixture.h"

namespace matchmaker::matcher::testing {
namespace {

class PlanningTest : public MatcherTest {
 protected:
  void SetUp() override {
    const char* niches[] = {"food/desserts", "food/recipes", "food/reviews"};
    const char* countries[] = {"US", "CA"};
    for (int i = 0; i < 30; ++i) {
      CreatorProfile c = MakeCreator("c" + std::to_string(i), niches[i % 3], 10'000 + 3'000 * i);
      c.country = countries[i % 2];
      Add(c);
    }
  }
};

TEST_F(PlanningTest, RespectsBudgetReachAndCreatorsWanted) {
  BriefProfile brief = MakeBrief("b", "acme", "food", 60'000);
  brief.budget_total_cents = 200'000;
  brief.creators_wanted = 6;
  brief.max_total_reach = 150'000;
  Add(brief);
  PlanRequest request;
  request.scoring.now = kNow;
  absl::StatusOr<CampaignPlan> plan = PlanCampaign(state_, "b", request);
  ASSERT_TRUE(plan.ok()) << plan.status();
  ASSERT_FALSE(plan->creators.empty());
  EXPECT_LE(plan->total_cost_cents, 200'000);
  EXPECT_LE(plan->total_reach, 150'000);
  EXPECT_LE(plan->creators.size(), 6u);
  int64_t cost = 0, reach = 0;
  for (const PlannedCreator& p : plan->creators) {
    cost += p.match.estimates.cost_cents;
    reach += p.match.estimates.reach;
    EXPECT_GT(p.expected_outcome, 0);
  }
  EXPECT_EQ(cost, plan->total_cost_cents);
  EXPECT_EQ(reach, plan->total_reach);
  EXPECT_FALSE(plan->limited_by.empty());
}

TEST_F(PlanningTest, SpreadsAcrossNichesAndCountries) {
  BriefProfile brief = MakeBrief("b", "acme", "food", 60'000);
  brief.budget_total_cents = 10'000'000;
  brief.creators_wanted = 6;
  Add(brief);
  PlanRequest request;
  request.scoring.now = kNow;
  request.diversity = 1.0;
  absl::StatusOr<CampaignPlan> plan = PlanCampaign(state_, "b", request);
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(plan->creators.size(), 6u);
  EXPECT_EQ(plan->limited_by, "creators_wanted");
  EXPECT_EQ(plan->distinct_niches, 3);
  EXPECT_EQ(plan->distinct_countries, 2);
}

}  // namespace
}  // namespace matchmaker::matcher::testing
