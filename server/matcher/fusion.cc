#include "server/matcher/fusion.h"

#include <algorithm>

namespace matchmaker::matcher {

const char* FusionMethodName(FusionMethod method) {
  switch (method) {
    case FusionMethod::kHarmonicMean:
      return "harmonic_mean";
    case FusionMethod::kProduct:
      return "product";
    case FusionMethod::kMin:
      return "min";
    case FusionMethod::kUninorm:
      return "uninorm";
    case FusionMethod::kUnspecified:
      break;
  }
  return "unspecified";
}

double Fuse(FusionMethod method, double a, double b) {
  a = std::clamp(a, 0.0, 1.0);
  b = std::clamp(b, 0.0, 1.0);
  switch (method) {
    case FusionMethod::kProduct:
      return a * b;
    case FusionMethod::kMin:
      return std::min(a, b);
    case FusionMethod::kUninorm: {
      const double yes = a * b;
      const double no = (1 - a) * (1 - b);
      // The uninorm is undefined at (0, 1) and (1, 0); the conjunctive convention gives 0.
      return yes + no == 0 ? 0.0 : yes / (yes + no);
    }
    case FusionMethod::kHarmonicMean:
    case FusionMethod::kUnspecified:
      break;
  }
  return a + b == 0 ? 0.0 : 2 * a * b / (a + b);
}

}  // namespace matchmaker::matcher
