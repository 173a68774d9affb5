#ifndef MATCHMAKER_SERVER_SERVICE_MATCHER_METRICS_H_
#define MATCHMAKER_SERVER_SERVICE_MATCHER_METRICS_H_

// Per matching operation: how many candidates each stage saw (considered → removed by hard
// rules → scored → returned) and how long the matcher took. The matcher stays free of metrics
// code; MatchOperations reads the counts from its results and reports them here.

#include <array>
#include <cstdint>

#include "absl/time/time.h"
#include "server/observability/metrics_registry.h"

namespace matchmaker::service {

enum class MatcherOperation {
  kFindCreators,
  kSuitableBriefs,
  kSimilar,
  kPlan,
  kAllocate,
};
inline constexpr int kMatcherOperationCount = 5;

struct MatcherStageCounts {
  int64_t considered = 0;  // candidates (or pairs) scanned
  int64_t excluded = 0;    // removed by a hard rule
  int64_t scored = 0;      // fully scored
  int64_t returned = 0;    // in the response
};

class MatcherMetrics {
 public:
  // Registers (and pre-creates every series of) matchmaker_matcher_candidates_total and
  // matchmaker_matcher_latency_seconds in `registry`, which must outlive this.
  explicit MatcherMetrics(observability::MetricsRegistry& registry);
  MatcherMetrics(const MatcherMetrics&) = delete;
  MatcherMetrics& operator=(const MatcherMetrics&) = delete;

  // Lock-free: a few relaxed atomic adds.
  void Record(MatcherOperation operation, const MatcherStageCounts& counts, absl::Duration latency);

 private:
  struct Series {
    observability::Counter* considered = nullptr;
    observability::Counter* excluded = nullptr;
    observability::Counter* scored = nullptr;
    observability::Counter* returned = nullptr;
    observability::Histogram* latency = nullptr;
  };
  std::array<Series, kMatcherOperationCount> series_;
};

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_MATCHER_METRICS_H_
