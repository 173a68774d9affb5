// Each hard rule, from both sides: the pair is excluded and ExplainMatch names the rule.

#include "tests/matcher/matcher_fixture.h"

namespace matchmaker::matcher::testing {
namespace {

class HardRulesTest : public MatcherTest {
 protected:
  void ExpectExcludedBy(const std::string& brief, const std::string& creator, HardRule rule) {
    const MatchExplanation e = Explain(brief, creator);
    EXPECT_FALSE(e.eligible);
    EXPECT_TRUE(Breaks(e, rule)) << HardRuleName(rule);
    for (const RuleViolation& v : e.violations) EXPECT_FALSE(v.explanation.empty());
    RankRequest request;
    request.scoring.now = kNow;
    absl::StatusOr<RankedMatches> ranked = FindCreators(state_, brief, request);
    ASSERT_TRUE(ranked.ok());
    for (const MatchResult& r : ranked->results) EXPECT_NE(r.creator_id, creator);
    absl::StatusOr<RankedMatches> briefs = ListSuitableBriefs(state_, creator, request);
    ASSERT_TRUE(briefs.ok());
    for (const MatchResult& r : briefs->results) EXPECT_NE(r.brief_id, brief);
  }
};

TEST_F(HardRulesTest, AnOrdinaryPairIsEligible) {
  Add(MakeBrief("b", "acme", "food"));
  Add(MakeCreator("c", "food"));
  EXPECT_TRUE(Explain("b", "c").eligible);
  EXPECT_TRUE(Explain("b", "c").violations.empty());
}

TEST_F(HardRulesTest, PlatformLanguageLocationAndEngagement) {
  BriefProfile brief = MakeBrief("b", "acme", "food");
  brief.platforms = {Platform::kTikTok};
  brief.languages = {"de"};
  brief.creator_locations = {{"DE", "", ""}};
  brief.min_engagement_rate = 0.10;
  Add(brief);
  Add(MakeCreator("c", "food"));
  const MatchExplanation e = Explain("b", "c");
  EXPECT_TRUE(Breaks(e, HardRule::kPlatformMissing));
  EXPECT_TRUE(Breaks(e, HardRule::kLanguageMissing));
  EXPECT_TRUE(Breaks(e, HardRule::kLocationMismatch));
  EXPECT_TRUE(Breaks(e, HardRule::kBelowMinEngagement));
  ExpectExcludedBy("b", "c", HardRule::kPlatformMissing);
}

TEST_F(HardRulesTest, UgcCreatorsNeedNoPlatformWhenTheBriefAcceptsUgc) {
  BriefProfile brief = MakeBrief("b", "acme", "food");
  brief.platforms = {Platform::kTikTok};
  brief.accepts_ugc = true;
  Add(brief);
  CreatorProfile ugc = MakeCreator("ugc", "food");
  ugc.ugc_creator = true;
  Add(ugc);
  EXPECT_TRUE(Explain("b", "ugc").eligible);
}

TEST_F(HardRulesTest, CompetitorConflictInsideTheWindowExcludesWhenTheBriefSaysSo) {
  BrandProfile acme = MakeBrand("acme", "food/snacks");
  acme.competitors = {"rival"};
  ASSERT_TRUE(state_.UpsertBrand(acme).ok());
  BriefProfile brief = MakeBrief("b", "acme", "food");
  brief.competitor_exclusivity_days = 60;
  brief.exclude_competitor_conflicts = true;
  Add(brief);
  CreatorProfile c = MakeCreator("c", "food");
  c.sponsorships.push_back({"rival", "", "food/snacks", kNow - 30 * kSecondsPerDay});
  CreatorProfile d = MakeCreator("d", "food");
  d.sponsorships.push_back({"rival", "", "food/snacks", kNow - 90 * kSecondsPerDay});
  Add(c);
  Add(d);
  ExpectExcludedBy("b", "c", HardRule::kCompetitorExclusivity);
  EXPECT_TRUE(Explain("b", "d").eligible);
}

TEST_F(HardRulesTest, FarOverBudgetIsExcluded) {
  Add(MakeBrief("b", "acme", "food", 50'000));
  CreatorProfile c = MakeCreator("c", "food");
  c.rate_card[0].price_cents = 100'000;
  Add(c);
  ExpectExcludedBy("b", "c", HardRule::kOverBudget);
}

TEST_F(HardRulesTest, BlockedCategoriesIncludeSubcategoriesAndBlockedBrands) {
  Add(MakeBrief("b", "acme", "food"));
  CreatorProfile no_food = MakeCreator("no-food", "food");
  no_food.blocked_categories = {"food"};
  CreatorProfile no_acme = MakeCreator("no-acme", "food");
  no_acme.blocked_brand_ids = {"acme"};
  Add(no_food);
  Add(no_acme);
  ExpectExcludedBy("b", "no-food", HardRule::kBlockedCategory);
  ExpectExcludedBy("b", "no-acme", HardRule::kBlockedBrand);
}

TEST_F(HardRulesTest, AvailabilityCapacityAndCompensationKinds) {
  Add(MakeBrief("b", "acme", "food"));
  Add(MakeBrief("other", "acme", "food"));
  CreatorProfile away = MakeCreator("away", "food");
  away.unavailable_until = kNow + 30 * kSecondsPerDay;
  CreatorProfile closed = MakeCreator("closed", "food");
  closed.accepting_offers = false;
  CreatorProfile busy = MakeCreator("busy", "food");
  busy.max_concurrent_partnerships = 1;
  CreatorProfile perks = MakeCreator("perks", "food");
  perks.accepted_compensation = CompensationBit(CompensationKind::kFreeProduct);
  Add(away);
  Add(closed);
  Add(busy);
  Add(perks);
  state_.ApplyOfferEvent(Event("other", "busy", OfferState::kUnspecified, OfferState::kProposed));
  state_.ApplyOfferEvent(Event("other", "busy", OfferState::kProposed, OfferState::kAccepted));
  ExpectExcludedBy("b", "away", HardRule::kUnavailable);
  ExpectExcludedBy("b", "closed", HardRule::kNotAcceptingOffers);
  ExpectExcludedBy("b", "busy", HardRule::kAtCapacity);
  ExpectExcludedBy("b", "perks", HardRule::kCompensationNotAccepted);
}

TEST_F(HardRulesTest, ClosedBriefsAreNotRanked) {
  BriefProfile brief = MakeBrief("b", "acme", "food");
  brief.open = false;
  Add(brief);
  Add(MakeCreator("c", "food"));
  ExpectExcludedBy("b", "c", HardRule::kBriefNotOpen);
}

}  // namespace
}  // namespace matchmaker::matcher::testing
