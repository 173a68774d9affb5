// Brand-side factors: each test varies one property of a creator and checks the factor moves
// the way the product says it should.

#include "tests/matcher/matcher_fixture.h"

namespace matchmaker::matcher::testing {
namespace {

class BrandFitTest : public MatcherTest {};

TEST_F(BrandFitTest, NicheExactBeatsParentBeatsSiblingBeatsUnrelated) {
  Add(MakeBrief("b", "acme", "food/desserts"));
  Add(MakeCreator("exact", "food/desserts"));
  Add(MakeCreator("parent", "food"));
  Add(MakeCreator("sibling", "food/restaurant-reviews"));
  Add(MakeCreator("unrelated", "tech/mechanical-keyboards"));
  const double exact = BrandFactorScore("b", "exact", "niche");
  const double parent = BrandFactorScore("b", "parent", "niche");
  const double sibling = BrandFactorScore("b", "sibling", "niche");
  const double unrelated = BrandFactorScore("b", "unrelated", "niche");
  EXPECT_GT(exact, parent);
  EXPECT_GT(parent, sibling);
  EXPECT_GT(sibling, unrelated);
  EXPECT_EQ(unrelated, 0);
}

TEST_F(BrandFitTest, AestheticCombinesEmbeddingAndTags) {
  BriefProfile brief = MakeBrief("b", "acme", "food");
  brief.tags = {"pastel", "minimal"};
  Add(brief);
  CreatorProfile same = MakeCreator("same", "food");
  same.tags = {"minimal", "pastel"};
  CreatorProfile other_vibe = MakeCreator("other", "food");
  other_vibe.tags = {"chaotic"};
  other_vibe.embedding = Axis(3);
  Add(same);
  Add(other_vibe);
  EXPECT_NEAR(BrandFactorScore("b", "same", "aesthetic"), 1.0, 1e-6);
  EXPECT_NEAR(BrandFactorScore("b", "other", "aesthetic"), 0.0, 1e-6);
}

TEST_F(BrandFitTest, AudienceSizeIsSoftInLogSpace) {
  Add(MakeBrief("b", "acme", "food"));  // 10k–100k
  Add(MakeCreator("inside", "food", 50'000));
  Add(MakeCreator("near", "food", 150'000));
  Add(MakeCreator("far", "food", 1'000'000));
  const double inside = BrandFactorScore("b", "inside", "audience_size");
  const double near = BrandFactorScore("b", "near", "audience_size");
  const double far = BrandFactorScore("b", "far", "audience_size");
  EXPECT_EQ(inside, 1.0);
  EXPECT_GT(near, 0.5);
  EXPECT_LT(near, 1.0);
  EXPECT_LT(far, 0.01);
}

TEST_F(BrandFitTest, TiersResolveToAFollowerRange) {
  BriefProfile brief = MakeBrief("b", "acme", "food");
  brief.min_followers = brief.max_followers = 0;
  brief.tiers = {Tier::kMacro};
  Add(brief);
  Add(MakeCreator("micro", "food", 20'000));
  Add(MakeCreator("macro", "food", 300'000));
  EXPECT_EQ(BrandFactorScore("b", "macro", "audience_size"), 1.0);
  EXPECT_LT(BrandFactorScore("b", "micro", "audience_size"), 0.1);
}

TEST_F(BrandFitTest, EngagementIsJudgedAgainstTheTierAndPlatformNorm) {
  Add(MakeBrief("b", "acme", "food"));
  // 2% is poor for a 20k account (norm ≈ 3.5%) but above the norm for a 1M account (1.7%).
  CreatorProfile small = MakeCreator("small", "food", 20'000);
  small.accounts[0].avg_likes = 20'000 * 0.02;
  CreatorProfile big = MakeCreator("big", "food", 1'000'000);
  big.accounts[0].avg_likes = 1'000'000 * 0.02;
  Add(small);
  Add(big);
  EXPECT_GT(BrandFactorScore("b", "big", "engagement"),
            BrandFactorScore("b", "small", "engagement"));
}

TEST_F(BrandFitTest, EngagementFarAboveTheNormIsFlaggedNotRewarded) {
  Add(MakeBrief("b", "acme", "food"));
  CreatorProfile pods = MakeCreator("pods", "food", 50'000);
  pods.accounts[0].avg_likes = 50'000 * 0.30;  // ~10× the norm
  CreatorProfile healthy = MakeCreator("healthy", "food", 50'000);
  healthy.accounts[0].avg_likes = 50'000 * 0.05;
  Add(pods);
  Add(healthy);
  const MatchExplanation e = Explain("b", "pods");
  EXPECT_TRUE(e.match.flags.engagement_anomaly);
  EXPECT_FALSE(Explain("b", "healthy").match.flags.engagement_anomaly);
  EXPECT_LT(Factor(e.match.brand_factors, "engagement").score,
            BrandFactorScore("b", "healthy", "engagement"));
}

TEST_F(BrandFitTest, PostingFrequencyOutsideTheRangeScoresLower) {
  BriefProfile brief = MakeBrief("b", "acme", "food");
  brief.min_posts_per_week = 3;
  brief.max_posts_per_week = 7;
  Add(brief);
  CreatorProfile rare = MakeCreator("rare", "food");
  rare.accounts[0].posts_per_week = 1;
  CreatorProfile flood = MakeCreator("flood", "food");
  flood.accounts[0].posts_per_week = 28;
  Add(rare);
  Add(flood);
  Add(MakeCreator("steady", "food"));
  EXPECT_EQ(BrandFactorScore("b", "steady", "posting_frequency"), 1.0);
  EXPECT_NEAR(BrandFactorScore("b", "rare", "posting_frequency"), 1.0 / 3, 1e-6);
  EXPECT_NEAR(BrandFactorScore("b", "flood", "posting_frequency"), 0.25, 1e-6);
}

TEST_F(BrandFitTest, LocationPrefersTheCityThenRegionThenCountry) {
  BriefProfile brief = MakeBrief("b", "acme", "food");
  brief.creator_locations = {{"US", "CA", "San Francisco"}};
  Add(brief);
  CreatorProfile city = MakeCreator("city", "food");
  city.region = "CA";
  city.city = "San Francisco";
  CreatorProfile region = MakeCreator("region", "food");
  region.region = "CA";
  Add(city);
  Add(region);
  Add(MakeCreator("country", "food"));
  EXPECT_GT(BrandFactorScore("b", "city", "location"), BrandFactorScore("b", "region", "location"));
  EXPECT_GT(BrandFactorScore("b", "region", "location"),
            BrandFactorScore("b", "country", "location"));
}

TEST_F(BrandFitTest, AudienceDemographicsAgainstTargeting) {
  BriefProfile brief = MakeBrief("b", "acme", "food");
  brief.target_countries = {"DE"};
  brief.target_age_brackets = {2};
  Add(brief);
  CreatorProfile german = MakeCreator("german", "food");
  german.accounts[0].audience_countries = {{"DE", 0.8}, {"AT", 0.2}};
  german.accounts[0].audience_age[2] = 0.7;
  german.accounts[0].audience_age[4] = 0.3;
  CreatorProfile american = MakeCreator("american", "food");
  american.accounts[0].audience_countries = {{"US", 0.9}};
  american.accounts[0].audience_age[5] = 1.0;
  Add(german);
  Add(american);
  EXPECT_EQ(BrandFactorScore("b", "german", "audience_targeting"), 1.0);
  EXPECT_EQ(BrandFactorScore("b", "american", "audience_targeting"), 0.0);
}

TEST_F(BrandFitTest, CostUsesTheRateCardOrAnEstimateAndFlagsOverBudget) {
  Add(MakeBrief("b", "acme", "food", /*fee_cents=*/50'000));
  CreatorProfile cheap = MakeCreator("cheap", "food", 20'000);  // rate card $200
  CreatorProfile pricey = MakeCreator("pricey", "food", 20'000);
  pricey.rate_card[0].price_cents = 55'000;  // 10% over the $500 per-creator budget
  CreatorProfile no_card = MakeCreator("no-card", "food", 30'000);
  no_card.rate_card.clear();
  Add(cheap);
  Add(pricey);
  Add(no_card);
  const MatchExplanation c = Explain("b", "cheap");
  EXPECT_EQ(c.match.estimates.cost_cents, 20'000);
  EXPECT_FALSE(c.match.flags.over_budget);
  const MatchExplanation p = Explain("b", "pricey");
  EXPECT_TRUE(p.eligible);
  EXPECT_TRUE(p.match.flags.over_budget);
  EXPECT_LT(Factor(p.match.brand_factors, "cost").score,
            Factor(c.match.brand_factors, "cost").score);
  EXPECT_GT(Explain("b", "no-card").match.estimates.cost_cents, 0);
}

TEST_F(BrandFitTest, CompetitorSponconPenaltyShrinksWithAge) {
  BrandProfile acme = MakeBrand("acme", "food/snacks");
  acme.competitors = {"Crunchy Co", "rival"};
  ASSERT_TRUE(state_.UpsertBrand(acme).ok());
  BriefProfile brief = MakeBrief("b", "acme", "food");
  brief.competitor_exclusivity_days = 90;
  Add(brief);
  CreatorProfile recent = MakeCreator("recent", "food");
  recent.sponsorships.push_back({"", "crunchy co", "food/snacks", kNow - 10 * kSecondsPerDay});
  CreatorProfile older = MakeCreator("older", "food");
  older.sponsorships.push_back({"rival", "", "food/snacks", kNow - 80 * kSecondsPerDay});
  CreatorProfile old = MakeCreator("old", "food");
  old.sponsorships.push_back({"rival", "", "food/snacks", kNow - 400 * kSecondsPerDay});
  Add(recent);
  Add(older);
  Add(old);
  Add(MakeCreator("clean", "food"));
  const double r = BrandFactorScore("b", "recent", "competitor_sponcon");
  const double o = BrandFactorScore("b", "older", "competitor_sponcon");
  const double ancient = BrandFactorScore("b", "old", "competitor_sponcon");
  EXPECT_LT(r, o);
  EXPECT_LT(o, ancient);
  EXPECT_LT(ancient, BrandFactorScore("b", "clean", "competitor_sponcon"));
  EXPECT_TRUE(Explain("b", "recent").match.flags.competitor_conflict);
  EXPECT_TRUE(Explain("b", "recent").eligible);  // penalised, not excluded
  EXPECT_FALSE(Explain("b", "old").match.flags.competitor_conflict);
}

TEST_F(BrandFitTest, OrganicMentionsCredentialsAndUgcCountWhenAsked) {
  BriefProfile brief = MakeBrief("b", "acme", "food");
  brief.required_credentials = {"nutrition"};
  brief.accepts_ugc = true;
  Add(brief);
  CreatorProfile fan = MakeCreator("fan", "food");
  fan.mentions.push_back({"", "ACME inc", kNow - 30 * kSecondsPerDay});
  fan.credentials.push_back({"nutrition", true});
  fan.ugc_creator = true;
  Add(fan);
  Add(MakeCreator("plain", "food"));
  EXPECT_GT(BrandFactorScore("b", "fan", "authenticity"), 0.9);
  EXPECT_EQ(BrandFactorScore("b", "plain", "authenticity"), 0.0);
  EXPECT_EQ(BrandFactorScore("b", "fan", "credentials"), 1.0);
  EXPECT_EQ(BrandFactorScore("b", "plain", "credentials"), 0.0);
  EXPECT_GT(BrandFactorScore("b", "fan", "ugc"), BrandFactorScore("b", "plain", "ugc"));
  EXPECT_GT(Explain("b", "fan").match.brand_score, Explain("b", "plain").match.brand_score);
}

TEST_F(BrandFitTest, FactorsThatDoNotApplyWeighNothingAndContributionsAddUp) {
  Add(MakeBrief("b", "acme", "food"));
  Add(MakeCreator("c", "food"));
  const MatchExplanation e = Explain("b", "c");
  EXPECT_EQ(Factor(e.match.brand_factors, "credentials").weight, 0);
  EXPECT_EQ(Factor(e.match.brand_factors, "posting_frequency").weight, 0);
  double sum = 0, weights = 0;
  for (const FactorExplanation& f : e.match.brand_factors) {
    sum += f.contribution;
    weights += f.weight;
    EXPECT_FALSE(f.explanation.empty()) << f.name;
  }
  EXPECT_NEAR(sum, e.match.brand_score, 1e-6);
  EXPECT_NEAR(weights, 1.0, 1e-6);
}

TEST_F(BrandFitTest, BriefWeightsOverrideTheDefaults) {
  BriefProfile brief = MakeBrief("b", "acme", "food");
  BrandWeights only_niche{};
  only_niche[static_cast<int>(BrandFactor::kNiche)] = 1;
  brief.brand_weights = only_niche;
  Add(brief);
  Add(MakeCreator("c", "food/desserts"));
  const MatchExplanation e = Explain("b", "c");
  EXPECT_NEAR(e.match.brand_score, Factor(e.match.brand_factors, "niche").score, 1e-6);
}

}  // namespace
}  // namespace matchmaker::matcher::testing
