// Declines are data: cool-downs, hidden briefs, and what each decline reason teaches.

#include "tests/matcher/matcher_fixture.h"

namespace matchmaker::matcher::testing {
namespace {

class HistoryTest : public MatcherTest {
 protected:
  void Decline(const std::string& brief, const std::string& creator, DeclineReason reason,
               UnixSeconds when = kNow - kSecondsPerDay) {
    OfferEvent sent = Event(brief, creator, OfferState::kUnspecified, OfferState::kProposed);
    sent.time = when;
    OfferEvent declined =
        Event(brief, creator, OfferState::kProposed, OfferState::kDeclined, reason);
    declined.time = when;
    state_.ApplyOfferEvent(sent);
    state_.ApplyOfferEvent(declined);
  }
};

TEST_F(HistoryTest, ADeclinedPairWaitsOutTheCoolDown) {
  Add(MakeBrief("b", "acme", "food"));
  Add(MakeCreator("c", "food"));
  Add(MakeCreator("old", "food"));
  Decline("b", "c", DeclineReason::kOther);
  Decline("b", "old", DeclineReason::kOther, kNow - 200 * kSecondsPerDay);
  EXPECT_TRUE(Breaks(Explain("b", "c"), HardRule::kDeclinedCoolDown));
  EXPECT_TRUE(Explain("b", "old").eligible);
}

TEST_F(HistoryTest, AHiddenBriefNeverReappearsUntilUnhidden) {
  Add(MakeBrief("b", "acme", "food"));
  Add(MakeCreator("c", "food"));
  state_.SetBriefHidden("c", "b", true);
  RankRequest request;
  request.scoring.now = kNow;
  EXPECT_EQ(ListSuitableBriefs(state_, "c", request)->total_eligible, 0);
  EXPECT_TRUE(Breaks(Explain("b", "c"), HardRule::kHiddenByCreator));
  state_.SetBriefHidden("c", "b", false);
  EXPECT_EQ(ListSuitableBriefs(state_, "c", request)->total_eligible, 1);
}

TEST_F(HistoryTest, CompensationTooLowRaisesTheReservationPrice) {
  Add(MakeBrief("b1", "acme", "food", 25'000));
  Add(MakeBrief("b2", "acme", "food", 25'000));
  Add(MakeCreator("c", "food", 20'000));  // posted $200
  const MatchExplanation before = Explain("b2", "c");
  Decline("b1", "c", DeclineReason::kCompensationTooLow);
  const MatchExplanation after = Explain("b2", "c");
  EXPECT_EQ(before.match.reservation_cents, 20'000);
  EXPECT_GE(after.match.reservation_cents, 31'250);  // $250 × 1.25
  EXPECT_LT(after.match.creator_score, before.match.creator_score);
}

TEST_F(HistoryTest, NotMyNicheLowersThatNicheMostAndItsSiblingsALittle) {
  Add(MakeBrief("d1", "acme", "food/desserts"));
  Add(MakeBrief("d2", "acme", "food/desserts"));
  Add(MakeBrief("r", "acme", "food/recipes"));
  CreatorProfile c = MakeCreator("c", "food");
  Add(c);
  const double desserts_before = CreatorFactorScore("d2", "c", "niche");
  const double recipes_before = CreatorFactorScore("r", "c", "niche");
  Decline("d1", "c", DeclineReason::kNotMyNiche);
  const double desserts_after = CreatorFactorScore("d2", "c", "niche");
  const double recipes_after = CreatorFactorScore("r", "c", "niche");
  EXPECT_LT(desserts_after, desserts_before);
  EXPECT_LT(recipes_after, recipes_before);  // the parent "food" moved a little
  EXPECT_GT(recipes_after / recipes_before, desserts_after / desserts_before);
}

TEST_F(HistoryTest, BrandMismatchLowersTheBrandsCategory) {
  ASSERT_TRUE(state_.UpsertBrand(MakeBrand("fizz", "drinks/soda")).ok());
  Add(MakeBrief("a1", "acme", "food"));
  Add(MakeBrief("a2", "acme", "food"));
  Add(MakeBrief("f", "fizz", "food"));
  Add(MakeCreator("c", "food"));
  const double before = CreatorFactorScore("a2", "c", "brand_fit");
  Decline("a1", "c", DeclineReason::kBrandMismatch);
  EXPECT_LT(CreatorFactorScore("a2", "c", "brand_fit"), before);
  EXPECT_EQ(CreatorFactorScore("f", "c", "brand_fit"), before);
}

TEST_F(HistoryTest, CompetitorConflictIsNotedAgainstThatBrand) {
  Add(MakeBrief("a1", "acme", "food"));
  Add(MakeBrief("a2", "acme", "food"));
  Add(MakeCreator("c", "food"));
  Decline("a1", "c", DeclineReason::kCompetitorConflict);
  EXPECT_LT(CreatorFactorScore("a2", "c", "exclusivity"), 0.5);
}

TEST_F(HistoryTest, AcceptancesRaiseAffinityAndRepeatedSuccessEarnsALongTermBoost) {
  Add(MakeBrief("next", "acme", "food"));
  Add(MakeCreator("c", "food"));
  const MatchExplanation before = Explain("next", "c");
  for (int i = 0; i < 3; ++i) {
    const std::string brief = "done" + std::to_string(i);
    Add(MakeBrief(brief, "acme", "food"));
    state_.ApplyOfferEvent(Event(brief, "c", OfferState::kUnspecified, OfferState::kProposed));
    state_.ApplyOfferEvent(Event(brief, "c", OfferState::kProposed, OfferState::kAccepted));
    OfferEvent done = Event(brief, "c", OfferState::kAccepted, OfferState::kCompleted);
    done.outcome_engagements = 1'000'000;
    state_.ApplyOfferEvent(done);
  }
  const MatchExplanation after = Explain("next", "c");
  EXPECT_GT(Factor(after.match.creator_factors, "learned_affinity").score,
            Factor(before.match.creator_factors, "learned_affinity").score);
  EXPECT_GT(Factor(after.match.brand_factors, "past_outcomes").score,
            Factor(before.match.brand_factors, "past_outcomes").score);
  EXPECT_NEAR(after.match.long_term_boost, 1.10, 1e-9);
  EXPECT_GT(after.match.mutual_score, before.match.mutual_score);
}

TEST_F(HistoryTest, AnOpenOfferKeepsThePairOutOfRankings) {
  Add(MakeBrief("b", "acme", "food"));
  Add(MakeCreator("c", "food"));
  state_.ApplyOfferEvent(Event("b", "c", OfferState::kUnspecified, OfferState::kProposed));
  EXPECT_TRUE(Breaks(Explain("b", "c"), HardRule::kAlreadyEngaged));
  state_.ApplyOfferEvent(Event("b", "c", OfferState::kProposed, OfferState::kWithdrawn));
  EXPECT_TRUE(Explain("b", "c").eligible);
}

}  // namespace
}  // namespace matchmaker::matcher::testing
