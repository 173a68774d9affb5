// The speed budget of issue 3: FindCreators exact over 100,000 creators with 64-d embeddings
// (p50 ≤ 20 ms on one thread) and ListSuitableBriefs over 5,000 open briefs (≤ 2 ms).
// Each iteration is one query for a different brief / creator; run with
//   build/bin/matcher_bench --benchmark_repetitions=5
// and read the *_median rows. Figures are in docs/PERFORMANCE.md.

#include <memory>
#include <string>

#include "bench/synthetic_market.h"
#include "benchmark/benchmark.h"
#include "server/matcher/matcher.h"

namespace matchmaker::bench {
namespace {

const matcher::MatchingState& Market() {
  static const matcher::MatchingState* state = [] {
    matcher::MatcherConfig config;
    config.embedding_dim = 64;
    auto* s = new matcher::MatchingState(config);
    FillSyntheticMarket(MarketSize(), s);
    return s;
  }();
  return *state;
}

void BM_FindCreators(benchmark::State& st) {
  const matcher::MatchingState& state = Market();
  matcher::RankRequest request;
  request.limit = static_cast<int>(st.range(0));
  request.scoring.now = 1'700'000'000;
  int i = 0;
  int64_t eligible = 0;
  for (auto _ : st) {
    auto ranked = matcher::FindCreators(state, "bf-" + std::to_string(i++ % 5000), request);
    eligible += ranked->total_eligible;
    benchmark::DoNotOptimize(ranked);
  }
  st.counters["creators"] = static_cast<double>(state.creator_count());
  st.counters["eligible"] =
      benchmark::Counter(static_cast<double>(eligible), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_FindCreators)->Arg(50)->Unit(benchmark::kMillisecond);

void BM_ListSuitableBriefs(benchmark::State& st) {
  const matcher::MatchingState& state = Market();
  matcher::RankRequest request;
  request.limit = 50;
  request.scoring.now = 1'700'000'000;
  int i = 0;
  int64_t eligible = 0;
  for (auto _ : st) {
    auto ranked =
        matcher::ListSuitableBriefs(state, "cr-" + std::to_string((i++ * 7919) % 100'000), request);
    eligible += ranked->total_eligible;
    benchmark::DoNotOptimize(ranked);
  }
  st.counters["open_briefs"] = static_cast<double>(state.brief_count());
  st.counters["eligible"] =
      benchmark::Counter(static_cast<double>(eligible), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_ListSuitableBriefs)->Unit(benchmark::kMillisecond);

void BM_ExplainMatch(benchmark::State& st) {
  const matcher::MatchingState& state = Market();
  matcher::ScoringOptions options;
  options.now = 1'700'000'000;
  int i = 0;
  for (auto _ : st) {
    auto e = matcher::ExplainMatch(state, "bf-" + std::to_string(i % 5000),
                                   "cr-" + std::to_string((i * 31) % 100'000), options);
    ++i;
    benchmark::DoNotOptimize(e);
  }
}
BENCHMARK(BM_ExplainMatch)->Unit(benchmark::kMicrosecond);

void BM_FindSimilarCreators(benchmark::State& st) {
  const matcher::MatchingState& state = Market();
  int i = 0;
  for (auto _ : st) {
    auto similar =
        matcher::FindSimilarCreators(state, "cr-" + std::to_string(i++ % 100'000), 0, 20);
    benchmark::DoNotOptimize(similar);
  }
}
BENCHMARK(BM_FindSimilarCreators)->Unit(benchmark::kMillisecond);

void BM_PlanCampaign(benchmark::State& st) {
  const matcher::MatchingState& state = Market();
  matcher::PlanRequest request;
  request.scoring.now = 1'700'000'000;
  int i = 0;
  for (auto _ : st) {
    auto plan = matcher::PlanCampaign(state, "bf-" + std::to_string(i++ % 5000), request);
    benchmark::DoNotOptimize(plan);
  }
}
BENCHMARK(BM_PlanCampaign)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace matchmaker::bench

BENCHMARK_MAIN();
