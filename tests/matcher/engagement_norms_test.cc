#include "server/matcher/engagement_norms.h"

#include "gtest/gtest.h"

namespace matchmaker::matcher {
namespace {

TEST(EngagementNormsTest, DefaultsCarryTheSeedFigures) {
  const EngagementNorms norms = EngagementNorms::Defaults();
  EXPECT_DOUBLE_EQ(norms.Expected(Platform::kInstagram, 500), 0.08);
  EXPECT_DOUBLE_EQ(norms.Expected(Platform::kInstagram, 5'000'000), 0.017);
  EXPECT_DOUBLE_EQ(norms.Expected(Platform::kTikTok, 10'000), 0.1796);
  EXPECT_DOUBLE_EQ(norms.Expected(Platform::kTikTok, 2'000'000), 0.0496);
}

TEST(EngagementNormsTest, InterpolatesInLogFollowersAndFallsWithSize) {
  const EngagementNorms norms = EngagementNorms::Defaults();
  const double at_3k = norms.Expected(Platform::kInstagram, 3162.28);  // half way in log10
  EXPECT_NEAR(at_3k, 0.06, 1e-4);
  double previous = 1;
  for (double followers : {100.0, 1e3, 1e4, 1e5, 1e6, 1e7}) {
    for (Platform p : {Platform::kInstagram, Platform::kTikTok, Platform::kYouTube}) {
      EXPECT_LE(norms.Expected(p, followers), norms.Expected(p, followers / 10) + 1e-12);
    }
    EXPECT_LE(norms.Expected(Platform::kInstagram, followers), previous);
    previous = norms.Expected(Platform::kInstagram, followers);
  }
}

TEST(EngagementNormsTest, CurvesAreConfigurable) {
  EngagementNorms norms = EngagementNorms::Defaults();
  norms.SetCurve(Platform::kX, {{1e3, 0.01}, {1e5, 0.005}});
  EXPECT_DOUBLE_EQ(norms.Expected(Platform::kX, 10), 0.01);
  EXPECT_NEAR(norms.Expected(Platform::kX, 1e4), 0.0075, 1e-9);
}

}  // namespace
}  // namespace matchmaker::matcher
