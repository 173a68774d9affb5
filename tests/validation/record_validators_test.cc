// Record rules through ValidateRecordForWrite (paths under "creator", "brand", "brief") and
// the offer sub-message validators. Each case breaks one thing of a valid fixture.

#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/validation/limits.h"
#include "server/validation/offer_validator.h"
#include "server/validation/record_validation.h"
#include "tests/testing/status_matchers.h"
#include "tests/validation/validation_test_util.h"

namespace matchmaker::validation {
namespace {

using ::matchmaker::validation::testing::Fields;
using ::matchmaker::validation::testing::TestContext;
using ::matchmaker::validation::testing::ValidBrand;
using ::matchmaker::validation::testing::ValidBrief;
using ::matchmaker::validation::testing::ValidCreator;
using ::matchmaker::validation::testing::ViolationDescription;
using ::matchmaker::validation::testing::ViolationFields;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::StartsWith;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

template <typename Record>
struct Case {
  std::string name;
  std::function<void(Record&)> mutate;
  std::vector<std::string> fields;  // expected violation paths, in order; empty = valid
};

template <typename Record>
void RunCases(const Record& valid, const std::vector<Case<Record>>& cases) {
  for (const Case<Record>& c : cases) {
    Record record = valid;
    c.mutate(record);
    const absl::Status status = ValidateRecordForWrite(record, TestContext());
    EXPECT_EQ(ViolationFields(status), c.fields) << c.name << ": " << status;
    EXPECT_EQ(status.ok(), c.fields.empty()) << c.name;
  }
}

TEST(RecordValidatorsTest, FixturesAreValid) {
  EXPECT_OK(ValidateRecordForWrite(ValidCreator(), TestContext()));
  EXPECT_OK(ValidateRecordForWrite(ValidBrand(), TestContext()));
  EXPECT_OK(ValidateRecordForWrite(ValidBrief(), TestContext()));
}

TEST(RecordValidatorsTest, Creator) {
  using C = v1::Creator;
  RunCases<C>(
      ValidCreator(),
      {
          {"output-only fields are ignored",
           [](C& c) {
             c.set_total_followers(-1);
             c.set_tier(static_cast<v1::Tier>(99));
             c.mutable_create_time()->set_nanos(-5);
             c.mutable_accounts(0)->set_engagement_rate(-3);
             c.mutable_aesthetic()->set_embedding_derived(true);
           },
           {}},
          {"empty id passes (generated)", [](C& c) { c.clear_id(); }, {}},
          {"bad id", [](C& c) { c.set_id("Jo!"); }, {"creator.id"}},
          {"long display name",
           [](C& c) { c.set_display_name(std::string(kMaxNameLength + 1, 'x')); },
           {"creator.display_name"}},
          {"long bio",
           [](C& c) { c.set_bio(std::string(kMaxDescriptionLength + 1, 'x')); },
           {"creator.bio"}},
          {"negative followers",
           [](C& c) { c.mutable_accounts(0)->set_followers(-1); },
           {"creator.accounts[0].followers"}},
          {"NaN average",
           [](C& c) { c.mutable_accounts(0)->set_avg_likes(kNaN); },
           {"creator.accounts[0].avg_likes"}},
          {"negative views",
           [](C& c) { c.mutable_accounts(1)->set_avg_views(-2); },
           {"creator.accounts[1].avg_views"}},
          {"posts per week too high",
           [](C& c) { c.mutable_accounts(0)->set_posts_per_week(kMaxPostsPerWeek + 1); },
           {"creator.accounts[0].posts_per_week"}},
          {"reply rate above 1",
           [](C& c) { c.mutable_accounts(0)->set_reply_rate(1.5); },
           {"creator.accounts[0].reply_rate"}},
          {"account platform required",
           [](C& c) { c.mutable_accounts(1)->set_platform(v1::PLATFORM_UNSPECIFIED); },
           {"creator.accounts[1].platform"}},
          {"unknown platform",
           [](C& c) { c.mutable_accounts(1)->set_platform(static_cast<v1::Platform>(99)); },
           {"creator.accounts[1].platform"}},
          {"duplicate platform",
           [](C& c) { c.mutable_accounts(1)->set_platform(v1::PLATFORM_INSTAGRAM); },
           {"creator.accounts[1].platform"}},
          {"too many accounts",
           [](C& c) {
             for (std::size_t i = 0; i < kMaxAccounts; ++i) c.add_accounts();
           },
           {"creator.accounts"}},
          {"bad last post time",
           [](C& c) { c.mutable_accounts(0)->mutable_last_post_time()->set_nanos(-1); },
           {"creator.accounts[0].last_post_time.nanos"}},
          {"country shares sum above 1",
           [](C& c) {
             auto* share = c.mutable_accounts(0)->mutable_audience()->add_top_countries();
             share->set_key("GB");
             share->set_fraction(0.5);
           },
           {"creator.accounts[0].audience.top_countries"}},
          {"country share key lower case",
           [](C& c) {
             c.mutable_accounts(0)->mutable_audience()->mutable_top_countries(0)->set_key("us");
           },
           {"creator.accounts[0].audience.top_countries[0].key"}},
          {"duplicate country key",
           [](C& c) {
             c.mutable_accounts(0)->mutable_audience()->mutable_top_countries(1)->set_key("US");
           },
           {"creator.accounts[0].audience.top_countries[1].key"}},
          {"share fraction above 1",
           [](C& c) {
             c.mutable_accounts(0)->mutable_audience()->mutable_top_countries(0)->set_fraction(2);
           },
           {"creator.accounts[0].audience.top_countries[0].fraction"}},
          {"language share key",
           [](C& c) {
             c.mutable_accounts(0)->mutable_audience()->mutable_languages(0)->set_key("english");
           },
           {"creator.accounts[0].audience.languages[0].key"}},
          {"age bracket required",
           [](C& c) {
             c.mutable_accounts(0)->mutable_audience()->mutable_age_brackets(0)->set_bracket(
                 v1::AGE_BRACKET_UNSPECIFIED);
           },
           {"creator.accounts[0].audience.age_brackets[0].bracket"}},
          {"female + male above 1",
           [](C& c) { c.mutable_accounts(0)->mutable_audience()->set_male_fraction(0.5); },
           {"creator.accounts[0].audience.male_fraction"}},
          {"rounding slack on sums",
           [](C& c) { c.mutable_accounts(0)->mutable_audience()->set_male_fraction(0.305); },
           {}},
          {"niche weight zero",
           [](C& c) { c.mutable_niches(0)->set_weight(0); },
           {"creator.niches[0].weight"}},
          {"niche weight above 1",
           [](C& c) { c.mutable_niches(1)->set_weight(1.01); },
           {"creator.niches[1].weight"}},
          {"niche path",
           [](C& c) { c.mutable_niches(1)->set_niche("Food/"); },
           {"creator.niches[1].niche"}},
          {"duplicate niche",
           [](C& c) { c.mutable_niches(1)->set_niche("food/desserts"); },
           {"creator.niches[1].niche"}},
          {"too many niches",
           [](C& c) {
             for (std::size_t i = 0; i < kMaxNiches; ++i) c.add_niches();
           },
           {"creator.niches"}},
          {"tag upper case",
           [](C& c) { c.mutable_aesthetic()->set_tags(0, "Pastel"); },
           {"creator.aesthetic.tags[0]"}},
          {"embedding of the wrong dimension",
           [](C& c) { c.mutable_aesthetic()->add_embedding(0.5f); },
           {"creator.aesthetic.embedding"}},
          {"embedding NaN says which index",
           [](C& c) {
             c.mutable_aesthetic()->set_embedding(2, std::numeric_limits<float>::quiet_NaN());
             c.mutable_aesthetic()->set_embedding(3, std::numeric_limits<float>::infinity());
           },
           {"creator.aesthetic.embedding[2]"}},
          {"no embedding (derived)", [](C& c) { c.mutable_aesthetic()->clear_embedding(); }, {}},
          {"location country",
           [](C& c) { c.mutable_location()->set_country_code("usa"); },
           {"creator.location.country_code"}},
          {"location without country",
           [](C& c) { c.mutable_location()->clear_country_code(); },
           {}},
          {"language code", [](C& c) { c.set_languages(1, "es_MX"); }, {"creator.languages[1]"}},
          {"credential field required",
           [](C& c) { c.mutable_credentials(0)->clear_field(); },
           {"creator.credentials[0].field"}},
          {"sponsorship names a brand",
           [](C& c) { c.mutable_past_sponsorships(0)->clear_brand_name(); },
           {"creator.past_sponsorships[0].brand_name"}},
          {"sponsorship category",
           [](C& c) { c.mutable_past_sponsorships(0)->set_category("Snacks"); },
           {"creator.past_sponsorships[0].category"}},
          {"sponsorship date",
           [](C& c) {
             c.mutable_past_sponsorships(0)->mutable_date()->set_seconds(kMaxTimestampSeconds + 1);
           },
           {"creator.past_sponsorships[0].date.seconds"}},
          {"mention brand id",
           [](C& c) { c.mutable_brand_mentions(0)->set_brand_id("BR"); },
           {"creator.brand_mentions[0].brand_id"}},
          {"rate card deliverable required",
           [](C& c) { c.mutable_rate_card(0)->set_deliverable(v1::DELIVERABLE_KIND_UNSPECIFIED); },
           {"creator.rate_card[0].deliverable"}},
          {"rate card price",
           [](C& c) { c.mutable_rate_card(0)->set_price_cents(-1); },
           {"creator.rate_card[0].price_cents"}},
          {"duplicate rate card entry",
           [](C& c) { *c.add_rate_card() = c.rate_card(0); },
           {"creator.rate_card[1]"}},
          {"accepted compensation unspecified",
           [](C& c) { c.set_accepted_compensation(0, v1::COMPENSATION_KIND_UNSPECIFIED); },
           {"creator.accepted_compensation[0]"}},
          {"min fee",
           [](C& c) { c.mutable_preferences()->set_min_fee_cents(-100); },
           {"creator.preferences.min_fee_cents"}},
          {"money cap",
           [](C& c) { c.mutable_preferences()->set_min_fee_cents(kMaxCents + 1); },
           {"creator.preferences.min_fee_cents"}},
          {"blocked category",
           [](C& c) { c.mutable_preferences()->set_blocked_categories(0, "Gambling"); },
           {"creator.preferences.blocked_categories[0]"}},
          {"max concurrent",
           [](C& c) { c.mutable_preferences()->set_max_concurrent_partnerships(-1); },
           {"creator.preferences.max_concurrent_partnerships"}},
          {"availability",
           [](C& c) {
             c.mutable_availability()->mutable_unavailable_until()->set_nanos(2000000000);
           },
           {"creator.availability.unavailable_until.nanos"}},
          {"several at once, in field order",
           [](C& c) {
             c.mutable_accounts(0)->set_followers(-1);
             c.mutable_niches(0)->set_weight(-1);
           },
           {"creator.accounts[0].followers", "creator.niches[0].weight"}},
      });
}

TEST(RecordValidatorsTest, Brand) {
  using B = v1::Brand;
  RunCases<B>(
      ValidBrand(),
      {
          {"minimal brand", [](B& b) { b = B(); }, {}},
          {"etag and times ignored",
           [](B& b) {
             b.set_etag(std::string(1000, 'e'));
             b.mutable_update_time()->set_seconds(-(int64_t{1} << 60));
           },
           {}},
          {"id", [](B& b) { b.set_id(std::string(kMaxIdLength + 1, 'a')); }, {"brand.id"}},
          {"category", [](B& b) { b.set_category("Food/Snacks"); }, {"brand.category"}},
          {"empty competitor", [](B& b) { b.set_competitors(1, ""); }, {"brand.competitors[1]"}},
          {"empty value", [](B& b) { b.add_values(" "); }, {"brand.values[1]"}},
          {"website",
           [](B& b) { b.set_website(std::string(kMaxUrlLength + 1, 'w')); },
           {"brand.website"}},
          {"location",
           [](B& b) { b.mutable_location()->set_country_code("de"); },
           {"brand.location.country_code"}},
          {"description",
           [](B& b) { b.set_description(std::string(kMaxDescriptionLength + 1, 'd')); },
           {"brand.description"}},
      });
}

TEST(RecordValidatorsTest, Brief) {
  using F = v1::Brief;
  RunCases<F>(
      ValidBrief(),
      {
          {"brand_id required", [](F& f) { f.clear_brand_id(); }, {"brief.brand_id"}},
          {"brand_id format", [](F& f) { f.set_brand_id("Acme"); }, {"brief.brand_id"}},
          {"title",
           [](F& f) { f.set_title(std::string(kMaxNameLength + 1, 't')); },
           {"brief.title"}},
          {"objective unknown",
           [](F& f) { f.set_objective(static_cast<v1::Objective>(9)); },
           {"brief.objective"}},
          {"platform unspecified",
           [](F& f) { f.set_platforms(0, v1::PLATFORM_UNSPECIFIED); },
           {"brief.platforms[0]"}},
          {"follower range inverted",
           [](F& f) { f.mutable_follower_range()->set_min_followers(200000); },
           {"brief.follower_range.max_followers"}},
          {"follower range unbounded max",
           [](F& f) {
             f.mutable_follower_range()->set_min_followers(200000);
             f.mutable_follower_range()->set_max_followers(0);
           },
           {}},
          {"negative min followers",
           [](F& f) { f.mutable_follower_range()->set_min_followers(-1); },
           {"brief.follower_range.min_followers"}},
          {"tier unspecified",
           [](F& f) { f.set_tiers(0, v1::TIER_UNSPECIFIED); },
           {"brief.tiers[0]"}},
          {"min engagement",
           [](F& f) { f.set_min_engagement_rate(2); },
           {"brief.min_engagement_rate"}},
          {"posting frequency inverted",
           [](F& f) {
             f.mutable_posting_frequency()->set_min_posts_per_week(5);
             f.mutable_posting_frequency()->set_max_posts_per_week(2);
           },
           {"brief.posting_frequency.max_posts_per_week"}},
          {"creator location needs a country",
           [](F& f) { f.mutable_creator_locations(0)->clear_country_code(); },
           {"brief.creator_locations[0].country_code"}},
          {"targeting country",
           [](F& f) { f.mutable_audience_targeting()->set_countries(0, "U"); },
           {"brief.audience_targeting.countries[0]"}},
          {"targeting female range inverted",
           [](F& f) { f.mutable_audience_targeting()->set_max_female_fraction(0.4); },
           {"brief.audience_targeting.max_female_fraction"}},
          {"targeting age bracket",
           [](F& f) {
             f.mutable_audience_targeting()->add_age_brackets(v1::AGE_BRACKET_UNSPECIFIED);
           },
           {"brief.audience_targeting.age_brackets[0]"}},
          {"exclusivity days",
           [](F& f) { f.set_competitor_exclusivity_days(kMaxCompetitorExclusivityDays + 1); },
           {"brief.competitor_exclusivity_days"}},
          {"negative budget",
           [](F& f) { f.mutable_budget()->set_total_cents(-1); },
           {"brief.budget.total_cents"}},
          {"per-creator above total",
           [](F& f) { f.mutable_budget()->set_per_creator_max_cents(2000000); },
           {"brief.budget.per_creator_max_cents"}},
          {"per-creator without total", [](F& f) { f.mutable_budget()->set_total_cents(0); }, {}},
          {"compensation kind required",
           [](F& f) { f.mutable_compensation(0)->set_kind(v1::COMPENSATION_KIND_UNSPECIFIED); },
           {"brief.compensation[0].kind"}},
          {"commission above 1",
           [](F& f) { f.mutable_compensation(0)->set_commission_rate(1.5); },
           {"brief.compensation[0].commission_rate"}},
          {"compensation value",
           [](F& f) { f.mutable_compensation(0)->set_value_cents(-5); },
           {"brief.compensation[0].value_cents"}},
          {"deliverable kind required",
           [](F& f) { f.mutable_deliverables(0)->set_kind(v1::DELIVERABLE_KIND_UNSPECIFIED); },
           {"brief.deliverables[0].kind"}},
          {"deliverable count",
           [](F& f) { f.mutable_deliverables(0)->set_count(0); },
           {"brief.deliverables[0].count"}},
          {"creators wanted", [](F& f) { f.set_creators_wanted(-1); }, {"brief.creators_wanted"}},
          {"max total reach", [](F& f) { f.set_max_total_reach(-1); }, {"brief.max_total_reach"}},
          {"required credential",
           [](F& f) { f.add_required_credentials(""); },
           {"brief.required_credentials[0]"}},
          {"end before start",
           [](F& f) { f.mutable_end_time()->set_seconds(1600000000); },
           {"brief.end_time"}},
          {"end equals start",
           [](F& f) { *f.mutable_end_time() = f.start_time(); },
           {"brief.end_time"}},
          {"only an end time", [](F& f) { f.clear_start_time(); }, {}},
          {"start out of range",
           [](F& f) { f.mutable_start_time()->set_seconds(kMinTimestampSeconds - 1); },
           {"brief.start_time.seconds"}},
          {"status unknown",
           [](F& f) { f.set_status(static_cast<v1::BriefStatus>(42)); },
           {"brief.status"}},
          {"embedding NaN",
           [](F& f) {
             for (int i = 0; i < 4; ++i) f.mutable_aesthetic()->add_embedding(i == 0 ? NAN : 1);
           },
           {"brief.aesthetic.embedding[0]"}},
      });
}

TEST(RecordValidatorsTest, MessagesAreClear) {
  v1::Creator creator = ValidCreator();
  creator.mutable_accounts(0)->set_followers(-5);
  creator.mutable_aesthetic()->add_embedding(1);
  const absl::Status status = ValidateRecordForWrite(creator, TestContext());
  EXPECT_EQ(status.message(),
            "invalid Creator: creator.accounts[0].followers: must be >= 0 (got -5) (and 1 more)");
  EXPECT_EQ(ViolationDescription(status, "creator.aesthetic.embedding"),
            "must have exactly 4 values (the deployment's embedding_dim) or none (got 5)");

  v1::Brief brief = ValidBrief();
  brief.mutable_budget()->set_per_creator_max_cents(2000000);
  EXPECT_EQ(ViolationDescription(ValidateRecordForWrite(brief, TestContext()),
                                 "brief.budget.per_creator_max_cents"),
            "must be <= total_cents (1000000) (got 2000000)");

  creator = ValidCreator();
  creator.mutable_accounts(1)->set_platform(v1::PLATFORM_INSTAGRAM);
  EXPECT_THAT(ViolationDescription(ValidateRecordForWrite(creator, TestContext()),
                                   "creator.accounts[1].platform"),
              HasSubstr("duplicate account for PLATFORM_INSTAGRAM (also at index 0)"));

  creator = ValidCreator();
  creator.mutable_aesthetic()->set_embedding(1, NAN);
  EXPECT_THAT(ViolationDescription(ValidateRecordForWrite(creator, TestContext()),
                                   "creator.aesthetic.embedding[1]"),
              StartsWith("must be a finite number (got nan"));
}

TEST(OfferValidatorsTest, TermsAndOutcome) {
  v1::OfferTerms terms;
  terms.set_fee_cents(5000);
  terms.add_deliverables()->set_kind(v1::DELIVERABLE_KIND_STORY);
  terms.mutable_deliverables(0)->set_count(3);
  FieldViolations ok;
  ValidateOfferTerms(terms, "terms", &ok);
  EXPECT_TRUE(ok.empty());

  terms.set_fee_cents(-1);
  terms.add_compensation();
  terms.mutable_due_time()->set_nanos(-1);
  terms.set_message(std::string(kMaxDescriptionLength + 1, 'm'));
  FieldViolations bad;
  ValidateOfferTerms(terms, "terms", &bad);
  EXPECT_THAT(Fields(bad), ElementsAre("terms.fee_cents", "terms.compensation[0].kind",
                                       "terms.due_time.nanos", "terms.message"));

  v1::OfferOutcome outcome;
  outcome.set_reach(100);
  outcome.set_engagements(-1);
  outcome.set_clicks(-1);
  outcome.set_conversions(kMaxCount + 1);
  FieldViolations outcome_violations;
  ValidateOfferOutcome(outcome, "outcome", &outcome_violations);
  EXPECT_THAT(Fields(outcome_violations),
              ElementsAre("outcome.engagements", "outcome.clicks", "outcome.conversions"));
}

}  // namespace
}  // namespace matchmaker::validation
