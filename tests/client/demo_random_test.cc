// The hand-written distributions are reproducible and shaped as documented.

#include "client/demo/demo_random.h"

#include <cmath>
#include <set>

#include "gtest/gtest.h"

namespace matchmaker::demo {
namespace {

TEST(DemoRandomTest, SameSeedSameSequence) {
  DemoRandom a(42), b(42);
  for (int i = 0; i < 100; ++i) EXPECT_EQ(a.NextWord(), b.NextWord());
}

TEST(DemoRandomTest, FirstWordIsTheStandardMt19937_64Output) {
  // The standard fixes mt19937_64's 10000th output for the default seed; the generator must
  // be that engine so output is identical on every platform.
  DemoRandom random(5489u);
  uint64_t word = 0;
  for (int i = 0; i < 10000; ++i) word = random.NextWord();
  EXPECT_EQ(word, 9981545732273789042ULL);
}

TEST(DemoRandomTest, EntityStreamsAreIndependentOfEachOther) {
  DemoRandom a = DemoRandom::ForEntity(1, "creator", 5);
  DemoRandom b = DemoRandom::ForEntity(1, "creator", 6);
  DemoRandom c = DemoRandom::ForEntity(1, "brief", 5);
  const uint64_t wa = a.NextWord();
  EXPECT_NE(wa, b.NextWord());
  EXPECT_NE(wa, c.NextWord());
  EXPECT_EQ(wa, DemoRandom::ForEntity(1, "creator", 5).NextWord());
}

TEST(DemoRandomTest, UniformIntStaysInRangeAndHitsBothEnds) {
  DemoRandom random(1);
  std::set<int64_t> seen;
  for (int i = 0; i < 1000; ++i) {
    int64_t x = random.UniformInt(3, 7);
    ASSERT_GE(x, 3);
    ASSERT_LE(x, 7);
    seen.insert(x);
  }
  EXPECT_EQ(seen.size(), 5u);
}

TEST(DemoRandomTest, NormalHasMeanZeroAndUnitVariance) {
  DemoRandom random(2);
  double sum = 0, squares = 0;
  const int n = 20000;
  for (int i = 0; i < n; ++i) {
    double x = random.Normal();
    sum += x;
    squares += x * x;
  }
  EXPECT_NEAR(sum / n, 0.0, 0.03);
  EXPECT_NEAR(squares / n, 1.0, 0.05);
}

TEST(DemoRandomTest, LogNormalWithinRespectsBounds) {
  DemoRandom random(3);
  for (int i = 0; i < 1000; ++i) {
    double x = random.LogNormalWithin(100, 2.0, 50, 150);
    ASSERT_GE(x, 50);
    ASSERT_LE(x, 150);
  }
}

TEST(DemoRandomTest, PickWeightedFollowsWeightsAndSkipsZeroWeights) {
  DemoRandom random(4);
  int counts[3] = {0, 0, 0};
  for (int i = 0; i < 10000; ++i) ++counts[random.PickWeighted({1.0, 0.0, 3.0})];
  EXPECT_EQ(counts[1], 0);
  EXPECT_NEAR(counts[2] / 10000.0, 0.75, 0.03);
}

TEST(DemoRandomTest, SampleDistinctReturnsDistinctIndices) {
  DemoRandom random(5);
  std::vector<size_t> sample = random.SampleDistinct(10, 4);
  EXPECT_EQ(sample.size(), 4u);
  EXPECT_EQ(std::set<size_t>(sample.begin(), sample.end()).size(), 4u);
  EXPECT_EQ(random.SampleDistinct(3, 10).size(), 3u);
}

}  // namespace
}  // namespace matchmaker::demo
