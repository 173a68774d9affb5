#include "server/service/collected_metrics.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"

namespace matchmaker::service {
namespace {

using observability::FamilySnapshot;
using observability::MetricType;
using observability::SampleSnapshot;

FamilySnapshot Family(std::string name, std::string help, MetricType type) {
  FamilySnapshot family;
  family.name = std::move(name);
  family.help = std::move(help);
  family.type = type;
  return family;
}

void CollectStore(const storage::Store& store, std::vector<FamilySnapshot>* out) {
  const storage::StoreStatistics stats = store.Statistics();
  for (const storage::StoreStatistics::Ticker& ticker : stats.tickers) {
    FamilySnapshot family = Family(absl::StrCat("matchmaker_rocksdb_", ticker.name, "_total"),
                                   ticker.help, MetricType::kCounter);
    SampleSnapshot sample;
    sample.value = static_cast<double>(ticker.value);
    family.samples.push_back(std::move(sample));
    out->push_back(std::move(family));
  }
  for (const storage::StoreStatistics::Latency& latency : stats.latencies) {
    FamilySnapshot family = Family(absl::StrCat("matchmaker_rocksdb_", latency.name), latency.help,
                                   MetricType::kSummary);
    SampleSnapshot sample;
    sample.summary.quantiles = {{0.5, latency.p50}, {0.95, latency.p95}, {0.99, latency.p99}};
    sample.summary.count = latency.count;
    sample.summary.sum = static_cast<double>(latency.sum);
    family.samples.push_back(std::move(sample));
    out->push_back(std::move(family));
  }
  // Properties: one family per name, a sample per column family (or one unlabelled sample).
  std::map<std::string, FamilySnapshot> properties;
  for (const storage::StoreStatistics::Property& property : stats.properties) {
    const std::string name = absl::StrCat("matchmaker_rocksdb_", property.name);
    auto [it, inserted] = properties.try_emplace(name);
    if (inserted) it->second = Family(name, property.help, MetricType::kGauge);
    SampleSnapshot sample;
    if (!property.column_family.empty()) {
      sample.labels = {{"column_family", property.column_family}};
    }
    sample.value = static_cast<double>(property.value);
    it->second.samples.push_back(std::move(sample));
  }
  for (auto& [name, family] : properties) out->push_back(std::move(family));
}

}  // namespace

void RegisterExecutorMetrics(observability::MetricsRegistry& registry, const Executor& executor) {
  registry.AddCollector([&executor](std::vector<FamilySnapshot>* out) {
    FamilySnapshot family = Family(
        "matchmaker_executor_queued_calls",
        "Tasks waiting for a worker thread now (calls and stream batches).", MetricType::kGauge);
    SampleSnapshot sample;
    sample.value = static_cast<double>(executor.queued());
    family.samples.push_back(std::move(sample));
    out->push_back(std::move(family));
  });
}

void RegisterStoreMetrics(observability::MetricsRegistry& registry, const storage::Store& store) {
  registry.AddCollector([&store](std::vector<FamilySnapshot>* out) { CollectStore(store, out); });
}

}  // namespace matchmaker::service
