#include "client/demo/aesthetic_space.h"

#include <cmath>

#include "client/demo/market_vocabulary.h"

namespace matchmaker::demo {
namespace {

void Normalize(std::vector<double>& vector) {
  double norm = 0;
  for (double x : vector) norm += x * x;
  norm = std::sqrt(norm);
  if (norm == 0) return;
  for (double& x : vector) x /= norm;
}

}  // namespace

AestheticSpace::AestheticSpace(uint64_t seed, int dimension) : dimension_(dimension) {
  const std::vector<std::string>& tags = AestheticTags();
  for (size_t i = 0; i < tags.size(); ++i) {
    DemoRandom random = DemoRandom::ForEntity(seed, "aesthetic-centroid", i);
    std::vector<double> centroid(dimension_);
    for (double& x : centroid) x = random.Normal();
    Normalize(centroid);
    centroids_[tags[i]] = std::move(centroid);
  }
}

std::vector<float> AestheticSpace::Embed(const std::vector<std::string>& tags,
                                         DemoRandom& random) const {
  std::vector<double> vector(dimension_, 0.0);
  double pull = 1.0;  // the main tag dominates, later tags pull less
  for (const std::string& tag : tags) {
    auto it = centroids_.find(tag);
    if (it == centroids_.end()) continue;
    for (int i = 0; i < dimension_; ++i) vector[i] += pull * it->second[i];
    pull = 0.45;
  }
  // Noise of norm ~0.4 around the centroid mix: clusters stay visible but not degenerate.
  const double noise_scale = 0.4 / std::sqrt(static_cast<double>(dimension_));
  for (double& x : vector) x += noise_scale * random.Normal();
  Normalize(vector);
  std::vector<float> embedding(dimension_);
  for (int i = 0; i < dimension_; ++i) {
    embedding[i] = static_cast<float>(std::round(vector[i] * 1e6) / 1e6);
  }
  return embedding;
}

}  // namespace matchmaker::demo
