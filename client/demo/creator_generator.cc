#include "client/demo/creator_generator.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "client/demo/audience_tiers.h"
#include "client/demo/demo_format.h"
#include "client/demo/engagement_norms.h"
#include "client/demo/market_vocabulary.h"

namespace matchmaker::demo {
namespace {

template <typename T, typename WeightOf>
std::vector<double> WeightsOf(const std::vector<T>& items, WeightOf weight_of) {
  std::vector<double> weights;
  for (const T& item : items) weights.push_back(weight_of(item));
  return weights;
}

int TierIndex(v1::Tier tier) { return static_cast<int>(tier) - v1::TIER_NANO; }

// Small creators stay focused on one niche; larger ones spread out (seed 000).
void PickNiches(v1::Tier tier, DemoRandom& random, v1::Creator* creator,
                std::vector<const NicheInfo*>* picked) {
  const auto& niches = Niches();
  const auto weights = WeightsOf(niches, [](const NicheInfo& n) { return n.weight; });
  const NicheInfo& main = niches[random.PickWeighted(weights)];
  picked->push_back(&main);
  static const int kMaxExtra[] = {1, 1, 2, 3};
  const int extra = static_cast<int>(random.UniformInt(0, kMaxExtra[TierIndex(tier)]));
  for (int i = 0; i < extra; ++i) {
    const NicheInfo* candidate = nullptr;
    if (random.Bernoulli(0.6)) {  // a sibling: dessert creators also post healthy recipes
      std::vector<const NicheInfo*> siblings;
      for (const NicheInfo& n : niches) {
        if (TopLevelOf(n.path) == TopLevelOf(main.path)) siblings.push_back(&n);
      }
      candidate = random.Pick(siblings);
    } else {
      candidate = &niches[random.PickWeighted(weights)];
    }
    if (std::find(picked->begin(), picked->end(), candidate) == picked->end()) {
      picked->push_back(candidate);
    }
  }
  for (size_t i = 0; i < picked->size(); ++i) {
    auto* niche = creator->add_niches();
    niche->set_niche((*picked)[i]->path);
    niche->set_weight(i == 0 ? RoundTo(random.Uniform(0.8, 1.0), 2)
                             : RoundTo(random.Uniform(0.2, 0.6), 2));
  }
}

std::vector<v1::Platform> PickPlatforms(v1::Tier tier, DemoRandom& random) {
  const auto& platforms = Platforms();
  static const int kMin[] = {1, 1, 2, 3};
  static const int kMax[] = {2, 3, 4, 5};
  const int count =
      static_cast<int>(random.UniformInt(kMin[TierIndex(tier)], kMax[TierIndex(tier)]));
  std::vector<v1::Platform> picked = {
      platforms[random.PickWeighted(WeightsOf(platforms, [](const PlatformInfo& p) {
        return p.main_weight;
      }))].platform};
  auto extra_weights = WeightsOf(platforms, [](const PlatformInfo& p) { return p.extra_weight; });
  for (int attempt = 0; static_cast<int>(picked.size()) < count && attempt < 20; ++attempt) {
    v1::Platform platform = platforms[random.PickWeighted(extra_weights)].platform;
    if (std::find(picked.begin(), picked.end(), platform) == picked.end()) {
      picked.push_back(platform);
    }
  }
  return picked;
}

// Splits `total` over the platforms: the first (main) gets most of it.
std::vector<int64_t> SplitFollowers(int64_t total, size_t accounts, DemoRandom& random) {
  std::vector<double> weights = {1.0};
  if (accounts > 1) weights[0] = random.Uniform(1.5, 5.0);
  for (size_t i = 1; i < accounts; ++i) weights.push_back(random.Uniform(0.15, 1.0));
  double sum = 0;
  for (double w : weights) sum += w;
  std::vector<int64_t> split;
  int64_t assigned = 0;
  for (size_t i = 1; i < accounts; ++i) {
    int64_t share = std::max<int64_t>(
        20, static_cast<int64_t>(std::llround(static_cast<double>(total) * weights[i] / sum)));
    split.push_back(share);
    assigned += share;
  }
  split.insert(split.begin(), std::max<int64_t>(20, total - assigned));
  return split;
}

int64_t RatePriceCents(const v1::PlatformAccount& account, v1::DeliverableKind kind,
                       DemoRandom& random) {
  // About $10 per thousand followers for an Instagram post: micro creators charge hundreds,
  // a 100M-follower celebrity ~$1M (seed 003). Better-engaged accounts charge more.
  static const double kKindFactor[] = {1.0, 1.0, 0.4, 1.2, 2.5, 1.5, 1.0, 1.0, 1.0};
  const double norm = NormEngagementRate(account.platform(), account.followers());
  const double engagement =
      account.followers() > 0
          ? (account.avg_likes() + account.avg_comments() + account.avg_shares()) /
                static_cast<double>(account.followers())
          : norm;
  const double quality = std::clamp(std::sqrt(engagement / norm), 0.5, 2.0);
  const double cents = static_cast<double>(account.followers()) *
                       PlatformInfoOf(account.platform()).price_factor * kKindFactor[kind] *
                       quality * random.LogNormal(1.0, 0.25);
  return RoundPriceCents(std::max(cents, 1500.0));
}

void AddAcceptedCompensation(v1::Tier tier, bool ugc, DemoRandom& random, v1::Creator* creator) {
  // Micro creators often take product, promo codes or perks instead of cash (seed 004).
  struct Acceptance {
    v1::CompensationKind kind;
    double by_tier[4];
  };
  static const Acceptance kAcceptance[] = {
      {v1::COMPENSATION_KIND_PAY_PER_CLICK, {0.15, 0.2, 0.15, 0.05}},
      {v1::COMPENSATION_KIND_AFFILIATE_COMMISSION, {0.4, 0.45, 0.3, 0.15}},
      {v1::COMPENSATION_KIND_FREE_PRODUCT, {0.8, 0.6, 0.2, 0.05}},
      {v1::COMPENSATION_KIND_PROMO_CODE, {0.6, 0.5, 0.2, 0.05}},
      {v1::COMPENSATION_KIND_VIP_TREATMENT, {0.25, 0.25, 0.15, 0.1}},
      {v1::COMPENSATION_KIND_EVENT_INVITATION, {0.3, 0.3, 0.25, 0.2}},
  };
  const bool cash = ugc || tier != v1::TIER_NANO || random.Bernoulli(0.8);
  if (cash) creator->add_accepted_compensation(v1::COMPENSATION_KIND_FLAT_FEE);
  for (const Acceptance& acceptance : kAcceptance) {
    if (random.Bernoulli(acceptance.by_tier[TierIndex(tier)])) {
      creator->add_accepted_compensation(acceptance.kind);
    }
  }
  if (creator->accepted_compensation().empty()) {
    creator->add_accepted_compensation(v1::COMPENSATION_KIND_FREE_PRODUCT);
  }
}

void AddPreferences(v1::Tier tier, const std::vector<v1::Brand>& brands, DemoRandom& random,
                    v1::Creator* creator) {
  v1::CreatorPreferences* preferences = creator->mutable_preferences();
  int64_t cheapest = 0;
  for (const auto& entry : creator->rate_card()) {
    if (cheapest == 0 || entry.price_cents() < cheapest) cheapest = entry.price_cents();
  }
  const bool takes_anything = tier == v1::TIER_NANO && random.Bernoulli(0.55);
  if (!takes_anything && cheapest > 0) {
    preferences->set_min_fee_cents(
        RoundPriceCents(static_cast<double>(cheapest) * random.Uniform(0.5, 0.9)));
  }
  // Creators living on direct monetization are pickier (seed 000).
  const double block_probability = creator->direct_monetization() ? 0.7 : 0.35;
  if (random.Bernoulli(block_probability)) {
    const auto& blocked = CommonlyBlockedCategories();
    const size_t count = static_cast<size_t>(random.UniformInt(1, 2));
    for (size_t i : random.SampleDistinct(blocked.size(), count)) {
      preferences->add_blocked_categories(blocked[i]);
    }
  }
  if (!brands.empty() && random.Bernoulli(0.03)) {
    preferences->add_blocked_brand_ids(random.Pick(brands).id());
  }
  static const int kMaxConcurrentLow[] = {1, 2, 3, 4};
  static const int kMaxConcurrentHigh[] = {3, 5, 8, 12};
  if (!random.Bernoulli(0.1)) {
    preferences->set_max_concurrent_partnerships(static_cast<int32_t>(random.UniformInt(
        kMaxConcurrentLow[TierIndex(tier)], kMaxConcurrentHigh[TierIndex(tier)])));
  }
  preferences->set_prefers_long_term(random.Bernoulli(creator->direct_monetization() ? 0.5 : 0.3));
}

// Brands whose category recruits in one of `top_levels`.
std::vector<const v1::Brand*> BrandsInTopLevels(const std::vector<v1::Brand>& brands,
                                                const std::set<std::string>& top_levels) {
  std::vector<const v1::Brand*> matching;
  for (const v1::Brand& brand : brands) {
    if (top_levels.count(TopLevelOf(brand.category())) > 0) matching.push_back(&brand);
  }
  return matching;
}

void AddSponsorshipsAndMentions(v1::Tier tier, const std::vector<v1::Brand>& brands,
                                const std::vector<const NicheInfo*>& niches,
                                int64_t reference_seconds, DemoRandom& random,
                                v1::Creator* creator) {
  std::set<std::string> top_levels;
  for (const NicheInfo* niche : niches) top_levels.insert(TopLevelOf(niche->path));
  const std::vector<const v1::Brand*> related = BrandsInTopLevels(brands, top_levels);
  const std::vector<std::string> outside = OutsideBrandNames(TopLevelOf(niches[0]->path));
  static const int kMin[] = {0, 0, 1, 2};
  static const int kMax[] = {2, 4, 6, 8};
  const int count =
      static_cast<int>(random.UniformInt(kMin[TierIndex(tier)], kMax[TierIndex(tier)]));
  auto random_platform = [&] {
    return creator->accounts(static_cast<int>(random.UniformInt(0, creator->accounts_size() - 1)))
        .platform();
  };
  for (int i = 0; i < count; ++i) {
    v1::Sponsorship* sponsorship = creator->add_past_sponsorships();
    // Mostly brands of their own niches: so past partners include brands' competitors.
    if (!related.empty() && random.Bernoulli(0.7)) {
      const v1::Brand& brand = *random.Pick(related);
      sponsorship->set_brand_name(brand.display_name());
      sponsorship->set_brand_id(brand.id());
      sponsorship->set_category(brand.category());
    } else if (!brands.empty() && random.Bernoulli(0.4)) {
      const v1::Brand& brand = random.Pick(brands);
      sponsorship->set_brand_name(brand.display_name());
      sponsorship->set_brand_id(brand.id());
      sponsorship->set_category(brand.category());
    } else {
      sponsorship->set_brand_name(random.Pick(outside));
      sponsorship->set_category(niches[0]->path);
    }
    sponsorship->mutable_date()->set_seconds(reference_seconds -
                                             random.UniformInt(10, 720) * kSecondsPerDay);
    sponsorship->set_platform(random_platform());
  }
  // Organic mentions: the most authentic partners already use the brand (seed 004).
  if (random.Bernoulli(0.4)) {
    const int mentions = static_cast<int>(random.UniformInt(1, 3));
    for (int i = 0; i < mentions; ++i) {
      v1::BrandMention* mention = creator->add_brand_mentions();
      if (!related.empty() && random.Bernoulli(0.75)) {
        const v1::Brand& brand = *random.Pick(related);
        mention->set_brand_name(brand.display_name());
        mention->set_brand_id(brand.id());
      } else {
        mention->set_brand_name(random.Pick(outside));
      }
      mention->mutable_date()->set_seconds(reference_seconds -
                                           random.UniformInt(1, 365) * kSecondsPerDay);
      mention->set_platform(random_platform());
    }
  }
}

}  // namespace

GeneratedCreator GenerateCreator(const DemoOptions& options, int number,
                                 const std::vector<v1::Brand>& brands,
                                 const AestheticSpace& aesthetics) {
  DemoRandom random = DemoRandom::ForEntity(options.seed, "creator", number);
  GeneratedCreator generated;
  v1::Creator& creator = generated.creator;
  creator.set_id(PaddedId("creator", number, 5));

  const v1::Tier tier = DrawTier(random);
  const int64_t total = DrawTotalFollowers(tier, random);
  const CountryInfo& country = Countries()[random.PickWeighted(
      WeightsOf(Countries(), [](const CountryInfo& c) { return c.weight; }))];
  const CityInfo& city = random.Pick(country.cities);
  creator.mutable_location()->set_country_code(country.code);
  creator.mutable_location()->set_region(city.region);
  creator.mutable_location()->set_city(city.city);
  creator.add_languages(country.language);
  if (country.language != "en" && random.Bernoulli(0.35)) creator.add_languages("en");
  if (country.language == "en" && random.Bernoulli(0.08)) creator.add_languages("es");

  std::vector<const NicheInfo*> niches;
  PickNiches(tier, random, &creator, &niches);
  const NicheInfo& main_niche = *niches[0];

  const std::string first = random.Pick(FirstNames());
  const std::string last = random.Pick(LastNames());
  creator.set_display_name(absl::StrCat(first, " ", last));
  std::string handle = absl::StrCat(absl::AsciiStrToLower(first), ".", main_niche.handle_word);
  if (random.Bernoulli(0.5)) absl::StrAppend(&handle, random.UniformInt(1, 99));

  // A few percent of accounts are not what they seem.
  AccountContext context;
  context.handle = absl::StrCat("@", handle);
  context.country = &country;
  context.languages = {creator.languages().begin(), creator.languages().end()};
  context.female_share = main_niche.female_share;
  context.tier = tier;
  context.inactive = random.Bernoulli(0.05);
  context.reference_unix_seconds = options.reference_unix_seconds;
  if (random.Bernoulli(0.03)) {
    if (random.Bernoulli(0.6)) {
      generated.anomaly = context.anomaly = AudienceAnomaly::kInflatedAudience;
      context.inflation = random.Uniform(4.0, 10.0);
    } else {
      generated.anomaly = context.anomaly = AudienceAnomaly::kEngagementPod;
    }
  }

  const std::vector<v1::Platform> platforms = PickPlatforms(tier, random);
  const std::vector<int64_t> split = SplitFollowers(total, platforms.size(), random);
  for (size_t i = 0; i < platforms.size(); ++i) {
    int64_t followers = split[i];
    if (i == 0 && context.anomaly == AudienceAnomaly::kInflatedAudience) {
      followers = static_cast<int64_t>(static_cast<double>(followers) * context.inflation);
    }
    *creator.add_accounts() = GenerateAccount(platforms[i], followers, context, random);
  }

  // Aesthetic: usually a look typical of the niche, sometimes "calmingly cohesive" or
  // "creatively chaotic" on top.
  std::vector<std::string> tags = {random.Bernoulli(0.75) ? random.Pick(main_niche.typical_tags)
                                                          : random.Pick(AestheticTags())};
  const int extra_tags = static_cast<int>(random.UniformInt(0, 2));
  for (int i = 0; i < extra_tags; ++i) {
    std::string tag = random.Bernoulli(0.4) ? (random.Bernoulli(0.6) ? "cohesive" : "chaotic")
                                            : random.Pick(AestheticTags());
    if (std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(tag);
  }
  for (const std::string& tag : tags) creator.mutable_aesthetic()->add_tags(tag);
  for (float x : aesthetics.Embed(tags, random)) creator.mutable_aesthetic()->add_embedding(x);

  // Working professionals carry credibility (seed 001).
  std::string bio = absl::StrCat("Sharing ", main_niche.phrase, " from ", city.city, ".");
  if (!main_niche.credential_field.empty() && random.Bernoulli(0.12)) {
    v1::Credential* credential = creator.add_credentials();
    credential->set_field(main_niche.credential_field);
    credential->set_title(main_niche.credential_title);
    credential->set_verified(random.Bernoulli(0.7));
    absl::StrAppend(&bio, " ", main_niche.credential_title, ".");
  }
  creator.set_ugc_creator(random.Bernoulli(tier == v1::TIER_NANO ? 0.1 : 0.02));
  if (creator.ugc_creator()) absl::StrAppend(&bio, " UGC for brands: reviews, unboxings, demos.");

  bool streams_or_patrons = false;
  for (v1::Platform platform : platforms) {
    streams_or_patrons |= platform == v1::PLATFORM_TWITCH || platform == v1::PLATFORM_PATREON;
  }
  creator.set_direct_monetization(random.Bernoulli(streams_or_patrons ? 0.8 : 0.03));
  if (creator.direct_monetization()) absl::StrAppend(&bio, " Supported by my community.");
  creator.set_bio(bio);

  for (const v1::PlatformAccount& account : creator.accounts()) {
    const auto& kinds = PlatformInfoOf(account.platform()).deliverables;
    for (size_t k = 0; k < kinds.size(); ++k) {
      if (k > 0 && !random.Bernoulli(0.6)) continue;
      v1::RateCardEntry* entry = creator.add_rate_card();
      entry->set_platform(account.platform());
      entry->set_deliverable(kinds[k]);
      entry->set_price_cents(RatePriceCents(account, kinds[k], random));
    }
  }
  if (creator.ugc_creator()) {
    v1::RateCardEntry* entry = creator.add_rate_card();
    entry->set_platform(platforms[0]);
    entry->set_deliverable(v1::DELIVERABLE_KIND_UGC_ASSET);
    entry->set_price_cents(RoundPriceCents(random.Uniform(7'500, 40'000)));
  }

  AddAcceptedCompensation(tier, creator.ugc_creator(), random, &creator);
  AddPreferences(tier, brands, random, &creator);

  v1::Availability* availability = creator.mutable_availability();
  availability->set_accepting_offers(!random.Bernoulli(0.08));
  if (!availability->accepting_offers() && random.Bernoulli(0.5)) {
    availability->mutable_unavailable_until()->set_seconds(
        options.reference_unix_seconds + random.UniformInt(7, 60) * kSecondsPerDay);
    availability->set_note(random.Bernoulli(0.5) ? "Travelling, back soon" : "Fully booked");
  }

  AddSponsorshipsAndMentions(tier, brands, niches, options.reference_unix_seconds, random,
                             &creator);
  return generated;
}

}  // namespace matchmaker::demo
