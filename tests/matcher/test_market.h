#ifndef MATCHMAKER_TESTS_MATCHER_TEST_MARKET_H_
#define MATCHMAKER_TESTS_MATCHER_TEST_MARKET_H_

// Small hand-made creators and briefs for the matcher's unit tests: every field a test does not
// set is neutral, so each test changes exactly the thing it is about.

#include <string>

#include "server/matcher/matcher_config.h"
#include "server/matcher/profiles.h"

namespace matchmaker::matcher::testing {

inline constexpr UnixSeconds kNow = 1'700'000'000;  // Nov 2023
inline constexpr int kDim = 8;

inline std::vector<float> Axis(int i) {
  std::vector<float> v(kDim, 0.0f);
  v[i % kDim] = 1.0f;
  return v;
}

// An Instagram micro creator exactly at the engagement norm.
inline CreatorProfile MakeCreator(const std::string& id, const std::string& niche,
                                  int64_t followers = 20'000) {
  CreatorProfile c;
  c.id = id;
  AccountProfile a;
  a.platform = Platform::kInstagram;
  a.followers = followers;
  const double rate = followers <= 10'000 ? 0.04 : 0.03;
  a.avg_likes = followers * rate;
  a.posts_per_week = 4;
  a.reply_rate = 0.5;
  c.accounts.push_back(a);
  c.niches.push_back({niche, 1.0});
  c.embedding = Axis(0);
  c.country = "US";
  c.languages = {"en"};
  c.rate_card.push_back({Platform::kInstagram, DeliverableKind::kPost, followers});  // 1¢/follower
  return c;
}

// An open brief for one Instagram post, paying a flat fee.
inline BriefProfile MakeBrief(const std::string& id, const std::string& brand_id,
                              const std::string& niche, int64_t fee_cents = 50'000) {
  BriefProfile b;
  b.id = id;
  b.brand_id = brand_id;
  b.niches.push_back({niche, 1.0});
  b.embedding = Axis(0);
  b.platforms = {Platform::kInstagram};
  b.min_followers = 10'000;
  b.max_followers = 100'000;
  b.budget_total_cents = fee_cents * 5;
  b.budget_per_creator_max_cents = fee_cents;
  b.compensation.push_back({CompensationKind::kFlatFee, fee_cents, 0});
  b.deliverables.push_back({Platform::kInstagram, DeliverableKind::kPost, 1});
  b.creators_wanted = 5;
  return b;
}

inline BrandProfile MakeBrand(const std::string& id, const std::string& category) {
  BrandProfile b;
  b.id = id;
  b.name = id + " inc";
  b.category = category;
  return b;
}

inline MatcherConfig TestConfig() {
  MatcherConfig config;
  config.embedding_dim = kDim;
  return config;
}

}  // namespace matchmaker::matcher::testing

#endif  // MATCHMAKER_TESTS_MATCHER_TEST_MARKET_H_
