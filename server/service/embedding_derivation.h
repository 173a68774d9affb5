#ifndef MATCHMAKER_SERVER_SERVICE_EMBEDDING_DERIVATION_H_
#define MATCHMAKER_SERVER_SERVICE_EMBEDDING_DERIVATION_H_

// Records without a client-supplied embedding get one derived from their aesthetic tags and
// niches, so matching always has a vector. The derivation is feature hashing: every tag and
// every prefix of every niche path ("food", "food/desserts") lands in one of `dim` buckets
// with a hash-chosen sign; deeper niche prefixes and higher niche weights count more. The
// result is L2-normalized. It is a pure function of its inputs (a stable hash, not
// absl::Hash, which is seeded per process), so it survives restarts and rebuilds.

#include <vector>

#include "google/protobuf/repeated_field.h"
#include "matchmaker/v1/common.pb.h"

namespace matchmaker::service {

// `dim` >= 1. All zeros only when there are no tags and no niches.
std::vector<float> DeriveEmbedding(
    const google::protobuf::RepeatedPtrField<std::string>& tags,
    const google::protobuf::RepeatedPtrField<v1::NicheWeight>& niches, int dim);

// Fills aesthetic.embedding from tags and niches and sets embedding_derived, unless the
// aesthetic carries a client-supplied embedding (non-empty and not marked derived).
void EnsureEmbedding(const google::protobuf::RepeatedPtrField<v1::NicheWeight>& niches, int dim,
                     v1::Aesthetic& aesthetic);

}  // namespace matchmaker::service

#endif  // MATCHMAKER_SERVER_SERVICE_EMBEDDING_DERIVATION_H_
