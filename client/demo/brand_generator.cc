#include "client/demo/brand_generator.h"

#include <map>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "client/demo/demo_format.h"
#include "client/demo/demo_random.h"
#include "client/demo/market_vocabulary.h"

namespace matchmaker::demo {
namespace {

std::vector<double> CategoryWeights() {
  std::vector<double> weights;
  for (const BrandCategoryInfo& info : BrandCategories()) weights.push_back(info.weight);
  return weights;
}

std::vector<double> CountryWeights() {
  std::vector<double> weights;
  for (const CountryInfo& info : Countries()) weights.push_back(info.weight);
  return weights;
}

std::string Slug(const std::string& name) {
  std::string slug;
  for (char c : absl::AsciiStrToLower(name)) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(c))) slug.push_back(c);
  }
  return slug;
}

// Other brands for `self`: same category first, else same top-level category.
std::vector<size_t> CompetitorCandidates(const std::vector<v1::Brand>& brands, size_t self) {
  std::vector<size_t> same_category, same_top_level;
  for (size_t i = 0; i < brands.size(); ++i) {
    if (i == self) continue;
    if (brands[i].category() == brands[self].category()) {
      same_category.push_back(i);
    } else if (TopLevelOf(brands[i].category()) == TopLevelOf(brands[self].category())) {
      same_top_level.push_back(i);
    }
  }
  return same_category.empty() ? same_top_level : same_category;
}

// Whether a category sells physical stock: only those brands can be local small businesses
// whose limited stock caps how much reach they can use.
bool SellsStock(const std::string& category) {
  for (const char* top : {"gambling", "finance", "gaming", "books"}) {
    if (TopLevelOf(category) == top) return false;
  }
  return true;
}

}  // namespace

size_t BrandCategoryIndex(const v1::Brand& brand) {
  const auto& categories = BrandCategories();
  for (size_t i = 0; i < categories.size(); ++i) {
    if (categories[i].category == brand.category()) return i;
  }
  return 0;
}

GeneratedBrands GenerateBrands(const DemoOptions& options) {
  GeneratedBrands generated;
  const std::vector<double> category_weights = CategoryWeights();
  const std::vector<double> country_weights = CountryWeights();
  const std::vector<std::string>& prefixes = BrandNamePrefixes();
  DemoRandom name_random = DemoRandom::ForEntity(options.seed, "brand-names", 0);
  const std::vector<size_t> prefix_order =
      name_random.SampleDistinct(prefixes.size(), prefixes.size());
  std::set<std::string> used_names;

  for (int n = 1; n <= options.brands; ++n) {
    DemoRandom random = DemoRandom::ForEntity(options.seed, "brand", n);
    const BrandCategoryInfo& category = BrandCategories()[random.PickWeighted(category_weights)];
    const CountryInfo& country = Countries()[random.PickWeighted(country_weights)];
    const CityInfo& city = random.Pick(country.cities);
    const bool small_business = random.Bernoulli(0.35) && SellsStock(category.category);

    std::string name = absl::StrCat(prefixes[prefix_order[(n - 1) % prefix_order.size()]], " ",
                                    random.Pick(category.name_suffixes));
    for (int suffix = 2; used_names.count(name) > 0; ++suffix) {
      name = absl::StrCat(prefixes[prefix_order[(n - 1) % prefix_order.size()]], " ",
                          random.Pick(category.name_suffixes), " ", suffix);
    }
    used_names.insert(name);

    v1::Brand brand;
    brand.set_id(PaddedId("brand", n, 3));
    brand.set_display_name(name);
    brand.set_category(category.category);
    const size_t value_count = static_cast<size_t>(random.UniformInt(1, 3));
    for (size_t i : random.SampleDistinct(BrandValues().size(), value_count)) {
      brand.add_values(BrandValues()[i]);
    }
    brand.set_website(absl::StrCat("https://", Slug(name), ".example.com"));
    brand.mutable_location()->set_country_code(country.code);
    if (small_business) {
      brand.mutable_location()->set_region(city.region);
      brand.mutable_location()->set_city(city.city);
      brand.set_description(absl::StrCat(name, " is a small business in ", city.city, " making ",
                                         category.product, " in limited batches."));
      generated.small_business_ids.insert(brand.id());
    } else {
      brand.set_description(absl::StrCat(name, " sells ", category.product, " across ",
                                         country.code, " and online."));
    }
    generated.brands.push_back(std::move(brand));
  }

  for (size_t i = 0; i < generated.brands.size(); ++i) {
    DemoRandom random = DemoRandom::ForEntity(options.seed, "brand-competitors", i);
    std::vector<size_t> candidates = CompetitorCandidates(generated.brands, i);
    const size_t count = std::min<size_t>(candidates.size(), random.UniformInt(1, 3));
    for (size_t pick : random.SampleDistinct(candidates.size(), count)) {
      generated.brands[i].add_competitors(generated.brands[candidates[pick]].id());
    }
  }
  return generated;
}

}  // namespace matchmaker::demo
