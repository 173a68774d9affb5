#include "tests/fuzz/seed_market.h"

#include "client/demo/demo_options.h"

namespace matchmaker::fuzz {

const demo::DemoMarket& SeedMarket() {
  static const auto* const market = [] {
    demo::DemoOptions options;
    options.creators = 24;
    options.brands = 4;
    options.briefs = 8;
    options.seed = 4;
    options.embedding_dim = 64;
    return new demo::DemoMarket(demo::GenerateDemoMarket(options));
  }();
  return *market;
}

}  // namespace matchmaker::fuzz
