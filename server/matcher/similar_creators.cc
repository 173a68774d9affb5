#include "server/matcher/similar_creators.h"

#include <algorithm>
#include <cmath>

#include "absl/strings/str_cat.h"
#include "server/matcher/embedding.h"
#include "server/matcher/top_k.h"

namespace matchmaker::matcher {
namespace {

struct Parts {
  double cosine, niche, audience, total;
};

Parts Similarity(const MatchingState& state, CreatorRow a, CreatorRow b) {
  const CreatorTable& t = state.creators();
  Parts p;
  p.cosine = Dot(t.embedding_of(a), t.embedding_of(b), t.dim);
  // Symmetric niche overlap: for each niche of `a`, its best counterpart in `b`, weighted.
  auto na = t.niche_pool.Get(t.niches[a]);
  auto nb = t.niche_pool.Get(t.niches[b]);
  double sum = 0, weights = 0;
  for (const WeightedId& x : na) {
    double best = 0;
    for (const WeightedId& y : nb) {
      best = std::max<double>(
          best,
          state.config().niche_similarity[static_cast<int>(state.niches().Relation(x.id, y.id))]);
    }
    sum += x.weight * best;
    weights += x.weight;
  }
  p.niche = weights > 0 ? sum / weights : 0;
  const double d = std::log10(1 + t.total_followers[a]) - std::log10(1 + t.total_followers[b]);
  p.audience = std::exp(-0.5 * (d / 0.5) * (d / 0.5));
  p.total = 0.6 * std::max(0.0, p.cosine) + 0.25 * p.niche + 0.15 * p.audience;
  return p;
}

}  // namespace

absl::StatusOr<SimilarCreators> FindSimilarCreators(const MatchingState& state,
                                                    absl::string_view creator_id, int offset,
                                                    int limit) {
  if (offset < 0 || limit < 0) {
    return absl::InvalidArgumentError("offset and limit must not be negative");
  }
  const CreatorRow self = state.FindCreator(creator_id);
  if (self == kNoRow) return absl::NotFoundError(absl::StrCat("creator ", creator_id));
  const CreatorTable& t = state.creators();
  TopK top(static_cast<size_t>(offset) + static_cast<size_t>(limit));
  SimilarCreators out;
  for (CreatorRow row = 0; row < t.rows(); ++row) {
    if (row == self || !t.live(row)) continue;
    ++out.total;
    top.Offer(Similarity(state, self, row).total, row);
  }
  std::vector<TopK::Entry> best = top.TakeSorted();
  for (size_t i = static_cast<size_t>(offset); i < best.size(); ++i) {
    const Parts p = Similarity(state, self, best[i].row);
    out.results.push_back({state.CreatorId(best[i].row), p.total, p.cosine, p.niche, p.audience});
  }
  return out;
}

}  // namespace matchmaker::matcher
