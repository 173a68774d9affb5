// The demo market is deterministic, has the requested shape, looks like the seed articles'
// world, and every record is something the API accepts.

#include "client/demo/demo_market.h"

#include <cmath>
#include <map>
#include <regex>
#include <set>
#include <string>

#include "client/demo/audience_tiers.h"
#include "client/demo/engagement_norms.h"
#include "client/tools/json_io.h"
#include "gtest/gtest.h"

namespace matchmaker::demo {
namespace {

std::string MarketAsJsonLines(const DemoOptions& options) {
  std::string out;
  ForEachRecord(GenerateDemoMarket(options), [&](const v1::Record& record) {
    out += tools::RecordToJsonLine(record);
    out += "\n";
  });
  return out;
}

DemoOptions SmallMarket(uint64_t seed) {
  DemoOptions options;
  options.creators = 400;
  options.brands = 30;
  options.briefs = 60;
  options.seed = seed;
  return options;
}

// The default market, generated once for the statistical tests.
const DemoMarket& DefaultMarket() {
  static const DemoMarket* market = new DemoMarket(GenerateDemoMarket(DemoOptions()));
  return *market;
}

int64_t TotalFollowers(const v1::Creator& creator) {
  int64_t total = 0;
  for (const auto& account : creator.accounts()) total += account.followers();
  return total;
}

double EngagementRate(const v1::PlatformAccount& account) {
  return (account.avg_likes() + account.avg_comments() + account.avg_shares()) /
         static_cast<double>(account.followers());
}

TEST(DemoMarketTest, SameSeedGivesByteIdenticalJsonLines) {
  EXPECT_EQ(MarketAsJsonLines(SmallMarket(7)), MarketAsJsonLines(SmallMarket(7)));
}

TEST(DemoMarketTest, DifferentSeedGivesDifferentMarket) {
  EXPECT_NE(MarketAsJsonLines(SmallMarket(7)), MarketAsJsonLines(SmallMarket(8)));
}

TEST(DemoMarketTest, DefaultsAreTenThousandCreatorsHundredBrandsThreeHundredBriefs) {
  const DemoMarket& market = DefaultMarket();
  EXPECT_EQ(market.creators.size(), 10000u);
  EXPECT_EQ(market.brands.size(), 100u);
  EXPECT_EQ(market.briefs.size(), 300u);
}

TEST(DemoMarketTest, RespectsRequestedCounts) {
  DemoMarket market = GenerateDemoMarket(SmallMarket(3));
  EXPECT_EQ(market.creators.size(), 400u);
  EXPECT_EQ(market.brands.size(), 30u);
  EXPECT_EQ(market.briefs.size(), 60u);
  int records = 0;
  ForEachRecord(market, [&](const v1::Record&) { ++records; });
  EXPECT_EQ(records, 490);
}

TEST(DemoMarketTest, IdsAreDeterministicAndSequential) {
  const DemoMarket& market = DefaultMarket();
  EXPECT_EQ(market.creators.front().id(), "creator-00001");
  EXPECT_EQ(market.creators.back().id(), "creator-10000");
  EXPECT_EQ(market.brands.front().id(), "brand-001");
  EXPECT_EQ(market.briefs.back().id(), "brief-0300");
}

TEST(DemoMarketTest, TierMixIsMostlyNanoAndMicroWithFewMega) {
  std::map<v1::Tier, int> counts;
  for (const v1::Creator& creator : DefaultMarket().creators) {
    ++counts[DefaultTierOf(TotalFollowers(creator))];
  }
  const double n = static_cast<double>(DefaultMarket().creators.size());
  const double nano = counts[v1::TIER_NANO] / n, micro = counts[v1::TIER_MICRO] / n,
               macro = counts[v1::TIER_MACRO] / n, mega = counts[v1::TIER_MEGA] / n;
  EXPECT_GT(nano + micro, 0.8);
  EXPECT_NEAR(nano, 0.50, 0.05);
  EXPECT_NEAR(micro, 0.36, 0.05);
  EXPECT_NEAR(macro, 0.115, 0.03);
  EXPECT_GT(mega, 0.01);
  EXPECT_LT(mega, 0.05);
  EXPECT_LT(mega, macro);
  EXPECT_LT(macro, micro);
}

// Mean engagement of non-anomalous accounts on `platform` with followers in [low, high).
struct Bucket {
  double mean = 0;
  int count = 0;
};
Bucket MeanEngagement(v1::Platform platform, int64_t low, int64_t high) {
  const DemoMarket& market = DefaultMarket();
  Bucket bucket;
  double sum = 0;
  for (const v1::Creator& creator : market.creators) {
    if (market.anomalous_creator_ids.count(creator.id()) > 0) continue;
    for (const auto& account : creator.accounts()) {
      if (account.platform() != platform || account.followers() < low ||
          account.followers() >= high) {
        continue;
      }
      sum += EngagementRate(account);
      ++bucket.count;
    }
  }
  bucket.mean = bucket.count > 0 ? sum / bucket.count : 0;
  return bucket;
}

TEST(DemoMarketTest, InstagramEngagementFallsFromEightPercentUnder1kToAbout1Point7Above1M) {
  const Bucket small = MeanEngagement(v1::PLATFORM_INSTAGRAM, 0, 1'000);
  const Bucket large = MeanEngagement(v1::PLATFORM_INSTAGRAM, 1'000'000, INT64_MAX);
  ASSERT_GT(small.count, 100);
  ASSERT_GT(large.count, 10);
  EXPECT_NEAR(small.mean, 0.08, 0.012);
  EXPECT_NEAR(large.mean, 0.017, 0.004);
  // And it falls bucket by bucket in between.
  const Bucket b1 = MeanEngagement(v1::PLATFORM_INSTAGRAM, 1'000, 10'000);
  const Bucket b2 = MeanEngagement(v1::PLATFORM_INSTAGRAM, 10'000, 100'000);
  const Bucket b3 = MeanEngagement(v1::PLATFORM_INSTAGRAM, 100'000, 1'000'000);
  EXPECT_GT(small.mean, b1.mean);
  EXPECT_GT(b1.mean, b2.mean);
  EXPECT_GT(b2.mean, b3.mean);
  EXPECT_GT(b3.mean, large.mean);
}

TEST(DemoMarketTest, TikTokEngagementFallsFromAbout18PercentUnder15kToAbout5Above1M) {
  const Bucket small = MeanEngagement(v1::PLATFORM_TIKTOK, 0, 15'001);
  const Bucket large = MeanEngagement(v1::PLATFORM_TIKTOK, 1'000'000, INT64_MAX);
  ASSERT_GT(small.count, 100);
  ASSERT_GT(large.count, 5);
  EXPECT_NEAR(small.mean, 0.1796, 0.02);
  EXPECT_NEAR(large.mean, 0.0496, 0.01);
}

TEST(DemoMarketTest, AnomaliesAreAFewPercentAndFarOffTheNorm) {
  const DemoMarket& market = DefaultMarket();
  const double share =
      static_cast<double>(market.anomalous_creator_ids.size()) / market.creators.size();
  EXPECT_GT(share, 0.01);
  EXPECT_LT(share, 0.06);
  for (const v1::Creator& creator : market.creators) {
    if (market.anomalous_creator_ids.count(creator.id()) == 0) continue;
    const auto& main = creator.accounts(0);
    const double ratio =
        EngagementRate(main) / NormEngagementRate(main.platform(), main.followers());
    EXPECT_TRUE(ratio < 0.5 || ratio > 1.5) << creator.id() << " ratio " << ratio;
  }
}

TEST(DemoMarketTest, PricesGrowWithAudienceFromHundredsToAboutAMillion) {
  std::vector<int64_t> micro_posts;
  int64_t top_price = 0;
  for (const v1::Creator& creator : DefaultMarket().creators) {
    for (const auto& entry : creator.rate_card()) {
      top_price = std::max(top_price, entry.price_cents());
      if (entry.platform() != v1::PLATFORM_INSTAGRAM ||
          entry.deliverable() != v1::DELIVERABLE_KIND_POST) {
        continue;
      }
      for (const auto& account : creator.accounts()) {
        if (account.platform() == v1::PLATFORM_INSTAGRAM && account.followers() >= 10'000 &&
            account.followers() < 100'000) {
          micro_posts.push_back(entry.price_cents());
        }
      }
    }
  }
  ASSERT_FALSE(micro_posts.empty());
  std::sort(micro_posts.begin(), micro_posts.end());
  const int64_t median = micro_posts[micro_posts.size() / 2];
  EXPECT_GE(median, 100'00);  // "hundreds" of dollars
  EXPECT_LE(median, 2'000'00);
  EXPECT_GE(top_price, 500'000'00);  // a celebrity post is ~$1M
}

TEST(DemoMarketTest, SmallCreatorsOftenAcceptProductOrPromoCodesMegaRarely) {
  int small = 0, small_non_cash = 0, mega = 0, mega_non_cash = 0;
  for (const v1::Creator& creator : DefaultMarket().creators) {
    bool non_cash = false;
    for (int kind : creator.accepted_compensation()) {
      non_cash |=
          kind == v1::COMPENSATION_KIND_FREE_PRODUCT || kind == v1::COMPENSATION_KIND_PROMO_CODE;
    }
    const v1::Tier tier = DefaultTierOf(TotalFollowers(creator));
    if (tier == v1::TIER_NANO || tier == v1::TIER_MICRO) {
      ++small;
      small_non_cash += non_cash;
    } else if (tier == v1::TIER_MEGA) {
      ++mega;
      mega_non_cash += non_cash;
    }
  }
  EXPECT_GT(small_non_cash, small / 2);
  EXPECT_LT(mega_non_cash, mega / 3);
}

TEST(DemoMarketTest, MarketHasTheFeaturesTheSeedsDescribe) {
  const DemoMarket& market = DefaultMarket();
  int credentials = 0, ugc = 0, direct = 0, sponsored_by_known_brand = 0, mentions = 0,
      multi_platform = 0, blocked = 0;
  std::set<std::string> niches;
  for (const v1::Creator& creator : market.creators) {
    credentials += creator.credentials_size() > 0;
    ugc += creator.ugc_creator();
    direct += creator.direct_monetization();
    mentions += creator.brand_mentions_size() > 0;
    multi_platform += creator.accounts_size() > 1;
    blocked += creator.preferences().blocked_categories_size() > 0;
    for (const auto& s : creator.past_sponsorships())
      sponsored_by_known_brand += !s.brand_id().empty();
    for (const auto& n : creator.niches()) niches.insert(n.niche());
  }
  EXPECT_GT(credentials, 50);
  EXPECT_GT(ugc, 50);
  EXPECT_GT(direct, 50);
  EXPECT_GT(mentions, 1000);
  EXPECT_GT(multi_platform, 3000);
  EXPECT_GT(blocked, 1000);
  EXPECT_GT(sponsored_by_known_brand, 1000);
  for (const char* niche : {"food/healthy-recipes", "food/restaurant-reviews", "food/desserts",
                            "tech/mechanical-keyboards", "fitness/yoga", "beauty/skincare"}) {
    EXPECT_EQ(niches.count(niche), 1u) << niche;
  }
  int open = 0, capped = 0, long_term = 0;
  for (const v1::Brief& brief : market.briefs) {
    open += brief.status() == v1::BRIEF_STATUS_OPEN;
    capped += brief.max_total_reach() > 0;
    long_term += brief.long_term();
  }
  EXPECT_GT(open, 0.7 * market.briefs.size());
  EXPECT_GT(capped, 10);
  EXPECT_GT(long_term, 20);
}

TEST(DemoMarketTest, CompetitorsAndReferencesPointAtExistingBrands) {
  const DemoMarket& market = DefaultMarket();
  std::map<std::string, const v1::Brand*> brands;
  for (const v1::Brand& brand : market.brands) brands[brand.id()] = &brand;
  int with_competitors = 0;
  for (const v1::Brand& brand : market.brands) {
    with_competitors += brand.competitors_size() > 0;
    for (const std::string& competitor : brand.competitors()) {
      ASSERT_EQ(brands.count(competitor), 1u) << brand.id() << " -> " << competitor;
      EXPECT_NE(competitor, brand.id());
      EXPECT_EQ(brands[competitor]->category().substr(0, brands[competitor]->category().find('/')),
                brand.category().substr(0, brand.category().find('/')));
    }
  }
  EXPECT_GT(with_competitors, 80);
  for (const v1::Brief& brief : market.briefs) EXPECT_EQ(brands.count(brief.brand_id()), 1u);
  for (const v1::Creator& creator : market.creators) {
    for (const auto& s : creator.past_sponsorships()) {
      if (!s.brand_id().empty()) {
        EXPECT_EQ(brands.count(s.brand_id()), 1u);
      }
    }
    for (const auto& id : creator.preferences().blocked_brand_ids()) {
      EXPECT_EQ(brands.count(id), 1u);
    }
  }
}

// ---- validity of every record ----

const std::regex& IdPattern() {
  static const std::regex* pattern = new std::regex("[a-z0-9_-]{1,64}");
  return *pattern;
}
const std::regex& NichePattern() {
  static const std::regex* pattern = new std::regex("[a-z0-9-]+(/[a-z0-9-]+)*");
  return *pattern;
}
const std::regex& CountryPattern() {
  static const std::regex* pattern = new std::regex("[A-Z]{2}");
  return *pattern;
}

bool IsFraction(double x) { return x >= 0 && x <= 1; }

void ExpectValidEmbedding(const v1::Aesthetic& aesthetic, int dim, const std::string& id) {
  if (aesthetic.embedding_size() == 0) return;  // the server derives one
  ASSERT_EQ(aesthetic.embedding_size(), dim) << id;
  double norm = 0;
  for (float x : aesthetic.embedding()) {
    ASSERT_TRUE(std::isfinite(x)) << id;
    norm += static_cast<double>(x) * x;
  }
  EXPECT_NEAR(std::sqrt(norm), 1.0, 1e-3) << id;
}

void ExpectValidNiches(const google::protobuf::RepeatedPtrField<v1::NicheWeight>& niches,
                       const std::string& id) {
  for (const auto& niche : niches) {
    EXPECT_TRUE(std::regex_match(niche.niche(), NichePattern())) << id << " " << niche.niche();
    EXPECT_GT(niche.weight(), 0) << id;
    EXPECT_LE(niche.weight(), 1) << id;
  }
}

template <typename Shares>
void ExpectShares(const Shares& shares, const std::string& id) {
  double sum = 0;
  for (const auto& share : shares) {
    EXPECT_TRUE(IsFraction(share.fraction())) << id;
    sum += share.fraction();
  }
  EXPECT_LE(sum, 1.0 + 1e-9) << id;
}

TEST(DemoMarketTest, EveryCreatorPassesBasicValidation) {
  const DemoOptions options;
  for (const v1::Creator& creator : DefaultMarket().creators) {
    const std::string& id = creator.id();
    ASSERT_TRUE(std::regex_match(id, IdPattern())) << id;
    EXPECT_FALSE(creator.display_name().empty()) << id;
    ASSERT_GE(creator.accounts_size(), 1) << id;
    std::set<int> platforms;
    for (const auto& account : creator.accounts()) {
      EXPECT_TRUE(platforms.insert(account.platform()).second) << id << " duplicate platform";
      EXPECT_GT(account.followers(), 0) << id;
      EXPECT_GE(account.avg_likes(), 0) << id;
      EXPECT_GE(account.avg_comments(), 0) << id;
      EXPECT_GT(account.posts_per_week(), 0) << id;
      EXPECT_TRUE(IsFraction(account.reply_rate())) << id;
      EXPECT_TRUE(IsFraction(EngagementRate(account))) << id;
      EXPECT_LT(account.last_post_time().seconds(), options.reference_unix_seconds) << id;
      const auto& audience = account.audience();
      ExpectShares(audience.top_countries(), id);
      ExpectShares(audience.age_brackets(), id);
      ExpectShares(audience.languages(), id);
      for (const auto& country : audience.top_countries()) {
        EXPECT_TRUE(std::regex_match(country.key(), CountryPattern())) << id;
      }
      EXPECT_TRUE(IsFraction(audience.female_fraction())) << id;
      EXPECT_TRUE(IsFraction(audience.male_fraction())) << id;
      EXPECT_LE(audience.female_fraction() + audience.male_fraction(), 1.0 + 1e-9) << id;
    }
    ExpectValidNiches(creator.niches(), id);
    ASSERT_GE(creator.niches_size(), 1) << id;
    ExpectValidEmbedding(creator.aesthetic(), options.embedding_dim, id);
    EXPECT_EQ(creator.aesthetic().embedding_size(), options.embedding_dim) << id;
    EXPECT_TRUE(std::regex_match(creator.location().country_code(), CountryPattern())) << id;
    EXPECT_GE(creator.languages_size(), 1) << id;
    EXPECT_GE(creator.rate_card_size(), 1) << id;
    for (const auto& entry : creator.rate_card()) EXPECT_GT(entry.price_cents(), 0) << id;
    EXPECT_GE(creator.accepted_compensation_size(), 1) << id;
    EXPECT_GE(creator.preferences().min_fee_cents(), 0) << id;
    EXPECT_GE(creator.preferences().max_concurrent_partnerships(), 0) << id;
    for (const auto& category : creator.preferences().blocked_categories()) {
      EXPECT_TRUE(std::regex_match(category, NichePattern())) << id;
    }
    // Output-only fields are left to the server.
    EXPECT_EQ(creator.total_followers(), 0) << id;
    EXPECT_EQ(creator.tier(), v1::TIER_UNSPECIFIED) << id;
  }
}

TEST(DemoMarketTest, EveryBrandAndBriefPassesBasicValidation) {
  const DemoOptions options;
  for (const v1::Brand& brand : DefaultMarket().brands) {
    EXPECT_TRUE(std::regex_match(brand.id(), IdPattern())) << brand.id();
    EXPECT_FALSE(brand.display_name().empty());
    EXPECT_TRUE(std::regex_match(brand.category(), NichePattern())) << brand.id();
    EXPECT_TRUE(std::regex_match(brand.location().country_code(), CountryPattern()));
  }
  for (const v1::Brief& brief : DefaultMarket().briefs) {
    const std::string& id = brief.id();
    EXPECT_TRUE(std::regex_match(id, IdPattern())) << id;
    EXPECT_FALSE(brief.title().empty()) << id;
    EXPECT_NE(brief.objective(), v1::OBJECTIVE_UNSPECIFIED) << id;
    ExpectValidNiches(brief.niches(), id);
    EXPECT_GE(brief.niches_size(), 1) << id;
    ExpectValidEmbedding(brief.aesthetic(), options.embedding_dim, id);
    EXPECT_TRUE(IsFraction(brief.min_engagement_rate())) << id;
    const auto& range = brief.follower_range();
    EXPECT_GE(range.min_followers(), 0) << id;
    if (range.max_followers() > 0) {
      EXPECT_LE(range.min_followers(), range.max_followers()) << id;
    }
    const auto& frequency = brief.posting_frequency();
    if (frequency.max_posts_per_week() > 0) {
      EXPECT_LE(frequency.min_posts_per_week(), frequency.max_posts_per_week()) << id;
    }
    for (const auto& location : brief.creator_locations()) {
      EXPECT_TRUE(std::regex_match(location.country_code(), CountryPattern())) << id;
    }
    const auto& targeting = brief.audience_targeting();
    for (const auto& country : targeting.countries()) {
      EXPECT_TRUE(std::regex_match(country, CountryPattern())) << id;
    }
    EXPECT_TRUE(IsFraction(targeting.min_female_fraction())) << id;
    EXPECT_TRUE(IsFraction(targeting.max_female_fraction())) << id;
    EXPECT_LE(targeting.min_female_fraction(),
              std::max(targeting.max_female_fraction(), targeting.min_female_fraction()))
        << id;
    EXPECT_GT(brief.budget().total_cents(), 0) << id;
    EXPECT_LE(brief.budget().per_creator_max_cents(), brief.budget().total_cents()) << id;
    EXPECT_GE(brief.creators_wanted(), 1) << id;
    EXPECT_GE(brief.compensation_size(), 1) << id;
    for (const auto& compensation : brief.compensation()) {
      EXPECT_TRUE(IsFraction(compensation.commission_rate())) << id;
      EXPECT_GE(compensation.value_cents(), 0) << id;
    }
    EXPECT_GE(brief.deliverables_size(), 1) << id;
    for (const auto& deliverable : brief.deliverables()) EXPECT_GE(deliverable.count(), 1) << id;
    EXPECT_LT(brief.start_time().seconds(), brief.end_time().seconds()) << id;
    EXPECT_NE(brief.status(), v1::BRIEF_STATUS_UNSPECIFIED) << id;
  }
}

}  // namespace
}  // namespace matchmaker::demo
