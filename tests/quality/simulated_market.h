#ifndef MATCHMAKER_TESTS_QUALITY_SIMULATED_MARKET_H_
#define MATCHMAKER_TESTS_QUALITY_SIMULATED_MARKET_H_

// A simulated creator market whose ground truth the matcher cannot read. Each creator has
// hidden preferences — a reservation price that differs from its posted rate, brand categories
// it dislikes but never declared, a niche pickiness threshold and taste noise — and answers
// offers by its own utility and capacity, giving the reason that actually drove a decline.
// Everything is drawn from one seeded generator with its own arithmetic (no <random>
// distributions), so the same seed gives the same market everywhere.

#include <cstdint>
#include <string>
#include <vector>

#include "server/matcher/profiles.h"

namespace matchmaker::quality {

// SplitMix64 plus the few distributions the simulation needs.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next();
  double Uniform();  // [0, 1)
  double Uniform(double lo, double hi) { return lo + (hi - lo) * Uniform(); }
  double Normal();  // standard normal (Box–Muller)
  int Below(int n) { return static_cast<int>(Next() % static_cast<uint64_t>(n)); }

 private:
  uint64_t state_;
};

// What only the simulated creator knows.
struct HiddenPreferences {
  double reservation_cents = 0;             // the price it really wants
  std::vector<std::string> disliked_roots;  // brand category roots it never declared
  double niche_threshold = 0.3;             // below this niche fit: "not my niche"
  double taste_noise = 0.05;                // spread of its per-offer whim
  int capacity = 1;                         // partnerships it takes at once
};

struct SimCreator {
  matcher::CreatorProfile profile;  // what the matcher sees
  HiddenPreferences hidden;
  int accepted = 0;  // partnerships accepted so far
};

struct SimBrief {
  matcher::BriefProfile profile;
  std::string category;                  // the brand's category
  std::vector<std::string> competitors;  // the brand's competitors
};

struct SimMarket {
  std::vector<matcher::BrandProfile> brands;
  std::vector<SimCreator> creators;
  std::vector<SimBrief> round_one;
  std::vector<SimBrief> round_two;
};

struct MarketShape {
  int creators = 3000;
  int brands = 60;
  int briefs_per_round = 150;
  int embedding_dim = 16;
  uint64_t seed = 20240607;
};

SimMarket GenerateMarket(const MarketShape& shape);

// The creator's answer to an offer.
struct Answer {
  bool accept = false;
  matcher::DeclineReason reason = matcher::DeclineReason::kUnspecified;
  double utility = 0;  // for choosing among several acceptable offers
};

// How `creator` judges `brief` by its hidden preferences, ignoring capacity. `whim` is the
// taste noise draw for this offer.
Answer Judge(const SimCreator& creator, const SimBrief& brief, double whim);

// Niche fit as the creator feels it: exact 1, parent/child 0.7, sibling 0.4, else 0.
double FeltNicheFit(const matcher::CreatorProfile& creator, const matcher::BriefProfile& brief);

}  // namespace matchmaker::quality

#endif  // MATCHMAKER_TESTS_QUALITY_SIMULATED_MARKET_H_
