#ifndef MATCHMAKER_CLIENT_DEMO_DEMO_MARKET_H_
#define MATCHMAKER_CLIENT_DEMO_DEMO_MARKET_H_

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "client/demo/demo_options.h"
#include "matchmaker/v1/admin_service.pb.h"

namespace matchmaker::demo {

// A whole demo market: brands, creators and briefs that refer to each other.
struct DemoMarket {
  std::vector<v1::Brand> brands;
  std::vector<v1::Creator> creators;
  std::vector<v1::Brief> briefs;
  // Creators generated with an inflated audience or an engagement pod (for tests and demos:
  // the matcher should flag them).
  std::set<std::string> anomalous_creator_ids;
};

// Same options, same market, byte for byte, on every platform.
DemoMarket GenerateDemoMarket(const DemoOptions& options);

// The market as import records, in an order the server can take: brands, creators, briefs.
void ForEachRecord(const DemoMarket& market, const std::function<void(const v1::Record&)>& visit);

}  // namespace matchmaker::demo

#endif  // MATCHMAKER_CLIENT_DEMO_DEMO_MARKET_H_
