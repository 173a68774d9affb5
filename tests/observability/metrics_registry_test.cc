#include "server/observability/metrics_registry.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace matchmaker::observability {
namespace {

using ::testing::ElementsAre;

TEST(MetricsRegistryTest, SameLabelsGiveTheSameSeries) {
  MetricsRegistry registry;
  CounterFamily& family = registry.AddCounter("requests_total", "Requests.", {"method", "code"});
  Counter& a = family.WithLabels({"Get", "OK"});
  Counter& b = family.WithLabels({"Get", "OK"});
  Counter& c = family.WithLabels({"Get", "NOT_FOUND"});
  EXPECT_EQ(&a, &b);
  EXPECT_NE(&a, &c);
  // Registering again returns the existing family and its series.
  EXPECT_EQ(&registry.AddCounter("requests_total", "Requests.", {"method", "code"}), &family);
}

TEST(MetricsRegistryTest, SnapshotIsSortedByNameThenLabels) {
  MetricsRegistry registry;
  registry.AddGauge("zeta", "Z.").WithLabels({}).Set(1);
  CounterFamily& alpha = registry.AddCounter("alpha_total", "A.", {"k"});
  alpha.WithLabels({"b"}).Increment(2);
  alpha.WithLabels({"a"}).Increment(1);
  registry.AddHistogram("mid_seconds", "M.", {}, {1, 2}).WithLabels({}).Observe(1.5);

  const std::vector<FamilySnapshot> families = registry.Snapshot();
  ASSERT_EQ(families.size(), 3u);
  EXPECT_EQ(families[0].name, "alpha_total");
  EXPECT_EQ(families[0].type, MetricType::kCounter);
  ASSERT_EQ(families[0].samples.size(), 2u);
  EXPECT_THAT(families[0].samples[0].labels, ElementsAre(std::make_pair("k", "a")));
  EXPECT_EQ(families[0].samples[0].value, 1);
  EXPECT_EQ(families[0].samples[1].value, 2);
  EXPECT_EQ(families[1].name, "mid_seconds");
  EXPECT_EQ(families[1].samples[0].histogram.count, 1u);
  EXPECT_THAT(families[1].samples[0].histogram.cumulative_counts, ElementsAre(0u, 1u));
  EXPECT_EQ(families[2].name, "zeta");
  EXPECT_EQ(families[2].samples[0].value, 1);
}

TEST(MetricsRegistryTest, CollectorsReportAtSnapshotTime) {
  MetricsRegistry registry;
  int depth = 3;
  registry.AddCollector([&depth](std::vector<FamilySnapshot>* out) {
    FamilySnapshot family;
    family.name = "queue_depth";
    family.help = "Waiting.";
    family.type = MetricType::kGauge;
    family.samples.push_back(SampleSnapshot{{}, static_cast<double>(depth), {}, {}});
    out->push_back(family);
  });
  EXPECT_EQ(registry.Snapshot().at(0).samples.at(0).value, 3);
  depth = 7;
  EXPECT_EQ(registry.Snapshot().at(0).samples.at(0).value, 7);
}

TEST(MetricsRegistryDeathTest, MisuseAbortsWithAMessage) {
  MetricsRegistry registry;
  CounterFamily& family = registry.AddCounter("x_total", "X.", {"a"});
  EXPECT_DEATH(family.WithLabels({"1", "2"}), "x_total: 2 label values for labels \\(a\\)");
  EXPECT_DEATH(registry.AddGauge("x_total", "X."), "different kinds");
  EXPECT_DEATH(registry.AddCounter("x_total", "X.", {"b"}), "different labels");
  EXPECT_DEATH(registry.AddCounter("9bad", "X."), "invalid metric name");
  EXPECT_DEATH(registry.AddHistogram("h", "H.", {"le"}, {1}), "invalid label name 'le'");
  EXPECT_DEATH(registry.AddHistogram("h", "H.", {}, {2, 1}), "strictly ascending");
}

}  // namespace
}  // namespace matchmaker::observability
