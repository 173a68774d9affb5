#ifndef MATCHMAKER_CLIENT_DEMO_CREATOR_GENERATOR_H_
#define MATCHMAKER_CLIENT_DEMO_CREATOR_GENERATOR_H_

#include <vector>

#include "client/demo/account_generator.h"
#include "client/demo/aesthetic_space.h"
#include "client/demo/demo_options.h"
#include "matchmaker/v1/brand.pb.h"
#include "matchmaker/v1/creator.pb.h"

namespace matchmaker::demo {

struct GeneratedCreator {
  v1::Creator creator;
  AudienceAnomaly anomaly = AudienceAnomaly::kNone;
};

// Creates creator number `number` ("creator-00042") of the market. Depends only on the
// options, `number` and the brands (which past sponsorships and mentions refer to).
GeneratedCreator GenerateCreator(const DemoOptions& options, int number,
                                 const std::vector<v1::Brand>& brands,
                                 const AestheticSpace& aesthetics);

}  // namespace matchmaker::demo

#endif  // MATCHMAKER_CLIENT_DEMO_CREATOR_GENERATOR_H_
