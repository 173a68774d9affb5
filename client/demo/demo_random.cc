#include "client/demo/demo_random.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace matchmaker::demo {
namespace {

// SplitMix64 finaliser: spreads nearby seeds over the whole 64-bit space.
uint64_t Mix(uint64_t value) {
  value += 0x9e3779b97f4a7c15ULL;
  value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
  value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
  return value ^ (value >> 31);
}

}  // namespace

DemoRandom DemoRandom::ForEntity(uint64_t seed, std::string_view kind, uint64_t index) {
  uint64_t hash = Mix(seed);
  for (char c : kind) hash = Mix(hash ^ static_cast<unsigned char>(c));
  return DemoRandom(Mix(hash ^ Mix(index)));
}

double DemoRandom::Uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }

int64_t DemoRandom::UniformInt(int64_t low, int64_t high) {
  if (high <= low) return low;
  const uint64_t range = static_cast<uint64_t>(high - low) + 1;
  if (range == 0) return static_cast<int64_t>(engine_());  // the full 64-bit range
  const uint64_t limit = UINT64_MAX - UINT64_MAX % range;
  uint64_t word = engine_();
  while (word >= limit) word = engine_();
  return low + static_cast<int64_t>(word % range);
}

double DemoRandom::Normal() {
  // 1 - Uniform() is in (0, 1], so the logarithm is finite.
  const double radius = std::sqrt(-2.0 * std::log(1.0 - Uniform()));
  const double angle = 2.0 * M_PI * Uniform();
  return radius * std::cos(angle);
}

double DemoRandom::LogNormal(double median, double sigma) {
  return median * std::exp(sigma * Normal());
}

double DemoRandom::LogNormalWithin(double median, double sigma, double low, double high) {
  for (int attempt = 0; attempt < 8; ++attempt) {
    double value = LogNormal(median, sigma);
    if (value >= low && value <= high) return value;
  }
  return std::clamp(LogNormal(median, sigma), low, high);
}

size_t DemoRandom::PickWeighted(const std::vector<double>& weights) {
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  double target = Uniform() * total;
  for (size_t i = 0; i < weights.size(); ++i) {
    if (target < weights[i]) return i;
    target -= weights[i];
  }
  // Rounding left `target` just above the last bucket: take the last non-zero weight.
  for (size_t i = weights.size(); i-- > 0;) {
    if (weights[i] > 0) return i;
  }
  return 0;
}

std::vector<size_t> DemoRandom::SampleDistinct(size_t population, size_t count) {
  count = std::min(count, population);
  std::vector<size_t> indices(population);
  std::iota(indices.begin(), indices.end(), 0);
  // Partial Fisher-Yates with our own UniformInt (std::shuffle is implementation-defined).
  for (size_t i = 0; i < count; ++i) {
    size_t j = static_cast<size_t>(
        UniformInt(static_cast<int64_t>(i), static_cast<int64_t>(population) - 1));
    std::swap(indices[i], indices[j]);
  }
  indices.resize(count);
  return indices;
}

}  // namespace matchmaker::demo
