#ifndef MATCHMAKER_CLIENT_DEMO_BRAND_GENERATOR_H_
#define MATCHMAKER_CLIENT_DEMO_BRAND_GENERATOR_H_

#include <set>
#include <string>
#include <vector>

#include "client/demo/demo_options.h"
#include "matchmaker/v1/brand.pb.h"

namespace matchmaker::demo {

// Generated brands plus what the brief generator needs to know about them.
struct GeneratedBrands {
  std::vector<v1::Brand> brands;
  // Ids of small businesses: local, limited stock, so their briefs cap total reach.
  std::set<std::string> small_business_ids;
};

// Brands "brand-001".., each in a weighted category, with values and a location. Competitors
// are other generated brands of the same category (of the same top-level category when it has
// no other brand), by id.
GeneratedBrands GenerateBrands(const DemoOptions& options);

// Index into BrandCategories() of `brand`'s category.
size_t BrandCategoryIndex(const v1::Brand& brand);

}  // namespace matchmaker::demo

#endif  // MATCHMAKER_CLIENT_DEMO_BRAND_GENERATOR_H_
