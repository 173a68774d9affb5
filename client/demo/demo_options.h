#ifndef MATCHMAKER_CLIENT_DEMO_DEMO_OPTIONS_H_
#define MATCHMAKER_CLIENT_DEMO_DEMO_OPTIONS_H_

#include <cstdint>

namespace matchmaker::demo {

// What demo market to generate. The same options always give the same market.
struct DemoOptions {
  int creators = 10000;
  int brands = 100;
  int briefs = 300;
  uint64_t seed = 1;
  // Must equal the server's --embedding_dim.
  int embedding_dim = 64;
  // "Now" of the market (Unix seconds): last posts lie before it, briefs run around it. Fixed
  // (2026-12-01T00:00:00Z) rather than the wall clock so output is reproducible.
  int64_t reference_unix_seconds = 1796083200;
};

}  // namespace matchmaker::demo

#endif  // MATCHMAKER_CLIENT_DEMO_DEMO_OPTIONS_H_
