#include "tests/quality/simulated_market.h"

#include <algorithm>
#include <cmath>

#include "server/matcher/engagement_norms.h"

namespace matchmaker::quality {
namespace {

using matcher::BriefProfile;
using matcher::CompensationKind;
using matcher::CreatorProfile;
using matcher::DeliverableKind;
using matcher::Platform;

constexpr const char* kRoots[] = {"food", "fitness", "beauty", "tech", "travel", "gaming"};
constexpr int kNumRoots = 6;
constexpr int kSubsPerRoot = 5;
constexpr int64_t kNow = 1'700'000'000;

std::string NicheName(int root, int sub) {
  return std::string(kRoots[root]) + "/s" + std::to_string(sub);
}

std::string Root(const std::string& path) { return path.substr(0, path.find('/')); }

// A niche's direction in aesthetic space plus per-record noise: records in the same niche look
// alike, as real embeddings of similar content do.
std::vector<float> NicheEmbedding(int root, int sub, int dim, double noise, Rng& rng) {
  std::vector<float> v(dim, 0.0f);
  Rng root_rng(1000 + root), sub_rng(5000 + root * 100 + sub);
  for (int i = 0; i < dim; ++i) {
    v[i] = static_cast<float>(root_rng.Normal() + 0.7 * sub_rng.Normal() + noise * rng.Normal());
  }
  return v;
}

}  // namespace

uint64_t Rng::Next() {
  uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

double Rng::Uniform() { return static_cast<double>(Next() >> 11) * (1.0 / 9007199254740992.0); }

double Rng::Normal() {
  const double u1 = std::max(Uniform(), 1e-300), u2 = Uniform();
  return std::sqrt(-2 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

double FeltNicheFit(const CreatorProfile& creator, const BriefProfile& brief) {
  double best = 0;
  for (const auto& want : brief.niches) {
    for (const auto& has : creator.niches) {
      double fit = 0;
      if (want.niche == has.niche) {
        fit = 1.0;
      } else if (Root(want.niche) == Root(has.niche)) {
        fit = (want.niche == Root(has.niche) || has.niche == Root(want.niche)) ? 0.7 : 0.4;
      }
      // The main niche is the creator's personal brand; side niches are felt much less.
      best = std::max(best, fit * (has.weight >= 1 ? 1.0 : 0.6));
    }
  }
  return best;
}

Answer Judge(const SimCreator& creator, const SimBrief& brief, double whim) {
  Answer a;
  double offered = 0;
  for (const auto& c : brief.profile.compensation) offered += static_cast<double>(c.value_cents);
  const double pay = offered / creator.hidden.reservation_cents;
  const double niche = FeltNicheFit(creator.profile, brief.profile);
  a.utility = 0.5 * std::min(pay, 1.5) + 0.5 * niche + whim;
  const std::string root = Root(brief.category);
  for (const std::string& disliked : creator.hidden.disliked_roots) {
    if (disliked == root) {
      a.reason = matcher::DeclineReason::kBrandMismatch;
      return a;
    }
  }
  // Recently paid by a competitor: bound by that brand's exclusivity.
  for (const auto& sponsorship : creator.profile.sponsorships) {
    if (kNow - sponsorship.date <= 60 * matcher::kSecondsPerDay &&
        std::find(brief.competitors.begin(), brief.competitors.end(), sponsorship.brand_id) !=
            brief.competitors.end()) {
      a.reason = matcher::DeclineReason::kCompetitorConflict;
      return a;
    }
  }
  // Creators who want long-term partners take a one-off only when it pays well.
  const double needed = creator.profile.prefers_long_term && !brief.profile.long_term ? 1.3 : 1.0;
  if (pay + whim < needed) {
    a.reason = matcher::DeclineReason::kCompensationTooLow;
    return a;
  }
  if (niche + whim < creator.hidden.niche_threshold) {
    a.reason = matcher::DeclineReason::kNotMyNiche;
    return a;
  }
  a.accept = true;
  return a;
}

SimMarket GenerateMarket(const MarketShape& shape) {
  Rng rng(shape.seed);
  SimMarket market;
  for (int b = 0; b < shape.brands; ++b) {
    matcher::BrandProfile brand;
    brand.id = "brand-" + std::to_string(b);
    brand.name = "Brand " + std::to_string(b);
    brand.category = NicheName(b % kNumRoots, rng.Below(kSubsPerRoot));
    // Neighbouring brands in the same root compete.
    brand.competitors = {"brand-" + std::to_string((b + kNumRoots) % shape.brands)};
    market.brands.push_back(brand);
  }

  const matcher::EngagementNorms norms = matcher::EngagementNorms::Defaults();
  for (int i = 0; i < shape.creators; ++i) {
    SimCreator sim;
    CreatorProfile& c = sim.profile;
    c.id = "cr-" + std::to_string(i);
    const int root = rng.Below(kNumRoots), sub = rng.Below(kSubsPerRoot);
    c.niches.push_back({NicheName(root, sub), 1.0});
    if (rng.Uniform() < 0.5) c.niches.push_back({NicheName(root, rng.Below(kSubsPerRoot)), 0.5});
    if (rng.Uniform() < 0.2) {
      c.niches.push_back({NicheName(rng.Below(kNumRoots), rng.Below(kSubsPerRoot)), 0.4});
    }
    c.embedding = NicheEmbedding(root, sub, shape.embedding_dim, 0.8, rng);
    matcher::AccountProfile account;
    account.platform = Platform::kInstagram;
    account.followers = static_cast<int64_t>(std::exp(std::log(25'000.0) + 1.0 * rng.Normal()));
    account.followers = std::clamp<int64_t>(account.followers, 1'000, 2'000'000);
    const double ratio = std::exp(0.35 * rng.Normal());
    account.avg_likes =
        account.followers * norms.Expected(Platform::kInstagram, account.followers) * ratio;
    account.posts_per_week = rng.Uniform(1, 8);
    account.reply_rate = rng.Uniform();
    account.audience_countries = {{rng.Uniform() < 0.7 ? "US" : "GB", 0.7}};
    c.accounts.push_back(account);
    c.country = rng.Uniform() < 0.7 ? "US" : "GB";
    c.languages = {"en"};
    // The posted rate: about a cent per follower, higher for engaging accounts.
    const double posted = account.followers * std::sqrt(ratio) * rng.Uniform(0.7, 1.3);
    c.rate_card.push_back(
        {Platform::kInstagram, DeliverableKind::kPost, static_cast<int64_t>(posted)});
    if (rng.Uniform() < 0.3) c.min_fee_cents = static_cast<int64_t>(posted * 0.8);
    c.max_concurrent_partnerships = 1 + rng.Below(3);
    c.direct_monetization = rng.Uniform() < 0.1;
    c.prefers_long_term = rng.Uniform() < 0.3;
    if (rng.Uniform() < 0.1) c.blocked_categories = {kRoots[rng.Below(kNumRoots)]};
    if (rng.Uniform() < 0.15) {
      c.sponsorships.push_back({"brand-" + std::to_string(rng.Below(shape.brands)), "", "",
                                kNow - rng.Below(200) * matcher::kSecondsPerDay,
                                Platform::kInstagram});
    }

    HiddenPreferences& h = sim.hidden;
    // The real price differs from the posted one, and pickier creators want more.
    h.reservation_cents =
        posted * std::exp(0.25 * rng.Normal()) * (c.direct_monetization ? 1.3 : 1.0);
    // A third of creators dislike one brand category root they never declared, a few two.
    const double u = rng.Uniform();
    const int dislikes = u < 0.10 ? 2 : u < 0.35 ? 1 : 0;
    for (int d = 0; d < dislikes; ++d) h.disliked_roots.push_back(kRoots[rng.Below(kNumRoots)]);
    // Creators living on direct monetization are pickier about fit (seed 000).
    h.niche_threshold = rng.Uniform(0.3, 0.75) + (c.direct_monetization ? 0.2 : 0.0);
    h.taste_noise = 0.05;
    h.capacity = c.max_concurrent_partnerships;
    market.creators.push_back(std::move(sim));
  }

  for (int round = 0; round < 2; ++round) {
    std::vector<SimBrief>& briefs = round == 0 ? market.round_one : market.round_two;
    for (int j = 0; j < shape.briefs_per_round; ++j) {
      SimBrief sim;
      BriefProfile& b = sim.profile;
      const matcher::BrandProfile& brand = market.brands[rng.Below(shape.brands)];
      sim.category = brand.category;
      sim.competitors = brand.competitors;
      b.id = "bf-" + std::to_string(round) + "-" + std::to_string(j);
      b.brand_id = brand.id;
      // Brands mostly brief in their own root, sometimes in a neighbouring interest.
      const int root = rng.Uniform() < 0.8
                           ? static_cast<int>(std::find(std::begin(kRoots), std::end(kRoots),
                                                        Root(brand.category)) -
                                              std::begin(kRoots))
                           : rng.Below(kNumRoots);
      const int sub = rng.Below(kSubsPerRoot);
      b.niches.push_back({NicheName(root, sub), 1.0});
      b.embedding = NicheEmbedding(root, sub, shape.embedding_dim, 0.8, rng);
      b.platforms = {Platform::kInstagram};
      b.min_followers = 5'000;
      b.max_followers = 150'000;
      b.languages = {"en"};
      b.competitor_exclusivity_days = 90;
      b.exclude_competitor_conflicts = rng.Uniform() < 0.3;
      const double fee = std::exp(std::log(30'000.0) + 0.6 * rng.Normal());
      // Brands open low: the fee offered is half of what they could pay one creator.
      b.budget_per_creator_max_cents = static_cast<int64_t>(fee * 2);
      b.budget_total_cents = b.budget_per_creator_max_cents * 10;
      b.compensation = {{CompensationKind::kFlatFee, static_cast<int64_t>(fee), 0}};
      b.deliverables = {{Platform::kInstagram, DeliverableKind::kPost, 1}};
      b.creators_wanted = 3;
      b.long_term = rng.Uniform() < 0.4;
      b.objective = matcher::Objective::kEngagement;
      briefs.push_back(std::move(sim));
    }
  }
  return market;
}

}  // namespace matchmaker::quality
