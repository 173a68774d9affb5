#ifndef MATCHMAKER_TESTS_FUZZ_SEED_MARKET_H_
#define MATCHMAKER_TESTS_FUZZ_SEED_MARKET_H_

// The small demo market the fuzzers share: the corpus generator names its records in seed
// requests, and the handler fuzzer imports it before the first input, so seeds reach records
// that exist (matching, offers, history) instead of stopping at NOT_FOUND.

#include "client/demo/demo_market.h"

namespace matchmaker::fuzz {

// Deterministic: 24 creators, 4 brands, 8 briefs, embedding dimension 64 (the server default).
const demo::DemoMarket& SeedMarket();

}  // namespace matchmaker::fuzz

#endif  // MATCHMAKER_TESTS_FUZZ_SEED_MARKET_H_
