#include "server/matcher/fusion.h"

#include "gtest/gtest.h"

namespace matchmaker::matcher {
namespace {

TEST(FusionTest, HarmonicMeanIsTheDefaultAndPunishesOneSidedPairs) {
  EXPECT_DOUBLE_EQ(Fuse(FusionMethod::kUnspecified, 0.9, 0.1),
                   Fuse(FusionMethod::kHarmonicMean, 0.9, 0.1));
  EXPECT_NEAR(Fuse(FusionMethod::kHarmonicMean, 0.9, 0.1), 0.18, 1e-12);
  EXPECT_GT(Fuse(FusionMethod::kHarmonicMean, 0.5, 0.5),
            Fuse(FusionMethod::kHarmonicMean, 0.9, 0.1));
  EXPECT_EQ(Fuse(FusionMethod::kHarmonicMean, 0, 0), 0);
}

TEST(FusionTest, ProductMinAndUninorm) {
  EXPECT_DOUBLE_EQ(Fuse(FusionMethod::kProduct, 0.5, 0.4), 0.2);
  EXPECT_DOUBLE_EQ(Fuse(FusionMethod::kMin, 0.5, 0.4), 0.4);
  // The cross-ratio uninorm has 0.5 as neutral element and reinforces agreement.
  EXPECT_NEAR(Fuse(FusionMethod::kUninorm, 0.5, 0.8), 0.8, 1e-12);
  EXPECT_GT(Fuse(FusionMethod::kUninorm, 0.8, 0.8), 0.8);
  EXPECT_LT(Fuse(FusionMethod::kUninorm, 0.2, 0.2), 0.2);
  EXPECT_EQ(Fuse(FusionMethod::kUninorm, 0.0, 1.0), 0.0);
}

TEST(FusionTest, InputsAreClamped) {
  EXPECT_DOUBLE_EQ(Fuse(FusionMethod::kMin, 1.5, 2.0), 1.0);
  EXPECT_DOUBLE_EQ(Fuse(FusionMethod::kProduct, -1, 0.5), 0.0);
}

}  // namespace
}  // namespace matchmaker::matcher
