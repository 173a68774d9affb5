#ifndef MATCHMAKER_SERVER_MATCHER_EMBEDDING_H_
#define MATCHMAKER_SERVER_MATCHER_EMBEDDING_H_

#include <string>
#include <vector>

#include "absl/types/span.h"
#include "server/matcher/profiles.h"

namespace matchmaker::matcher {

// Dot product of two `dim`-float vectors. Stored embeddings are unit length, so this is the
// cosine. Written with independent accumulators so the compiler vectorises it without
// -ffast-math.
float Dot(const float* a, const float* b, int dim);

// Scales `v` to unit length (left as zeros when it has no length or non-finite values).
void Normalize(float* v, int dim);

// A deterministic embedding from tags and niches (feature hashing with signs; a niche also
// contributes its ancestors at 0.7× weight so "food/desserts" lands near "food"), for records
// without a client-supplied vector. Same inputs, same vector, on every machine.
std::vector<float> DeriveEmbedding(absl::Span<const std::string> tags,
                                   absl::Span<const WeightedNiche> niches, int dim);

}  // namespace matchmaker::matcher

#endif  // MATCHMAKER_SERVER_MATCHER_EMBEDDING_H_
