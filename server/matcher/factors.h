#ifndef MATCHMAKER_SERVER_MATCHER_FACTORS_H_
#define MATCHMAKER_SERVER_MATCHER_FACTORS_H_

// The named factors of each one-way fit and their default weights. A one-way fit is the
// weighted mean of its applicable factor scores (each in [0, 1]); a factor that does not apply to
// a pair (the brief asks for no credentials, sets no posting range, …) drops out of both the sum
// and the normalisation instead of counting as a zero.

#include <array>
#include <cstdint>

namespace matchmaker::matcher {

enum class BrandFactor : uint8_t {
  kNiche = 0,
  kAesthetic,
  kAudienceSize,
  kEngagement,
  kPostingFrequency,
  kLocation,
  kLanguage,
  kAudienceTargeting,
  kCost,
  kPlatform,
  kCompetitorSponcon,
  kPastOutcomes,
  kAuthenticity,
  kCredentials,
  kUgc,
  kCount,
};
inline constexpr int kNumBrandFactors = static_cast<int>(BrandFactor::kCount);

enum class CreatorFactor : uint8_t {
  kCompensation = 0,
  kNiche,
  kAesthetic,
  kWorkload,
  kBrandRecord,
  kBrandFit,
  kLongTerm,
  kLearnedAffinity,
  kExclusivity,
  kCount,
};
inline constexpr int kNumCreatorFactors = static_cast<int>(CreatorFactor::kCount);

using BrandWeights = std::array<float, kNumBrandFactors>;
using CreatorWeights = std::array<float, kNumCreatorFactors>;

// Stable snake_case names, used in explanations and accepted in weight overrides.
const char* BrandFactorName(BrandFactor factor);
const char* CreatorFactorName(CreatorFactor factor);
// Returns false when `name` names no brand factor.
bool BrandFactorFromName(const char* name, BrandFactor* factor);

// Defaults (documented in docs/matching.md). Niche and aesthetic lead because audiences follow
// niches and brands judge the vibe first; engagement relative to the norm outranks raw size.
BrandWeights DefaultBrandWeights();
// Pay vs the creator's price and the brief's niche lead: those are the reasons creators decline.
CreatorWeights DefaultCreatorWeights();

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_FACTORS_H_
