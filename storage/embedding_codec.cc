#include "storage/embedding_codec.h"

#include <cstdint>
#include <cstring>

#include "absl/strings/str_cat.h"

namespace matchmaker::storage {

absl::StatusOr<std::string> EncodeEmbedding(const google::protobuf::RepeatedField<float>& values,
                                            int dim, absl::string_view what) {
  if (values.size() != dim) {
    return absl::InvalidArgumentError(
        absl::StrCat(what, " has ", values.size(), " values, the database dimension is ", dim));
  }
  std::string bytes(static_cast<size_t>(dim) * 4, '\0');
  for (int i = 0; i < dim; ++i) {
    uint32_t bits;
    std::memcpy(&bits, &values[i], sizeof(bits));
    // Explicit byte order so the format does not depend on the host.
    for (int b = 0; b < 4; ++b) bytes[i * 4 + b] = static_cast<char>((bits >> (8 * b)) & 0xff);
  }
  return bytes;
}

absl::Status DecodeEmbedding(absl::string_view value, int dim, absl::string_view key_description,
                             google::protobuf::RepeatedField<float>* out) {
  if (value.size() != static_cast<size_t>(dim) * 4) {
    return absl::DataLossError(absl::StrCat("embedding at ", key_description, " has ", value.size(),
                                            " bytes, expected ", dim, " float32"));
  }
  out->Resize(dim, 0.0f);
  for (int i = 0; i < dim; ++i) {
    uint32_t bits = 0;
    for (int b = 0; b < 4; ++b) {
      bits |= static_cast<uint32_t>(static_cast<unsigned char>(value[i * 4 + b])) << (8 * b);
    }
    float f;
    std::memcpy(&f, &bits, sizeof(f));
    out->Set(i, f);
  }
  return absl::OkStatus();
}

}  // namespace matchmaker::storage
