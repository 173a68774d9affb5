#include "server/matcher/embedding.h"

#include <cmath>
#include <cstdint>

#include "absl/strings/string_view.h"

namespace matchmaker::matcher {
namespace {

// FNV-1a: stable across platforms and library versions, unlike std::hash.
uint64_t StableHash(absl::string_view text, uint64_t seed) {
  uint64_t h = 1469598103934665603ull ^ seed;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

void AddFeature(absl::string_view feature, float weight, std::vector<float>* v) {
  const int dim = static_cast<int>(v->size());
  // Each feature touches a few coordinates so that two features rarely cancel out.
  for (uint64_t k = 0; k < 8; ++k) {
    const uint64_t h = StableHash(feature, k * 0x9E3779B97F4A7C15ull);
    const int index = static_cast<int>(h % static_cast<uint64_t>(dim));
    (*v)[index] += ((h >> 63) != 0 ? -weight : weight);
  }
}

}  // namespace

float Dot(const float* a, const float* b, int dim) {
  float acc[8] = {0, 0, 0, 0, 0, 0, 0, 0};
  int i = 0;
  for (; i + 8 <= dim; i += 8) {
    for (int j = 0; j < 8; ++j) acc[j] += a[i + j] * b[i + j];
  }
  float sum = ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
  for (; i < dim; ++i) sum += a[i] * b[i];
  return sum;
}

void Normalize(float* v, int dim) {
  double norm = 0;
  for (int i = 0; i < dim; ++i) norm += static_cast<double>(v[i]) * v[i];
  if (!(norm > 0) || !std::isfinite(norm)) {
    for (int i = 0; i < dim; ++i) v[i] = 0;
    return;
  }
  const float scale = static_cast<float>(1.0 / std::sqrt(norm));
  for (int i = 0; i < dim; ++i) v[i] *= scale;
}

std::vector<float> DeriveEmbedding(absl::Span<const std::string> tags,
                                   absl::Span<const WeightedNiche> niches, int dim) {
  std::vector<float> v(dim > 0 ? dim : 0, 0.0f);
  if (dim <= 0) return v;
  for (const std::string& tag : tags) AddFeature("tag:" + tag, 1.0f, &v);
  for (const WeightedNiche& niche : niches) {
    float weight = static_cast<float>(niche.weight > 0 ? niche.weight : 1.0);
    absl::string_view path = niche.niche;
    // The niche itself, then each ancestor at half the previous weight.
    while (!path.empty()) {
      AddFeature(std::string("niche:") + std::string(path), weight, &v);
      weight *= 0.7f;
      const size_t slash = path.rfind('/');
      if (slash == absl::string_view::npos) break;
      path = path.substr(0, slash);
    }
  }
  Normalize(v.data(), dim);
  return v;
}

}  // namespace matchmaker::matcher
