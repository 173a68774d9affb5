#ifndef MATCHMAKER_STORAGE_EMBEDDING_CODEC_H_
#define MATCHMAKER_STORAGE_EMBEDDING_CODEC_H_

// Embeddings are stored as exactly `dim` little-endian IEEE-754 float32 values and nothing
// else: fixed-size, compact (no per-float varint tags), bit-exact (NaN payloads and -0.0 survive),
// and readable without protobuf. The dimension is fixed per database (meta "embedding_dim"),
// so no length or version prefix is needed; a value of any other size is DATA_LOSS.

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/repeated_field.h"

namespace matchmaker::storage {

// INVALID_ARGUMENT when `values` does not have exactly `dim` entries; `what` names the field.
[[nodiscard]] absl::StatusOr<std::string> EncodeEmbedding(
    const google::protobuf::RepeatedField<float>& values, int dim, absl::string_view what);

// Replaces `*out` with the decoded vector; DATA_LOSS naming `key_description` on a bad size.
[[nodiscard]] absl::Status DecodeEmbedding(absl::string_view value, int dim,
                                           absl::string_view key_description,
                                           google::protobuf::RepeatedField<float>* out);

}  // namespace matchmaker::storage

#endif  // MATCHMAKER_STORAGE_EMBEDDING_CODEC_H_
