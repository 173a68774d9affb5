#ifndef MATCHMAKER_CLIENT_DEMO_BRIEF_GENERATOR_H_
#define MATCHMAKER_CLIENT_DEMO_BRIEF_GENERATOR_H_

#include "client/demo/aesthetic_space.h"
#include "client/demo/brand_generator.h"
#include "client/demo/demo_options.h"
#include "matchmaker/v1/brief.pb.h"

namespace matchmaker::demo {

// Brief number `number` ("brief-0007"). The first briefs go one per brand so every brand has
// one; the rest to random brands. Small businesses cap total reach to what their stock can
// serve and lean on many small creators; most briefs are OPEN.
v1::Brief GenerateBrief(const DemoOptions& options, int number, const GeneratedBrands& brands,
                        const AestheticSpace& aesthetics);

}  // namespace matchmaker::demo

#endif  // MATCHMAKER_CLIENT_DEMO_BRIEF_GENERATOR_H_
