#include "client/demo/brief_generator.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "client/demo/demo_format.h"
#include "client/demo/market_vocabulary.h"

namespace matchmaker::demo {
namespace {

const CountryInfo& CountryByCode(const std::string& code) {
  for (const CountryInfo& country : Countries()) {
    if (country.code == code) return country;
  }
  return Countries().front();
}

// Typical fee for one creator of the targeted size, in cents.
int64_t TypicalFeeCents(v1::Tier largest_tier, DemoRandom& random) {
  switch (largest_tier) {
    case v1::TIER_NANO:
      return RoundPriceCents(random.LogNormalWithin(15'000, 0.5, 2'500, 80'000));
    case v1::TIER_MICRO:
      return RoundPriceCents(random.LogNormalWithin(60'000, 0.5, 10'000, 300'000));
    case v1::TIER_MACRO:
      return RoundPriceCents(random.LogNormalWithin(600'000, 0.5, 150'000, 3'000'000));
    default:
      return RoundPriceCents(random.LogNormalWithin(8'000'000, 0.9, 1'500'000, 100'000'000));
  }
}

void AddAudienceSize(v1::Objective objective, bool small_business, DemoRandom& random,
                     v1::Brief* brief, v1::Tier* largest_tier) {
  std::vector<v1::Tier> tiers;
  if (small_business) {
    tiers = {v1::TIER_NANO, v1::TIER_MICRO};
  } else if (objective == v1::OBJECTIVE_REACH) {
    tiers = random.Bernoulli(0.7) ? std::vector<v1::Tier>{v1::TIER_MACRO, v1::TIER_MEGA}
                                  : std::vector<v1::Tier>{v1::TIER_MICRO, v1::TIER_MACRO};
  } else if (objective == v1::OBJECTIVE_ENGAGEMENT) {
    tiers = random.Bernoulli(0.6) ? std::vector<v1::Tier>{v1::TIER_NANO, v1::TIER_MICRO}
                                  : std::vector<v1::Tier>{v1::TIER_MICRO};
  } else {
    tiers = {v1::TIER_MICRO, v1::TIER_MACRO};
  }
  *largest_tier = tiers.back();
  const double how = random.Uniform();
  if (how < 0.45) {  // a follower range: tier names are disputed, numbers are not
    static const int64_t kLow[] = {0, 500, 10'000, 100'000, 1'000'000};
    static const int64_t kHigh[] = {0, 10'000, 100'000, 1'000'000, 0};
    brief->mutable_follower_range()->set_min_followers(kLow[tiers.front()]);
    brief->mutable_follower_range()->set_max_followers(kHigh[tiers.back()]);
  } else if (how < 0.8) {
    for (v1::Tier tier : tiers) brief->add_tiers(tier);
  }
}

}  // namespace

v1::Brief GenerateBrief(const DemoOptions& options, int number, const GeneratedBrands& brands,
                        const AestheticSpace& aesthetics) {
  DemoRandom random = DemoRandom::ForEntity(options.seed, "brief", number);
  v1::Brief brief;
  brief.set_id(PaddedId("brief", number, 4));
  if (brands.brands.empty()) return brief;
  const size_t brand_index =
      number <= static_cast<int>(brands.brands.size())
          ? static_cast<size_t>(number - 1)
          : static_cast<size_t>(random.UniformInt(0, brands.brands.size() - 1));
  const v1::Brand& brand = brands.brands[brand_index];
  const BrandCategoryInfo& category = BrandCategories()[BrandCategoryIndex(brand)];
  const bool small_business = brands.small_business_ids.count(brand.id()) > 0;
  brief.set_brand_id(brand.id());

  static const std::vector<double> kObjectiveWeights = {0.3, 0.4, 0.3};
  const auto objective =
      static_cast<v1::Objective>(v1::OBJECTIVE_REACH + random.PickWeighted(kObjectiveWeights));
  brief.set_objective(objective);
  static const std::vector<std::string> kSeasons = {"Spring",  "Summer",         "Autumn",
                                                    "Holiday", "Back-to-school", "New year"};
  static const std::vector<std::string> kTitleShapes = {"launch", "campaign", "creator drop",
                                                        "ambassadors", "reviews"};
  brief.set_title(
      absl::StrCat(random.Pick(kSeasons), " ", random.Pick(kTitleShapes), ": ", category.product));
  brief.set_description(absl::StrCat(
      brand.display_name(), " is looking for creators to feature ", category.product,
      objective == v1::OBJECTIVE_REACH        ? " in front of as many people as possible."
      : objective == v1::OBJECTIVE_ENGAGEMENT ? " with an audience that talks back."
                                              : " with a promo code their followers will use."));

  for (size_t i = 0; i < category.niches.size(); ++i) {
    if (i > 0 && random.Bernoulli(0.4)) continue;
    auto* niche = brief.add_niches();
    niche->set_niche(category.niches[i]);
    niche->set_weight(i == 0 ? 1.0 : RoundTo(random.Uniform(0.3, 0.7), 2));
  }

  std::vector<std::string> tags = {random.Pick(AestheticTags())};
  if (random.Bernoulli(0.5)) {
    std::string second = random.Bernoulli(0.5) ? "cohesive" : random.Pick(AestheticTags());
    if (second != tags[0]) tags.push_back(second);
  }
  for (const std::string& tag : tags) brief.mutable_aesthetic()->add_tags(tag);
  if (random.Bernoulli(0.85)) {  // the rest get an embedding derived by the server
    for (float x : aesthetics.Embed(tags, random)) brief.mutable_aesthetic()->add_embedding(x);
  }

  static const std::vector<v1::Platform> kBriefPlatforms = {
      v1::PLATFORM_INSTAGRAM, v1::PLATFORM_TIKTOK, v1::PLATFORM_YOUTUBE, v1::PLATFORM_PINTEREST,
      v1::PLATFORM_TWITCH,    v1::PLATFORM_BLOG,   v1::PLATFORM_PODCAST};
  static const std::vector<double> kBriefPlatformWeights = {40, 30, 15, 5, 3, 4, 3};
  std::vector<v1::Platform> platforms;
  if (!random.Bernoulli(0.1)) {
    const int count = static_cast<int>(random.UniformInt(1, 2));
    for (int i = 0; i < count; ++i) {
      v1::Platform platform = kBriefPlatforms[random.PickWeighted(kBriefPlatformWeights)];
      if (std::find(platforms.begin(), platforms.end(), platform) == platforms.end()) {
        platforms.push_back(platform);
        brief.add_platforms(platform);
      }
    }
  }

  v1::Tier largest_tier = v1::TIER_MICRO;
  AddAudienceSize(objective, small_business, random, &brief, &largest_tier);
  if (random.Bernoulli(0.5)) {
    brief.set_min_engagement_rate(RoundTo(random.Uniform(0.01, 0.04), 3));
  }
  if (random.Bernoulli(0.3)) {  // often enough to stay engaging, not so often ads get buried
    brief.mutable_posting_frequency()->set_min_posts_per_week(RoundTo(random.Uniform(1, 3), 1));
    if (random.Bernoulli(0.6)) {
      brief.mutable_posting_frequency()->set_max_posts_per_week(RoundTo(random.Uniform(7, 14), 1));
    }
  }

  const CountryInfo& country = CountryByCode(brand.location().country_code());
  if (small_business) {  // local creators for a local market
    v1::Location* location = brief.add_creator_locations();
    *location = brand.location();
  } else if (random.Bernoulli(0.4)) {
    brief.add_creator_locations()->set_country_code(country.code);
  }
  if (random.Bernoulli(0.5)) {
    v1::AudienceTargeting* targeting = brief.mutable_audience_targeting();
    targeting->add_countries(country.code);
    if (random.Bernoulli(0.3)) targeting->add_countries(random.Pick(Countries()).code);
    if (targeting->countries_size() == 2 && targeting->countries(0) == targeting->countries(1)) {
      targeting->mutable_countries()->RemoveLast();
    }
    const int first_bracket =
        static_cast<int>(random.UniformInt(v1::AGE_BRACKET_18_24, v1::AGE_BRACKET_35_44));
    const int brackets = static_cast<int>(random.UniformInt(1, 3));
    for (int b = first_bracket; b < first_bracket + brackets && b <= v1::AGE_BRACKET_65_PLUS; ++b) {
      targeting->add_age_brackets(static_cast<v1::AgeBracket>(b));
    }
    if (random.Bernoulli(0.3)) {
      targeting->set_min_female_fraction(RoundTo(random.Uniform(0.3, 0.6), 2));
      targeting->set_max_female_fraction(1.0);
    }
    targeting->add_languages(country.language);
  }
  if (random.Bernoulli(0.7)) brief.add_languages(country.language);

  if (random.Bernoulli(0.6)) {
    static const std::vector<int32_t> kWindows = {30, 60, 90, 180};
    brief.set_competitor_exclusivity_days(random.Pick(kWindows));
    brief.set_exclude_competitor_conflicts(random.Bernoulli(0.5));
  }

  // Many small creators dilute risk better than one large one (seed 000).
  const int32_t wanted =
      static_cast<int32_t>(small_business                   ? random.UniformInt(3, 15)
                           : largest_tier == v1::TIER_MEGA  ? random.UniformInt(1, 3)
                           : largest_tier == v1::TIER_MACRO ? random.UniformInt(2, 8)
                                                            : random.UniformInt(3, 25));
  brief.set_creators_wanted(wanted);
  const int64_t fee = TypicalFeeCents(largest_tier, random);
  v1::Budget* budget = brief.mutable_budget();
  budget->set_total_cents(
      RoundPriceCents(static_cast<double>(fee) * wanted * random.Uniform(0.8, 1.3)));
  if (random.Bernoulli(0.7)) {
    budget->set_per_creator_max_cents(
        std::min(budget->total_cents(),
                 RoundPriceCents(static_cast<double>(fee) * random.Uniform(1.0, 2.0))));
  }

  if (small_business || random.Bernoulli(0.2)) {
    v1::Compensation* product = brief.add_compensation();
    product->set_kind(v1::COMPENSATION_KIND_FREE_PRODUCT);
    product->set_value_cents(RoundPriceCents(random.Uniform(3'000, 20'000)));
    product->set_description(absl::StrCat("A box of our ", category.product));
    if (random.Bernoulli(0.5)) {
      v1::Compensation* code = brief.add_compensation();
      code->set_kind(v1::COMPENSATION_KIND_PROMO_CODE);
      code->set_description("An exclusive 20% code for your followers");
    }
  }
  if (!small_business || random.Bernoulli(0.5)) {
    v1::Compensation* cash = brief.add_compensation();
    cash->set_kind(v1::COMPENSATION_KIND_FLAT_FEE);
    cash->set_value_cents(fee);
  }
  if (objective == v1::OBJECTIVE_CONVERSION && random.Bernoulli(0.6)) {
    v1::Compensation* affiliate = brief.add_compensation();
    affiliate->set_kind(v1::COMPENSATION_KIND_AFFILIATE_COMMISSION);
    affiliate->set_commission_rate(RoundTo(random.Uniform(0.05, 0.25), 2));
  }
  if (random.Bernoulli(0.1)) {
    v1::Compensation* event = brief.add_compensation();
    event->set_kind(v1::COMPENSATION_KIND_EVENT_INVITATION);
    event->set_description("Invitation to our launch event");
  }

  const std::vector<v1::Platform> deliverable_platforms =
      platforms.empty() ? std::vector<v1::Platform>{v1::PLATFORM_INSTAGRAM} : platforms;
  for (v1::Platform platform : deliverable_platforms) {
    v1::Deliverable* deliverable = brief.add_deliverables();
    deliverable->set_platform(platform);
    deliverable->set_kind(PlatformInfoOf(platform).deliverables.front());
    deliverable->set_count(static_cast<int32_t>(random.UniformInt(1, 4)));
  }
  if (small_business) {  // limited stock: cap what all signed creators reach together
    brief.set_max_total_reach(RoundPriceCents(random.Uniform(20'000, 300'000)));
  }
  brief.set_long_term(random.Bernoulli(0.25));
  for (const NicheInfo& niche : Niches()) {
    if (niche.path == category.niches[0] && !niche.credential_field.empty() &&
        random.Bernoulli(0.2)) {
      brief.add_required_credentials(niche.credential_field);
    }
  }
  brief.set_accepts_ugc(random.Bernoulli(0.2));

  const int64_t start =
      options.reference_unix_seconds + random.UniformInt(-20, 45) * kSecondsPerDay;
  brief.mutable_start_time()->set_seconds(start);
  brief.mutable_end_time()->set_seconds(start + random.UniformInt(21, 150) * kSecondsPerDay);
  static const std::vector<double> kStatusWeights = {0.07, 0.82, 0.05, 0.06};
  brief.set_status(
      static_cast<v1::BriefStatus>(v1::BRIEF_STATUS_DRAFT + random.PickWeighted(kStatusWeights)));
  return brief;
}

}  // namespace matchmaker::demo
