#ifndef MATCHMAKER_SERVER_MATCHER_FUSION_H_
#define MATCHMAKER_SERVER_MATCHER_FUSION_H_

#include <cstdint>

namespace matchmaker::matcher {

// How the two one-way fits (each in [0, 1]) become one mutual fit.
enum class FusionMethod : uint8_t {
  kUnspecified = 0,   // the configured default
  kHarmonicMean = 1,  // 2ab/(a+b): high only when both sides are high (RECON)
  kProduct = 2,       // ab: the chance both say yes, if fits are acceptance probabilities
  kMin = 3,           // the weaker side decides
  kUninorm = 4,       // cross-ratio uninorm ab/(ab+(1-a)(1-b)): reinforces agreement around 0.5
};

const char* FusionMethodName(FusionMethod method);
double Fuse(FusionMethod method, double brand_fit, double creator_fit);

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_FUSION_H_
