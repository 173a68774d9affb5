#ifndef MATCHMAKER_SERVER_OBSERVABILITY_METRICS_H_
#define MATCHMAKER_SERVER_OBSERVABILITY_METRICS_H_

// The live series: a counter, a gauge and a fixed-bucket histogram. Each is a handful of
// relaxed atomics, so the per-call hot path (increment a series the caller already holds) takes
// no lock and builds no string. Series are created by MetricsRegistry and never move.

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

#include "server/observability/metric_snapshot.h"

namespace matchmaker::observability {

// A monotonically increasing count.
class Counter {
 public:
  void Increment(uint64_t n = 1) { value_.fetch_add(n, std::memory_order_relaxed); }
  uint64_t value() const { return value_.load(std::memory_order_relaxed); }

 private:
  std::atomic<uint64_t> value_{0};
};

// A value that goes up and down (in-flight calls, queue depth).
class Gauge {
 public:
  void Set(double value) { value_.store(value, std::memory_order_relaxed); }
  void Add(double delta);
  double value() const { return value_.load(std::memory_order_relaxed); }

 private:
  std::atomic<double> value_{0};
};

// Counts observations into fixed buckets (upper bounds, ascending), plus their sum.
class Histogram {
 public:
  explicit Histogram(std::vector<double> bounds);
  Histogram(const Histogram&) = delete;
  Histogram& operator=(const Histogram&) = delete;

  void Observe(double value);
  HistogramValue Snapshot() const;
  const std::vector<double>& bounds() const { return bounds_; }

 private:
  const std::vector<double> bounds_;
  // counts_[i]: observations in (bounds_[i-1], bounds_[i]]; the last one is (bounds_.back(), +Inf).
  const std::unique_ptr<std::atomic<uint64_t>[]> counts_;
  std::atomic<double> sum_{0};
};

// Latency buckets in seconds: 0.5 ms … 10 s, roughly ×2–2.5 apart.
const std::vector<double>& LatencySecondsBuckets();

}  // namespace matchmaker::observability

#endif  // MATCHMAKER_SERVER_OBSERVABILITY_METRICS_H_
