#ifndef MATCHMAKER_CLIENT_DEMO_DEMO_RANDOM_H_
#define MATCHMAKER_CLIENT_DEMO_DEMO_RANDOM_H_

#include <cstddef>
#include <cstdint>
#include <random>
#include <string_view>
#include <vector>

namespace matchmaker::demo {

// Random draws that are identical on every platform for a given seed. std::mt19937_64's
// output is fixed by the standard, but std::*_distribution are implementation-defined, so
// every distribution here is written out by hand on top of the raw 64-bit words.
class DemoRandom {
 public:
  explicit DemoRandom(uint64_t seed) : engine_(seed) {}

  // An independent generator for one entity ("creator" 17), so that each record depends only
  // on the seed and its own index, not on how many draws other records made.
  static DemoRandom ForEntity(uint64_t seed, std::string_view kind, uint64_t index);

  uint64_t NextWord() { return engine_(); }
  // Uniform in [0, 1) with 53 random bits.
  double Uniform();
  double Uniform(double low, double high) { return low + (high - low) * Uniform(); }
  // Uniform integer in [low, high], both inclusive; unbiased (rejection sampling).
  int64_t UniformInt(int64_t low, int64_t high);
  bool Bernoulli(double probability) { return Uniform() < probability; }
  // Standard normal by the Box-Muller transform.
  double Normal();
  // exp(N(log(median), sigma)): the natural shape of audience sizes and prices.
  double LogNormal(double median, double sigma);
  // A log-normal draw inside [low, high]; redraws a few times, then clamps.
  double LogNormalWithin(double median, double sigma, double low, double high);
  // Index i with probability weights[i] / sum(weights). Weights must not all be zero.
  size_t PickWeighted(const std::vector<double>& weights);
  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[static_cast<size_t>(UniformInt(0, static_cast<int64_t>(items.size()) - 1))];
  }
  // `count` distinct indices of [0, population), in draw order.
  std::vector<size_t> SampleDistinct(size_t population, size_t count);

 private:
  std::mt19937_64 engine_;
};

}  // namespace matchmaker::demo

#endif  // MATCHMAKER_CLIENT_DEMO_DEMO_RANDOM_H_
