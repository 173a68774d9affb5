// libFuzzer target: everything that decodes bytes read back from RocksDB (storage/codec.h,
// storage/keys.h, storage/embedding_codec.h) and the page tokens clients hand back
// (server/service/page_token.h). The last byte picks a codec. Decoding arbitrary bytes must fail
// cleanly or give a value that encodes back to exactly the same bytes; encoding structured
// input must decode back to it. A mismatch aborts, like a sanitizer report.

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/repeated_field.h"
#include "google/protobuf/stubs/logging.h"
#include "matchmaker/v1/brand.pb.h"
#include "matchmaker/v1/brief.pb.h"
#include "matchmaker/v1/creator.pb.h"
#include "matchmaker/v1/history.pb.h"
#include "matchmaker/v1/offer.pb.h"
#include "server/service/page_token.h"
#include "storage/api_key_codec.h"
#include "storage/codec.h"
#include "storage/embedding_codec.h"
#include "storage/keys.h"

namespace matchmaker::fuzz {
namespace {

using storage::SubjectKind;

void Check(bool condition, absl::string_view what) {
  if (condition) return;
  std::cerr << "storage_codec_fuzzer: " << what << "\n";
  std::abort();
}

// Map entries serialize in hash order unless asked otherwise; compare canonical bytes.
std::string Canonical(const google::protobuf::MessageLite& message) {
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream stream(&bytes);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    message.SerializeToCodedStream(&coded);
  }
  return bytes;
}

// A stored record: decode, re-encode, and the re-encoding decodes to the same message again
// (unknown fields are kept, so a decode/encode trip loses nothing).
template <typename Message>
void ProtoValue(absl::string_view value) {
  Message message;
  absl::Status status = storage::DecodeProtoValue(value, "fuzz", &message);
  if (!status.ok()) {
    Check(status.code() == absl::StatusCode::kDataLoss, "DecodeProtoValue: not DATA_LOSS");
    return;
  }
  const std::string encoded = storage::EncodeProtoValue(message);
  Check(!encoded.empty() && static_cast<uint8_t>(encoded[0]) == storage::kValueFormatV1,
        "EncodeProtoValue: no format byte");
  Message again;
  Check(storage::DecodeProtoValue(encoded, "fuzz", &again).ok(),
        "DecodeProtoValue rejects EncodeProtoValue's output");
  Check(Canonical(again) == Canonical(message), "proto value changed on a round trip");
}

// API keys have a hand-made layout (storage/api_key_codec.h): lengths, salt, hash, proto.
void ApiKeyValue(absl::string_view value) {
  absl::StatusOr<storage::StoredApiKey> stored = storage::DecodeApiKeyValue(value, "fuzz");
  if (!stored.ok()) {
    Check(stored.status().code() == absl::StatusCode::kDataLoss,
          "DecodeApiKeyValue: not DATA_LOSS");
    return;
  }
  absl::StatusOr<std::string> encoded = storage::EncodeApiKeyValue(*stored);
  Check(encoded.ok(), "EncodeApiKeyValue refuses what DecodeApiKeyValue accepted");
  absl::StatusOr<storage::StoredApiKey> again = storage::DecodeApiKeyValue(*encoded, "fuzz");
  Check(again.ok() && again->salt == stored->salt && again->hash == stored->hash &&
            Canonical(again->key) == Canonical(stored->key),
        "API key value changed on a round trip");
}

void BytesValue(absl::string_view value) {
  absl::StatusOr<std::string> bytes = storage::DecodeBytesValue(value, "fuzz");
  if (!bytes.ok()) {
    Check(bytes.status().code() == absl::StatusCode::kDataLoss, "DecodeBytesValue: not DATA_LOSS");
    return;
  }
  Check(storage::EncodeBytesValue(*bytes) == value, "bytes value changed on a round trip");
}

void Embedding(FuzzedDataProvider& input) {
  const int dim = input.ConsumeIntegralInRange<int>(1, 64);
  const std::string value = input.ConsumeRemainingBytesAsString();
  google::protobuf::RepeatedField<float> floats;
  absl::Status status = storage::DecodeEmbedding(value, dim, "fuzz", &floats);
  if (!status.ok()) {
    Check(status.code() == absl::StatusCode::kDataLoss, "DecodeEmbedding: not DATA_LOSS");
    Check(value.size() != static_cast<std::size_t>(dim) * 4, "DecodeEmbedding: right size refused");
    return;
  }
  Check(floats.size() == dim, "DecodeEmbedding: wrong count");
  absl::StatusOr<std::string> encoded = storage::EncodeEmbedding(floats, dim, "fuzz");
  Check(encoded.ok() && *encoded == value, "embedding not bit-exact on a round trip");
}

void Keys(FuzzedDataProvider& input) {
  const int64_t number = input.ConsumeIntegral<int64_t>();
  const std::string id = input.ConsumeRandomLengthString(80);
  const std::string raw = input.ConsumeRemainingBytesAsString();

  // Decoders over arbitrary bytes: a value they accept encodes back to the same key.
  if (auto value = storage::DecodeBigEndian64(raw)) {
    Check(storage::EncodeBigEndian64(*value) == raw, "big-endian round trip");
  }
  if (auto sequence = storage::DecodeHistoryKey(raw)) {
    Check(*sequence >= 0 && storage::HistoryKey(*sequence) == raw, "history key round trip");
  }
  if (auto sequence = storage::DecodeHistorySubjectSequence(raw)) {
    Check(*sequence >= 0 && raw.size() >= 9 &&
              raw.substr(raw.size() - 8) == storage::HistoryKey(*sequence),
          "history subject key round trip");
  }
  if (auto entry = storage::DecodeExpiryKey(raw)) {
    Check(storage::ExpiryKey(entry->expire_micros, entry->offer_id) == raw,
          "expiry key round trip");
  }
  // Error messages show keys: always printable ASCII, whatever the bytes.
  for (char c : storage::DescribeKey("cf", raw)) {
    Check(c >= 0x20 && c < 0x7f, "DescribeKey output not printable");
  }
  const bool valid_part = storage::ValidateKeyPart("id", id).ok();
  Check(valid_part == (!id.empty() && id.find('\0') == std::string::npos),
        "ValidateKeyPart disagrees with its contract");

  // Encoders: what they write decodes back to what went in, and sorts as documented.
  if (number >= 0) {
    Check(storage::DecodeHistoryKey(storage::HistoryKey(number)) == number,
          "HistoryKey does not decode");
    if (valid_part) {
      for (SubjectKind kind :
           {SubjectKind::kCreator, SubjectKind::kBrand, SubjectKind::kBrief, SubjectKind::kOffer}) {
        const std::string key = storage::HistorySubjectKey(kind, id, number);
        Check(storage::DecodeHistorySubjectSequence(key) == number,
              "HistorySubjectKey does not decode");
        Check(key.rfind(storage::HistorySubjectPrefix(kind, id), 0) == 0,
              "HistorySubjectKey lacks its prefix");
      }
    }
  }
  if (!id.empty()) {
    // The entry's offer_id views the key: keep the key alive.
    const std::string expiry_key = storage::ExpiryKey(number, id);
    auto entry = storage::DecodeExpiryKey(expiry_key);
    Check(entry.has_value() && entry->expire_micros == number && entry->offer_id == id,
          "ExpiryKey does not decode");
    const std::string prefix = storage::CompositePrefix(id);
    const std::string bound = storage::PrefixUpperBound(prefix);
    const std::string key = storage::CompositeKey(id, raw);
    Check(key.rfind(prefix, 0) == 0 && (bound.empty() || key < bound),
          "composite key outside its prefix range");
  }
}

void PageTokens(FuzzedDataProvider& input) {
  const bool sequence_token = input.ConsumeBool();
  const std::string token = input.ConsumeRemainingBytesAsString();
  if (sequence_token) {
    absl::StatusOr<int64_t> sequence = service::DecodeSequencePageToken(token);
    if (!sequence.ok()) {
      Check(sequence.status().code() == absl::StatusCode::kInvalidArgument,
            "DecodeSequencePageToken: not INVALID_ARGUMENT");
      return;
    }
    Check(service::DecodeSequencePageToken(service::EncodeSequencePageToken(*sequence))
                  .value_or(-1) == *sequence,
          "sequence page token round trip");
    return;
  }
  absl::StatusOr<std::string> key = service::DecodePageToken(token);
  if (!key.ok()) {
    Check(key.status().code() == absl::StatusCode::kInvalidArgument,
          "DecodePageToken: not INVALID_ARGUMENT");
    return;
  }
  Check(service::DecodePageToken(service::EncodePageToken(*key)).value_or("\x01mismatch") == *key,
        "page token round trip");
}

}  // namespace
}  // namespace matchmaker::fuzz

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  // Parsing fuzzed bytes makes protobuf log every invalid UTF-8 string: silence it, the
  // log would cost more than the parsing.
  google::protobuf::SetLogHandler(nullptr);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  namespace fuzz = matchmaker::fuzz;
  namespace v1 = matchmaker::v1;
  FuzzedDataProvider input(data, size);
  const uint8_t codec = input.ConsumeIntegral<uint8_t>();
  switch (codec % 10) {
    case 0:
      fuzz::ProtoValue<v1::Creator>(input.ConsumeRemainingBytesAsString());
      break;
    case 1:
      fuzz::ProtoValue<v1::Brand>(input.ConsumeRemainingBytesAsString());
      break;
    case 2:
      fuzz::ProtoValue<v1::Brief>(input.ConsumeRemainingBytesAsString());
      break;
    case 3:
      fuzz::ProtoValue<v1::Offer>(input.ConsumeRemainingBytesAsString());
      break;
    case 4:
      fuzz::ProtoValue<v1::HistoryEvent>(input.ConsumeRemainingBytesAsString());
      break;
    case 5:
      fuzz::BytesValue(input.ConsumeRemainingBytesAsString());
      break;
    case 6:
      fuzz::Embedding(input);
      break;
    case 7:
      fuzz::Keys(input);
      break;
    case 8:
      fuzz::PageTokens(input);
      break;
    default:
      fuzz::ApiKeyValue(input.ConsumeRemainingBytesAsString());
      break;
  }
  return 0;
}
