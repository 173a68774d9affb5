#ifndef MATCHMAKER_STORAGE_RECORD_TRAITS_H_
#define MATCHMAKER_STORAGE_RECORD_TRAITS_H_

// Per record type: where it lives and whether its embedding is stored apart. Lets the read and
// write paths be written once for creators, brands, briefs and offers.

#include "absl/strings/string_view.h"
#include "google/protobuf/repeated_field.h"
#include "matchmaker/v1/brand.pb.h"
#include "matchmaker/v1/brief.pb.h"
#include "matchmaker/v1/creator.pb.h"
#include "matchmaker/v1/offer.pb.h"
#include "storage/column_families.h"
#include "storage/keys.h"

namespace matchmaker::storage {

template <typename T>
struct RecordTraits;

// Records with an `aesthetic.embedding`, stored in the embeddings column family.
template <typename T, EmbeddingOwner kOwnerValue>
struct EmbeddedRecordTraits {
  static constexpr bool kHasEmbedding = true;
  static constexpr EmbeddingOwner kOwner = kOwnerValue;
  static const google::protobuf::RepeatedField<float>& Embedding(const T& record) {
    return record.aesthetic().embedding();
  }
  static google::protobuf::RepeatedField<float>* MutableEmbedding(T* record) {
    return record->mutable_aesthetic()->mutable_embedding();
  }
};

struct PlainRecordTraits {
  static constexpr bool kHasEmbedding = false;
  static constexpr EmbeddingOwner kOwner = EmbeddingOwner::kCreator;  // Unused.
};

template <>
struct RecordTraits<v1::Creator> : EmbeddedRecordTraits<v1::Creator, EmbeddingOwner::kCreator> {
  static constexpr Cf kCf = Cf::kCreators;
  static constexpr absl::string_view kName = "creator";
};

template <>
struct RecordTraits<v1::Brief> : EmbeddedRecordTraits<v1::Brief, EmbeddingOwner::kBrief> {
  static constexpr Cf kCf = Cf::kBriefs;
  static constexpr absl::string_view kName = "brief";
};

template <>
struct RecordTraits<v1::Brand> : PlainRecordTraits {
  static constexpr Cf kCf = Cf::kBrands;
  static constexpr absl::string_view kName = "brand";
};

template <>
struct RecordTraits<v1::Offer> : PlainRecordTraits {
  static constexpr Cf kCf = Cf::kOffers;
  static constexpr absl::string_view kName = "offer";
};

}  // namespace matchmaker::storage

#endif  // MATCHMAKER_STORAGE_RECORD_TRAITS_H_
