#ifndef MATCHMAKER_BENCH_SYNTHETIC_MARKET_H_
#define MATCHMAKER_BENCH_SYNTHETIC_MARKET_H_

// A deterministic synthetic market for benchmarks: creators with realistic shapes (power-law
// followers, engagement around the norm, 1–3 niches from a 3-level taxonomy, 64-d embeddings)
// and open briefs over the same niches.

#include <cstdint>

#include "server/matcher/matching_state.h"

namespace matchmaker::bench {

struct MarketSize {
  int creators = 100'000;
  int briefs = 5'000;
  int brands = 500;
  int embedding_dim = 64;
  uint64_t seed = 42;
};

// Fills `state` (built with MatcherConfig::embedding_dim == size.embedding_dim).
void FillSyntheticMarket(const MarketSize& size, matcher::MatchingState* state);

}  // namespace matchmaker::bench

#endif  // MATCHMAKER_BENCH_SYNTHETIC_MARKET_H_
