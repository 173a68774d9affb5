#include "bench/synthetic_market.h"

#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace matchmaker::bench {
namespace {

using matcher::BrandProfile;
using matcher::BriefProfile;
using matcher::CreatorProfile;
using matcher::Platform;

const char* const kRoots[] = {"food",   "fitness", "beauty",  "tech",
                              "travel", "gaming",  "fashion", "home"};

std::string Niche(std::mt19937_64& rng) {
  std::uniform_int_distribution<int> root(0, 7), mid(0, 5), leaf(0, 4);
  std::string n = kRoots[root(rng)];
  n += "/t" + std::to_string(mid(rng));
  if (rng() % 2) n += "/l" + std::to_string(leaf(rng));
  return n;
}

std::vector<float> Embedding(std::mt19937_64& rng, int dim) {
  std::normal_distribution<float> g(0, 1);
  std::vector<float> v(dim);
  for (float& x : v) x = g(rng);
  return v;
}

}  // namespace

void FillSyntheticMarket(const MarketSize& size, matcher::MatchingState* state) {
  std::mt19937_64 rng(size.seed);
  const char* countries[] = {"US", "GB", "DE", "FR", "CA", "BR"};
  for (int b = 0; b < size.brands; ++b) {
    BrandProfile brand;
    brand.id = "brand-" + std::to_string(b);
    brand.name = "Brand " + std::to_string(b);
    brand.category = std::string(kRoots[b % 8]) + "/c" + std::to_string(b % 5);
    brand.competitors = {"brand-" + std::to_string((b + 1) % size.brands)};
    (void)state->UpsertBrand(brand);
  }
  std::lognormal_distribution<double> followers(std::log(20'000.0), 1.6);
  std::lognormal_distribution<double> engagement(0.0, 0.4);
  std::uniform_real_distribution<double> unit(0, 1);
  for (int i = 0; i < size.creators; ++i) {
    CreatorProfile c;
    c.id = "cr-" + std::to_string(i);
    const int accounts = 1 + static_cast<int>(rng() % 2);
    for (int a = 0; a < accounts; ++a) {
      matcher::AccountProfile acc;
      acc.platform = a == 0 ? Platform::kInstagram : Platform::kTikTok;
      acc.followers = static_cast<int64_t>(std::max(100.0, followers(rng)));
      const double norm = state->config().engagement_norms.Expected(acc.platform, acc.followers);
      acc.avg_likes = acc.followers * norm * engagement(rng) * 0.9;
      acc.avg_comments = acc.followers * norm * 0.1;
      acc.posts_per_week = 1 + 6 * unit(rng);
      acc.reply_rate = unit(rng);
      acc.audience_countries = {{countries[rng() % 6], 0.6}, {countries[rng() % 6], 0.3}};
      acc.audience_age[2] = 0.5;
      acc.audience_age[3] = 0.5;
      acc.audience_female_fraction = unit(rng);
      c.accounts.push_back(acc);
    }
    const int niches = 1 + static_cast<int>(rng() % 3);
    for (int n = 0; n < niches; ++n) c.niches.push_back({Niche(rng), n == 0 ? 1.0 : 0.5});
    c.tags = {"t" + std::to_string(rng() % 40), "t" + std::to_string(rng() % 40)};
    c.embedding = Embedding(rng, size.embedding_dim);
    c.country = countries[rng() % 6];
    c.languages = {rng() % 4 == 0 ? "de" : "en"};
    c.min_fee_cents = static_cast<int64_t>(c.accounts[0].followers * 0.8);
    c.max_concurrent_partnerships = 1 + static_cast<int>(rng() % 4);
    if (rng() % 10 == 0) c.blocked_categories = {kRoots[rng() % 8]};
    if (rng() % 5 == 0) {
      c.sponsorships.push_back({"brand-" + std::to_string(rng() % size.brands), "", "",
                                1'700'000'000 - static_cast<int64_t>(rng() % 400) * 86'400,
                                Platform::kInstagram});
    }
    (void)state->UpsertCreator(c);
  }
  for (int b = 0; b < size.briefs; ++b) {
    BriefProfile brief;
    brief.id = "bf-" + std::to_string(b);
    brief.brand_id = "brand-" + std::to_string(b % size.brands);
    brief.niches = {{Niche(rng), 1.0}};
    if (rng() % 2) brief.niches.push_back({Niche(rng), 0.5});
    brief.tags = {"t" + std::to_string(rng() % 40)};
    brief.embedding = Embedding(rng, size.embedding_dim);
    brief.platforms = {rng() % 3 == 0 ? Platform::kTikTok : Platform::kInstagram};
    brief.min_followers = 5'000;
    brief.max_followers = 200'000;
    brief.languages = {"en"};
    brief.competitor_exclusivity_days = 90;
    brief.budget_per_creator_max_cents = 20'000 + static_cast<int64_t>(rng() % 200'000);
    brief.budget_total_cents = brief.budget_per_creator_max_cents * 10;
    brief.compensation = {
        {matcher::CompensationKind::kFlatFee, brief.budget_per_creator_max_cents, 0}};
    brief.deliverables = {{brief.platforms[0], matcher::DeliverableKind::kPost, 1}};
    brief.creators_wanted = 10;
    brief.target_countries = {countries[rng() % 6]};
    (void)state->UpsertBrief(brief);
  }
}

}  // namespace matchmaker::bench
