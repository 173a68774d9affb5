// Unit tests of the key and value encodings (no database).

#include "storage/codec.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <string>

#include "gtest/gtest.h"
#include "matchmaker/v1/creator.pb.h"
#include "storage/embedding_codec.h"
#include "storage/keys.h"
#include "tests/testing/status_matchers.h"

namespace matchmaker::storage {
namespace {

TEST(KeysTest, CompositeKeysOfOneParentSortTogetherBeforeLongerParents) {
  // "a" NUL "z" < "a-" NUL ...: a parent's entries are contiguous even when another parent
  // id extends it.
  EXPECT_LT(CompositeKey("a", "z"), CompositeKey("a-", "a"));
  EXPECT_LT(CompositeKey("a", "b"), CompositeKey("a", "c"));
  const std::string prefix = CompositePrefix("a");
  EXPECT_EQ(CompositeKey("a", "zzz").rfind(prefix, 0), 0u);
  EXPECT_GT(PrefixUpperBound(prefix), CompositeKey("a", "\xff\xff"));
  EXPECT_LT(PrefixUpperBound(prefix), CompositeKey("a-", ""));
}

TEST(KeysTest, PrefixUpperBoundSkipsTrailingFfBytes) {
  EXPECT_EQ(PrefixUpperBound("ab"), "ac");
  EXPECT_EQ(PrefixUpperBound(std::string("a\xff", 2)), "b");
  EXPECT_EQ(PrefixUpperBound(""), "");
}

TEST(KeysTest, ValidateKeyPartRejectsEmptyAndNul) {
  EXPECT_OK(ValidateKeyPart("id", "cr-1"));
  EXPECT_STATUS_CODE(ValidateKeyPart("id", ""), absl::StatusCode::kInvalidArgument);
  EXPECT_STATUS_CODE(ValidateKeyPart("id", std::string("a\0b", 3)),
                     absl::StatusCode::kInvalidArgument);
}

TEST(KeysTest, HistoryKeysSortNumericallyAndRoundTrip) {
  EXPECT_LT(HistoryKey(9), HistoryKey(10));
  EXPECT_LT(HistoryKey(255), HistoryKey(256));
  EXPECT_EQ(DecodeHistoryKey(HistoryKey(123456789)), 123456789);
  EXPECT_FALSE(DecodeHistoryKey("short").has_value());
  const std::string key = HistorySubjectKey(SubjectKind::kBrief, "bf-1", 42);
  EXPECT_EQ(key.rfind(HistorySubjectPrefix(SubjectKind::kBrief, "bf-1"), 0), 0u);
  EXPECT_EQ(DecodeHistorySubjectSequence(key), 42);
  EXPECT_NE(HistorySubjectPrefix(SubjectKind::kBrand, "x"),
            HistorySubjectPrefix(SubjectKind::kBrief, "x"));
}

TEST(KeysTest, ExpiryKeysSortByTimeIncludingNegativeThenById) {
  EXPECT_LT(ExpiryKey(-5, "b"), ExpiryKey(0, "a"));
  EXPECT_LT(ExpiryKey(0, "z"), ExpiryKey(1, "a"));
  EXPECT_LT(ExpiryKey(7, "a"), ExpiryKey(7, "b"));
  EXPECT_LT(ExpiryKey(255, "a"), ExpiryKey(256, "a"));
  const std::string key = ExpiryKey(-1234567, "of-9");  // the entry views it: keep it alive
  const std::optional<ExpiryEntry> entry = DecodeExpiryKey(key);
  ASSERT_TRUE(entry.has_value());
  EXPECT_EQ(entry->expire_micros, -1234567);
  EXPECT_EQ(entry->offer_id, "of-9");
}

TEST(CodecTest, ProtoValueRoundTripsWithVersionByte) {
  v1::Creator creator;
  creator.set_id("cr-1");
  creator.set_display_name("Jo");
  const std::string value = EncodeProtoValue(creator);
  ASSERT_FALSE(value.empty());
  EXPECT_EQ(static_cast<uint8_t>(value[0]), kValueFormatV1);
  v1::Creator decoded;
  ASSERT_OK(DecodeProtoValue(value, "creators/cr-1", &decoded));
  EXPECT_EQ(decoded.display_name(), "Jo");
}

TEST(CodecTest, UnknownVersionEmptyOrGarbageIsDataLossNamingTheKey) {
  v1::Creator decoded;
  absl::Status unknown = DecodeProtoValue("\x02garbage", "creators/cr-1", &decoded);
  EXPECT_EQ(unknown.code(), absl::StatusCode::kDataLoss);
  EXPECT_NE(unknown.message().find("creators/cr-1"), absl::string_view::npos);
  EXPECT_STATUS_CODE(DecodeProtoValue("", "k", &decoded), absl::StatusCode::kDataLoss);
  // Version 1, then a truncated length-delimited field.
  EXPECT_STATUS_CODE(DecodeProtoValue(std::string("\x01\x0a\x7f", 3), "k", &decoded),
                     absl::StatusCode::kDataLoss);
  EXPECT_STATUS_CODE(DecodeBytesValue("\x09x", "requests/r"), absl::StatusCode::kDataLoss);
}

TEST(CodecTest, BytesValueRoundTripsArbitraryBytes) {
  const std::string payload("\x00\x01\xff", 3);
  ASSERT_OK_AND_ASSIGN(std::string decoded,
                       DecodeBytesValue(EncodeBytesValue(payload), "requests/r"));
  EXPECT_EQ(decoded, payload);
}

TEST(EmbeddingCodecTest, RoundTripIsBitExactIncludingSpecialValues) {
  google::protobuf::RepeatedField<float> values;
  values.Add(-0.0f);
  values.Add(std::numeric_limits<float>::denorm_min());
  values.Add(std::numeric_limits<float>::max());
  values.Add(std::numeric_limits<float>::infinity());
  values.Add(1.0f / 3.0f);
  ASSERT_OK_AND_ASSIGN(std::string bytes, EncodeEmbedding(values, 5, "e"));
  EXPECT_EQ(bytes.size(), 20u);
  // Little-endian: 1.0f/3 is 0x3eaaaaab.
  EXPECT_EQ(bytes.substr(16), std::string("\xab\xaa\xaa\x3e", 4));
  google::protobuf::RepeatedField<float> decoded;
  ASSERT_OK(DecodeEmbedding(bytes, 5, "k", &decoded));
  ASSERT_EQ(decoded.size(), 5);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(std::memcmp(&decoded[i], &values[i], sizeof(float)), 0) << i;
  }
}

TEST(EmbeddingCodecTest, WrongDimensionIsInvalidArgumentOnWriteAndDataLossOnRead) {
  google::protobuf::RepeatedField<float> values;
  values.Add(1.0f);
  EXPECT_STATUS_CODE(EncodeEmbedding(values, 2, "e"), absl::StatusCode::kInvalidArgument);
  google::protobuf::RepeatedField<float> decoded;
  EXPECT_STATUS_CODE(DecodeEmbedding("abc", 1, "k", &decoded), absl::StatusCode::kDataLoss);
}

}  // namespace
}  // namespace matchmaker::storage
