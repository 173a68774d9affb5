#ifndef MATCHMAKER_CLIENT_DEMO_MARKET_VOCABULARY_H_
#define MATCHMAKER_CLIENT_DEMO_MARKET_VOCABULARY_H_

#include <string>
#include <vector>

#include "matchmaker/v1/common.pb.h"

namespace matchmaker::demo {

// The words of the demo market: niches, looks, places, names. Static data, weights relative.

// A leaf niche ("food/desserts") with how common creators in it are, the aesthetic tags its
// content tends to have, its audience's typical female share, and the credential that gives
// a creator in it subject-matter credibility (empty field when none applies).
struct NicheInfo {
  std::string path;
  double weight;
  std::string phrase;       // for bios and titles: "desserts and baking"
  std::string handle_word;  // for handles: "sweets"
  std::vector<std::string> typical_tags;
  double female_share;
  std::string credential_field;
  std::string credential_title;
};
const std::vector<NicheInfo>& Niches();

// A brand category, the brief niches it recruits in, and what its briefs sell.
struct BrandCategoryInfo {
  std::string category;
  double weight;
  std::vector<std::string> niches;
  std::string product;  // "small-batch snacks"
  std::vector<std::string> name_suffixes;
};
const std::vector<BrandCategoryInfo>& BrandCategories();

// Categories creators commonly refuse ("gambling" also blocks "gambling/sports-betting").
const std::vector<std::string>& CommonlyBlockedCategories();

// Aesthetic tags; each is one cluster of the embedding space.
const std::vector<std::string>& AestheticTags();

struct CityInfo {
  std::string city;
  std::string region;
};
struct CountryInfo {
  std::string code;  // ISO 3166-1 alpha-2
  double weight;
  std::string language;  // main language of content, BCP-47
  std::vector<CityInfo> cities;
};
const std::vector<CountryInfo>& Countries();

const std::vector<std::string>& FirstNames();
const std::vector<std::string>& LastNames();
const std::vector<std::string>& BrandNamePrefixes();
const std::vector<std::string>& BrandValues();

// Brands outside Matchmaker that creators have worked with or mention, per top-level niche.
std::vector<std::string> OutsideBrandNames(const std::string& top_level_niche);

// Platforms creators publish on, with how often each is a creator's main one.
struct PlatformInfo {
  v1::Platform platform;
  double main_weight;
  double extra_weight;
  // Deliverables a rate card lists for the platform, the first being the usual one.
  std::vector<v1::DeliverableKind> deliverables;
  // Price relative to an Instagram post for the same audience.
  double price_factor;
  double median_posts_per_week;
  // Views per follower of a typical post; 0 where views are not reported.
  double views_per_follower;
};
const std::vector<PlatformInfo>& Platforms();
const PlatformInfo& PlatformInfoOf(v1::Platform platform);

// The top level of a niche path ("food" for "food/desserts").
std::string TopLevelOf(const std::string& path);

}  // namespace matchmaker::demo

#endif  // MATCHMAKER_CLIENT_DEMO_MARKET_VOCABULARY_H_
