#ifndef MATCHMAKER_SERVER_MATCHER_ADJUSTMENT_SLOTS_H_
#define MATCHMAKER_SERVER_MATCHER_ADJUSTMENT_SLOTS_H_

#include <algorithm>
#include <array>
#include <cmath>

#include "server/matcher/creator_table.h"
#include "server/matcher/taxonomy.h"

namespace matchmaker::matcher {

// Learned multipliers live in a few fixed slots per creator (no allocation, fixed size). When
// the slots are full the least informative one (multiplier nearest 1) gives way.
template <size_t N>
void ScaleAdjustment(std::array<WeightedId, N>* slots, InternId id, double factor, double lo,
                     double hi) {
  if (id == kNoId) return;
  WeightedId* target = nullptr;
  for (WeightedId& s : *slots) {
    if (s.id == id) target = &s;
  }
  if (target == nullptr) {
    target = &*std::min_element(slots->begin(), slots->end(),
                                [](const WeightedId& a, const WeightedId& b) {
                                  const float da = a.id == kNoId ? -1.0f : std::fabs(a.weight - 1);
                                  const float db = b.id == kNoId ? -1.0f : std::fabs(b.weight - 1);
                                  return da < db;
                                });
    *target = {id, 1.0f};
  }
  target->weight = static_cast<float>(std::clamp(target->weight * factor, lo, hi));
}

// The product of the multipliers of every slot whose node is `node` or one of its ancestors
// ("food" learned down also lowers "food/desserts").
template <size_t N>
float AdjustmentFor(const std::array<WeightedId, N>& slots, const Taxonomy& taxonomy,
                    InternId node) {
  float m = 1.0f;
  if (node == kNoId) return m;
  for (const WeightedId& s : slots) {
    if (s.id != kNoId && taxonomy.IsWithin(node, s.id)) m *= s.weight;
  }
  return m;
}

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_ADJUSTMENT_SLOTS_H_
