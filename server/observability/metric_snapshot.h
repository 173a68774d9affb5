#ifndef MATCHMAKER_SERVER_OBSERVABILITY_METRIC_SNAPSHOT_H_
#define MATCHMAKER_SERVER_OBSERVABILITY_METRIC_SNAPSHOT_H_

// A point-in-time copy of metric families: what the registry and its collectors produce and
// what the Prometheus renderer consumes. Plain values, so rendering never touches live atomics
// and collectors (RocksDB, the executor) can report values computed at scrape time.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace matchmaker::observability {

enum class MetricType { kCounter, kGauge, kHistogram, kSummary };

// Label name → value, in the family's declared label order.
using Labels = std::vector<std::pair<std::string, std::string>>;

struct HistogramValue {
  // Upper bounds (ascending, without +Inf) and the cumulative count at each bound.
  std::vector<double> bounds;
  std::vector<uint64_t> cumulative_counts;
  uint64_t count = 0;  // the +Inf bucket
  double sum = 0;
};

struct SummaryValue {
  // (quantile in [0, 1], value), ascending quantile.
  std::vector<std::pair<double, double>> quantiles;
  uint64_t count = 0;
  double sum = 0;
};

struct SampleSnapshot {
  Labels labels;
  double value = 0;          // counters and gauges
  HistogramValue histogram;  // kHistogram
  SummaryValue summary;      // kSummary
};

struct FamilySnapshot {
  std::string name;  // [a-zA-Z_:][a-zA-Z0-9_:]*
  std::string help;
  MetricType type = MetricType::kGauge;
  std::vector<SampleSnapshot> samples;
};

}  // namespace matchmaker::observability

#endif  // MATCHMAKER_SERVER_OBSERVABILITY_METRIC_SNAPSHOT_H_
