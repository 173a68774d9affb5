// The per-call cost of observability (docs/OBSERVABILITY.md): what CallObserver adds to every
// RPC (in-flight gauge, counter by code, two histograms; optionally the JSON access log line
// written to a sink that discards it), and the primitives underneath.
//
//   ninja -C build observer_bench && build/bin/observer_bench

#include <string>
#include <thread>

#include "absl/status/status.h"
#include "absl/time/clock.h"
#include "benchmark/benchmark.h"
#include "server/observability/metrics.h"
#include "server/observability/metrics_registry.h"
#include "server/observability/prometheus_text.h"
#include "server/service/call_observer.h"

namespace matchmaker {
namespace {

void BM_CounterIncrement(benchmark::State& state) {
  observability::Counter counter;
  for (auto _ : state) counter.Increment();
  benchmark::DoNotOptimize(counter.value());
}
BENCHMARK(BM_CounterIncrement)->Threads(1)->Threads(2);

void BM_HistogramObserve(benchmark::State& state) {
  observability::Histogram histogram(observability::LatencySecondsBuckets());
  double value = 0.0001;
  for (auto _ : state) {
    histogram.Observe(value);
    value = value < 5 ? value * 1.7 : 0.0001;
  }
  benchmark::DoNotOptimize(histogram.Snapshot().count);
}
BENCHMARK(BM_HistogramObserve)->Threads(1)->Threads(2);

// One finished call as RunUnary reports it, for a method already seen.
void RunCalls(benchmark::State& state, service::CallObserver& observer) {
  const absl::Time received = absl::Now();
  const service::CallRecord record{"matchmaker.v1.BrandService/GetBrief",
                                   "brand/acme",
                                   "rq-0123456789abcdef",
                                   received,
                                   received,
                                   absl::NotFoundError("brief bf-1")};
  for (auto _ : state) {
    observer.OnCallReceived();
    observer.OnCallDone(record);
  }
}

void BM_ObserverMetricsOnly(benchmark::State& state) {
  static service::CallObserver* observer =
      new service::CallObserver(service::CallObserverOptions{false, nullptr});
  RunCalls(state, *observer);
}
BENCHMARK(BM_ObserverMetricsOnly)->Threads(1)->Threads(2);

void BM_ObserverWithAccessLog(benchmark::State& state) {
  static service::CallObserver* observer = new service::CallObserver(service::CallObserverOptions{
      true, [](absl::string_view line) { benchmark::DoNotOptimize(line.data()); }});
  RunCalls(state, *observer);
}
BENCHMARK(BM_ObserverWithAccessLog)->Threads(1)->Threads(2);

// A scrape: snapshot and render of a registry shaped like the server's (40 methods x 3 codes,
// two histograms per method).
void BM_RenderPrometheusText(benchmark::State& state) {
  service::CallObserver observer(service::CallObserverOptions{false, nullptr});
  std::vector<std::string> methods;
  for (int i = 0; i < 40; ++i)
    methods.push_back("matchmaker.v1.Service/Method" + std::to_string(i));
  const absl::Time now = absl::Now();
  for (const std::string& method : methods) {
    for (absl::Status status :
         {absl::OkStatus(), absl::NotFoundError("x"), absl::InvalidArgumentError("y")}) {
      observer.OnCallReceived();
      observer.OnCallDone({method, "admin", "rq-1", now, now, status});
    }
  }
  size_t bytes = 0;
  for (auto _ : state) {
    bytes = observability::RenderPrometheusText(observer.metrics().Snapshot()).size();
    benchmark::DoNotOptimize(bytes);
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_RenderPrometheusText);

}  // namespace
}  // namespace matchmaker

BENCHMARK_MAIN();
