#include "server/observability/metrics.h"

#include <thread>
#include <vector>

#include "gtest/gtest.h"

namespace matchmaker::observability {
namespace {

TEST(CounterTest, Increments) {
  Counter counter;
  counter.Increment();
  counter.Increment(41);
  EXPECT_EQ(counter.value(), 42u);
}

TEST(GaugeTest, SetAndAdd) {
  Gauge gauge;
  gauge.Set(3);
  gauge.Add(-1.5);
  EXPECT_DOUBLE_EQ(gauge.value(), 1.5);
}

TEST(HistogramTest, BoundsAreInclusiveUpperLimits) {
  Histogram histogram({1, 2, 5});
  for (double v : {0.5, 1.0, 1.5, 2.0, 4.0, 5.0, 7.0}) histogram.Observe(v);
  const HistogramValue value = histogram.Snapshot();
  ASSERT_EQ(value.cumulative_counts.size(), 3u);
  EXPECT_EQ(value.cumulative_counts[0], 2u);  // 0.5, 1.0
  EXPECT_EQ(value.cumulative_counts[1], 4u);  // + 1.5, 2.0
  EXPECT_EQ(value.cumulative_counts[2], 6u);  // + 4.0, 5.0
  EXPECT_EQ(value.count, 7u);                 // + 7.0 in +Inf
  EXPECT_DOUBLE_EQ(value.sum, 21.0);
}

TEST(HistogramTest, ConcurrentObservationsAreAllCounted) {
  Histogram histogram(LatencySecondsBuckets());
  Counter counter;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 10000; ++i) {
        histogram.Observe(0.001);
        counter.Increment();
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(histogram.Snapshot().count, 40000u);
  EXPECT_NEAR(histogram.Snapshot().sum, 40.0, 1e-6);
  EXPECT_EQ(counter.value(), 40000u);
}

TEST(LatencyBucketsTest, SpanHalfMillisecondToTenSecondsAscending) {
  const std::vector<double>& buckets = LatencySecondsBuckets();
  ASSERT_FALSE(buckets.empty());
  EXPECT_DOUBLE_EQ(buckets.front(), 0.0005);
  EXPECT_DOUBLE_EQ(buckets.back(), 10);
  for (size_t i = 1; i < buckets.size(); ++i) EXPECT_LT(buckets[i - 1], buckets[i]);
}

}  // namespace
}  // namespace matchmaker::observability
