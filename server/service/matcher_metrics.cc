#include "server/service/matcher_metrics.h"

#include <string>

namespace matchmaker::service {
namespace {

const char* OperationLabel(MatcherOperation operation) {
  switch (operation) {
    case MatcherOperation::kFindCreators:
      return "find_creators";
    case MatcherOperation::kSuitableBriefs:
      return "suitable_briefs";
    case MatcherOperation::kSimilar:
      return "similar";
    case MatcherOperation::kPlan:
      return "plan";
    case MatcherOperation::kAllocate:
      return "allocate";
  }
  return "unknown";
}

}  // namespace

MatcherMetrics::MatcherMetrics(observability::MetricsRegistry& registry) {
  observability::CounterFamily& candidates = registry.AddCounter(
      "matchmaker_matcher_candidates_total",
      "Matcher candidates by operation and stage: considered (scanned), excluded (removed by a "
      "hard rule), scored (fully scored), returned (in the response).",
      {"operation", "stage"});
  observability::HistogramFamily& latency =
      registry.AddHistogram("matchmaker_matcher_latency_seconds",
                            "Time spent in the matcher per successful matching operation.",
                            {"operation"}, observability::LatencySecondsBuckets());
  for (int i = 0; i < kMatcherOperationCount; ++i) {
    const std::string op = OperationLabel(static_cast<MatcherOperation>(i));
    Series& s = series_[i];
    s.considered = &candidates.WithLabels({op, "considered"});
    s.excluded = &candidates.WithLabels({op, "excluded"});
    s.scored = &candidates.WithLabels({op, "scored"});
    s.returned = &candidates.WithLabels({op, "returned"});
    s.latency = &latency.WithLabels({op});
  }
}

void MatcherMetrics::Record(MatcherOperation operation, const MatcherStageCounts& counts,
                            absl::Duration latency) {
  const Series& s = series_[static_cast<int>(operation)];
  s.considered->Increment(static_cast<uint64_t>(counts.considered));
  s.excluded->Increment(static_cast<uint64_t>(counts.excluded));
  s.scored->Increment(static_cast<uint64_t>(counts.scored));
  s.returned->Increment(static_cast<uint64_t>(counts.returned));
  s.latency->Observe(absl::ToDoubleSeconds(latency));
}

}  // namespace matchmaker::service
