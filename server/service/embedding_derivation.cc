#include "server/service/embedding_derivation.h"

#include <cmath>
#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"
#include "server/service/stable_hash.h"

namespace matchmaker::service {
namespace {

void AddFeature(absl::string_view feature, double weight, std::vector<double>& sums) {
  const uint64_t hash = StableHash64(feature);
  const size_t bucket = static_cast<size_t>(hash % sums.size());
  const double sign = ((hash >> 63) & 1) != 0 ? -1.0 : 1.0;
  sums[bucket] += sign * weight;
}

}  // namespace

std::vector<float> DeriveEmbedding(
    const google::protobuf::RepeatedPtrField<std::string>& tags,
    const google::protobuf::RepeatedPtrField<v1::NicheWeight>& niches, int dim) {
  if (dim < 1) dim = 1;
  std::vector<double> sums(static_cast<size_t>(dim), 0.0);
  for (const std::string& tag : tags) AddFeature("tag:" + tag, 1.0, sums);
  for (const v1::NicheWeight& niche : niches) {
    const double weight = niche.weight() > 0 ? niche.weight() : 1.0;
    // Every prefix, so a dessert creator partially matches a food brief; deeper is more specific.
    int depth = 0;
    for (size_t end = 0; end <= niche.niche().size(); ++end) {
      if (end == niche.niche().size() || niche.niche()[end] == '/') {
        ++depth;
        AddFeature("niche:" + niche.niche().substr(0, end), weight * depth, sums);
      }
    }
  }
  double norm = 0;
  for (double value : sums) norm += value * value;
  norm = std::sqrt(norm);
  std::vector<float> embedding(sums.size(), 0.0f);
  if (norm > 0) {
    for (size_t i = 0; i < sums.size(); ++i) embedding[i] = static_cast<float>(sums[i] / norm);
  }
  return embedding;
}

void EnsureEmbedding(const google::protobuf::RepeatedPtrField<v1::NicheWeight>& niches, int dim,
                     v1::Aesthetic& aesthetic) {
  if (aesthetic.embedding_size() > 0 && !aesthetic.embedding_derived()) return;
  std::vector<float> embedding = DeriveEmbedding(aesthetic.tags(), niches, dim);
  aesthetic.mutable_embedding()->Assign(embedding.begin(), embedding.end());
  aesthetic.set_embedding_derived(true);
}

}  // namespace matchmaker::service
