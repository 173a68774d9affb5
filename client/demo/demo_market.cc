#include "client/demo/demo_market.h"

#include "client/demo/aesthetic_space.h"
#include "client/demo/brand_generator.h"
#include "client/demo/brief_generator.h"
#include "client/demo/creator_generator.h"

namespace matchmaker::demo {

DemoMarket GenerateDemoMarket(const DemoOptions& options) {
  DemoMarket market;
  const AestheticSpace aesthetics(options.seed, options.embedding_dim);
  GeneratedBrands brands = GenerateBrands(options);
  market.creators.reserve(options.creators);
  for (int n = 1; n <= options.creators; ++n) {
    GeneratedCreator generated = GenerateCreator(options, n, brands.brands, aesthetics);
    if (generated.anomaly != AudienceAnomaly::kNone) {
      market.anomalous_creator_ids.insert(generated.creator.id());
    }
    market.creators.push_back(std::move(generated.creator));
  }
  for (int n = 1; n <= options.briefs; ++n) {
    market.briefs.push_back(GenerateBrief(options, n, brands, aesthetics));
  }
  market.brands = std::move(brands.brands);
  return market;
}

void ForEachRecord(const DemoMarket& market, const std::function<void(const v1::Record&)>& visit) {
  v1::Record record;
  for (const v1::Brand& brand : market.brands) {
    *record.mutable_brand() = brand;
    visit(record);
  }
  for (const v1::Creator& creator : market.creators) {
    *record.mutable_creator() = creator;
    visit(record);
  }
  for (const v1::Brief& brief : market.briefs) {
    *record.mutable_brief() = brief;
    visit(record);
  }
}

}  // namespace matchmaker::demo
