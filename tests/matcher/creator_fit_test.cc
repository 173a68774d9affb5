// Creator-side factors: what makes a brief attractive to the creator.

#include "tests/matcher/matcher_fixture.h"

namespace matchmaker::matcher::testing {
namespace {

class CreatorFitTest : public MatcherTest {};

TEST_F(CreatorFitTest, PayAtOrAboveThePriceScoresHighAndBelowFallsFast) {
  Add(MakeBrief("rich", "acme", "food", 60'000));
  Add(MakeBrief("fair", "acme", "food", 30'000));
  Add(MakeBrief("poor", "acme", "food", 10'000));
  Add(MakeCreator("c", "food", 30'000));  // price $300
  const double rich = CreatorFactorScore("rich", "c", "compensation");
  const double fair = CreatorFactorScore("fair", "c", "compensation");
  const double poor = CreatorFactorScore("poor", "c", "compensation");
  EXPECT_EQ(rich, 1.0);
  EXPECT_NEAR(fair, 0.75, 1e-6);
  EXPECT_LT(poor, 0.1);
}

TEST_F(CreatorFitTest, MinimumFeeRaisesThePrice) {
  Add(MakeBrief("b", "acme", "food", 30'000));
  CreatorProfile c = MakeCreator("c", "food", 30'000);
  c.min_fee_cents = 60'000;
  Add(c);
  const MatchExplanation e = Explain("b", "c");
  EXPECT_EQ(e.match.reservation_cents, 60'000);
  EXPECT_LT(Factor(e.match.creator_factors, "compensation").score, 0.25);
}

TEST_F(CreatorFitTest, OnlyAcceptedCompensationKindsCount) {
  BriefProfile brief = MakeBrief("b", "acme", "food", 10'000);
  brief.compensation.push_back({CompensationKind::kFreeProduct, 30'000, 0});
  Add(brief);
  CreatorProfile cash_only = MakeCreator("cash", "food", 30'000);
  cash_only.accepted_compensation = CompensationBit(CompensationKind::kFlatFee);
  Add(cash_only);
  Add(MakeCreator("any", "food", 30'000));
  EXPECT_EQ(Explain("b", "cash").match.offered_cents, 10'000);
  EXPECT_EQ(Explain("b", "any").match.offered_cents, 40'000);
}

TEST_F(CreatorFitTest, TheBriefsNicheAgainstTheCreatorsOwn) {
  Add(MakeBrief("desserts", "acme", "food/desserts"));
  Add(MakeBrief("keyboards", "acme", "tech/mechanical-keyboards"));
  Add(MakeCreator("c", "food/desserts"));
  EXPECT_GT(CreatorFactorScore("desserts", "c", "niche"),
            CreatorFactorScore("keyboards", "c", "niche"));
}

TEST_F(CreatorFitTest, WorkloadFallsWithActivePartnerships) {
  Add(MakeBrief("b", "acme", "food"));
  Add(MakeBrief("other", "acme", "food"));
  CreatorProfile c = MakeCreator("c", "food");
  c.max_concurrent_partnerships = 2;
  Add(c);
  const double idle = CreatorFactorScore("b", "c", "workload");
  state_.ApplyOfferEvent(Event("other", "c", OfferState::kUnspecified, OfferState::kProposed));
  state_.ApplyOfferEvent(Event("other", "c", OfferState::kProposed, OfferState::kAccepted));
  EXPECT_EQ(idle, 1.0);
  // One of two slots taken: free share 1 × (0.5 + 0.5 × 1/2).
  EXPECT_NEAR(CreatorFactorScore("b", "c", "workload"), 0.75, 1e-6);
  // Offers already waiting compete for the remaining slot.
  state_.ApplyOfferEvent(Event("x", "c", OfferState::kUnspecified, OfferState::kProposed));
  EXPECT_NEAR(CreatorFactorScore("b", "c", "workload"), 0.375, 1e-6);
}

TEST_F(CreatorFitTest, AvailabilityScalesTheWholeCreatorSide) {
  Add(MakeBrief("b", "acme", "food"));
  CreatorProfile c = MakeCreator("c", "food");
  c.max_concurrent_partnerships = 1;
  Add(c);
  const MatchExplanation before = Explain("b", "c");
  state_.ApplyOfferEvent(Event("x", "c", OfferState::kUnspecified, OfferState::kProposed));
  state_.ApplyOfferEvent(Event("y", "c", OfferState::kUnspecified, OfferState::kProposed));
  const MatchExplanation after = Explain("b", "c");
  EXPECT_LT(after.match.creator_score, 0.75 * before.match.creator_score);
}

TEST_F(CreatorFitTest, BrandRecordRewardsCompletionsAndPunishesWithdrawals) {
  Add(MakeBrief("b", "acme", "food"));
  Add(MakeCreator("c", "food"));
  const double neutral = CreatorFactorScore("b", "c", "brand_record");
  for (int i = 0; i < 3; ++i) {
    const std::string other = "x" + std::to_string(i);
    state_.ApplyOfferEvent(Event("b", other, OfferState::kUnspecified, OfferState::kProposed));
    state_.ApplyOfferEvent(Event("b", other, OfferState::kProposed, OfferState::kWithdrawn));
  }
  EXPECT_LT(CreatorFactorScore("b", "c", "brand_record"), neutral);
}

TEST_F(CreatorFitTest, LongTermPreferenceMeetsLongTermBriefs) {
  BriefProfile long_term = MakeBrief("long", "acme", "food");
  long_term.long_term = true;
  Add(long_term);
  Add(MakeBrief("one-off", "acme", "food"));
  CreatorProfile c = MakeCreator("c", "food");
  c.prefers_long_term = true;
  Add(c);
  EXPECT_GT(CreatorFactorScore("long", "c", "long_term"),
            CreatorFactorScore("one-off", "c", "long_term"));
}

TEST_F(CreatorFitTest, DirectMonetizationMakesNicheFitWeighMore) {
  Add(MakeBrief("b", "acme", "tech"));
  CreatorProfile patreon = MakeCreator("patreon", "food");
  patreon.direct_monetization = true;
  Add(patreon);
  Add(MakeCreator("plain", "food"));
  const MatchExplanation p = Explain("b", "patreon");
  const MatchExplanation q = Explain("b", "plain");
  EXPECT_GT(Factor(p.match.creator_factors, "niche").weight,
            Factor(q.match.creator_factors, "niche").weight);
  EXPECT_LT(p.match.creator_score, q.match.creator_score);
}

TEST_F(CreatorFitTest, MutualFitFusesBothSides) {
  Add(MakeBrief("b", "acme", "food"));
  Add(MakeCreator("c", "food"));
  const MatchExplanation e = Explain("b", "c");
  EXPECT_NEAR(e.match.mutual_score,
              Fuse(FusionMethod::kHarmonicMean, e.match.brand_score, e.match.creator_score), 1e-9);
  double sum = 0;
  for (const FactorExplanation& f : e.match.creator_factors) sum += f.contribution;
  // With free capacity the availability multiplier is 1: contributions add up to the fit.
  EXPECT_NEAR(sum, e.match.creator_score, 1e-6);
}

}  // namespace
}  // namespace matchmaker::matcher::testing
