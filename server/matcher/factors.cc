#include "server/matcher/factors.h"

#include <cstring>

namespace matchmaker::matcher {
namespace {

constexpr const char* kBrandFactorNames[kNumBrandFactors] = {
    "niche",        "aesthetic",          "audience_size",
    "engagement",   "posting_frequency",  "location",
    "language",     "audience_targeting", "cost",
    "platform",     "competitor_sponcon", "past_outcomes",
    "authenticity", "credentials",        "ugc",
};

constexpr const char* kCreatorFactorNames[kNumCreatorFactors] = {
    "compensation", "niche",     "aesthetic",        "workload",    "brand_record",
    "brand_fit",    "long_term", "learned_affinity", "exclusivity",
};

}  // namespace

const char* BrandFactorName(BrandFactor factor) {
  return kBrandFactorNames[static_cast<int>(factor)];
}

const char* CreatorFactorName(CreatorFactor factor) {
  return kCreatorFactorNames[static_cast<int>(factor)];
}

bool BrandFactorFromName(const char* name, BrandFactor* factor) {
  for (int i = 0; i < kNumBrandFactors; ++i) {
    if (std::strcmp(name, kBrandFactorNames[i]) == 0) {
      *factor = static_cast<BrandFactor>(i);
      return true;
    }
  }
  return false;
}

BrandWeights DefaultBrandWeights() {
  BrandWeights w{};
  w[static_cast<int>(BrandFactor::kNiche)] = 0.20f;
  w[static_cast<int>(BrandFactor::kAesthetic)] = 0.12f;
  w[static_cast<int>(BrandFactor::kAudienceSize)] = 0.10f;
  w[static_cast<int>(BrandFactor::kEngagement)] = 0.12f;
  w[static_cast<int>(BrandFactor::kPostingFrequency)] = 0.04f;
  w[static_cast<int>(BrandFactor::kLocation)] = 0.05f;
  w[static_cast<int>(BrandFactor::kLanguage)] = 0.03f;
  w[static_cast<int>(BrandFactor::kAudienceTargeting)] = 0.07f;
  w[static_cast<int>(BrandFactor::kCost)] = 0.08f;
  w[static_cast<int>(BrandFactor::kPlatform)] = 0.04f;
  w[static_cast<int>(BrandFactor::kCompetitorSponcon)] = 0.05f;
  w[static_cast<int>(BrandFactor::kPastOutcomes)] = 0.04f;
  w[static_cast<int>(BrandFactor::kAuthenticity)] = 0.03f;
  w[static_cast<int>(BrandFactor::kCredentials)] = 0.02f;
  w[static_cast<int>(BrandFactor::kUgc)] = 0.01f;
  return w;
}

CreatorWeights DefaultCreatorWeights() {
  CreatorWeights w{};
  w[static_cast<int>(CreatorFactor::kCompensation)] = 0.30f;
  w[static_cast<int>(CreatorFactor::kNiche)] = 0.20f;
  w[static_cast<int>(CreatorFactor::kAesthetic)] = 0.06f;
  w[static_cast<int>(CreatorFactor::kWorkload)] = 0.12f;
  w[static_cast<int>(CreatorFactor::kBrandRecord)] = 0.05f;
  w[static_cast<int>(CreatorFactor::kBrandFit)] = 0.12f;
  w[static_cast<int>(CreatorFactor::kLongTerm)] = 0.03f;
  w[static_cast<int>(CreatorFactor::kLearnedAffinity)] = 0.06f;
  w[static_cast<int>(CreatorFactor::kExclusivity)] = 0.06f;
  return w;
}

}  // namespace matchmaker::matcher
